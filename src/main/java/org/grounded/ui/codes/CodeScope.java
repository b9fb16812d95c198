package org.grounded.ui.codes;

import java.util.Optional;
import java.util.UUID;
import org.grounded.model.CodingLevel;

import static org.grounded.ui.i18n.Localization.lang;
import static org.grounded.ui.i18n.Localization.langKey;

/**
 * Which codes the tree shows: all, those of one coding level, the core categories and themes, or
 * the members of a code group.
 */
public record CodeScope(Kind kind, CodingLevel level, UUID groupId, String label) {

    /** What a scope selects by. */
    public enum Kind { ALL, LEVEL, CORE, GROUP }

    public static final CodeScope ALL = new CodeScope(Kind.ALL, null, null, langKey("All codes"));
    public static final CodeScope CORE = new CodeScope(Kind.CORE, null, null, langKey("Core categories and themes"));

    public static CodeScope level(CodingLevel level) {
        return new CodeScope(Kind.LEVEL, level, null, switch (level) {
            case OPEN -> langKey("Open codes");
            case AXIAL -> langKey("Axial categories");
            case SELECTIVE -> langKey("Selective (themes)");
        });
    }

    public static CodeScope group(UUID groupId, String name) {
        return new CodeScope(Kind.GROUP, null, groupId, name);
    }

    /** The scope as the chooser shows it, in the window's language ({@code label} holds its key, or a group's name). */
    @Override
    public String label() {
        return kind == Kind.GROUP ? lang("Group: %0", label) : lang(label);
    }

    public Optional<UUID> group() {
        return Optional.ofNullable(groupId);
    }

    @Override
    public String toString() {
        return label();
    }
}
