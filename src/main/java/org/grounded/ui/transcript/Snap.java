package org.grounded.ui.transcript;

import java.util.Optional;
import org.grounded.model.SnapMode;

/** What a selection snaps to before it is coded: nothing (the exact selection) or a unit of text. */
public enum Snap {
    EXACT("Nothing (exact)", null),
    WORD("Words", SnapMode.WORD),
    SENTENCE("Sentences", SnapMode.SENTENCE),
    PARAGRAPH("Paragraphs", SnapMode.PARAGRAPH),
    SPEAKER_TURN("Speaker turns", SnapMode.SPEAKER_TURN);

    private final String label;
    private final SnapMode mode;

    Snap(String label, SnapMode mode) {
        this.label = label;
        this.mode = mode;
    }

    public String label() {
        return label;
    }

    public Optional<SnapMode> mode() {
        return Optional.ofNullable(mode);
    }

    @Override
    public String toString() {
        return label;
    }
}
