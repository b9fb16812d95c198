package org.grounded.ui.transcript;

import java.util.Optional;
import org.grounded.model.SnapMode;

import static org.grounded.ui.i18n.Localization.lang;

/** What a selection snaps to before it is coded: nothing (the exact selection) or a unit of text. */
public enum Snap {
    EXACT(null),
    WORD(SnapMode.WORD),
    SENTENCE(SnapMode.SENTENCE),
    PARAGRAPH(SnapMode.PARAGRAPH),
    SPEAKER_TURN(SnapMode.SPEAKER_TURN);

    private final SnapMode mode;

    Snap(SnapMode mode) {
        this.mode = mode;
    }

    /** The choice as the window names it, in the window's language. */
    public String label() {
        return switch (this) {
            case EXACT -> lang("Nothing (exact)");
            case WORD -> lang("Words");
            case SENTENCE -> lang("Sentences");
            case PARAGRAPH -> lang("Paragraphs");
            case SPEAKER_TURN -> lang("Speaker turns");
        };
    }

    public Optional<SnapMode> mode() {
        return Optional.ofNullable(mode);
    }

    @Override
    public String toString() {
        return label();
    }
}
