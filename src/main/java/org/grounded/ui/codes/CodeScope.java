package org.grounded.ui.codes;

import java.util.Optional;
import java.util.UUID;
import org.grounded.model.CodingLevel;

/**
 * Which codes the tree shows: all, those of one coding level, the core categories and themes, or
 * the members of a code group.
 */
public record CodeScope(Kind kind, CodingLevel level, UUID groupId, String label) {

    /** What a scope selects by. */
    public enum Kind { ALL, LEVEL, CORE, GROUP }

    public static final CodeScope ALL = new CodeScope(Kind.ALL, null, null, "All codes");
    public static final CodeScope CORE = new CodeScope(Kind.CORE, null, null, "Core categories and themes");

    public static CodeScope level(CodingLevel level) {
        return new CodeScope(Kind.LEVEL, level, null, switch (level) {
            case OPEN -> "Open codes";
            case AXIAL -> "Axial categories";
            case SELECTIVE -> "Selective (themes)";
        });
    }

    public static CodeScope group(UUID groupId, String name) {
        return new CodeScope(Kind.GROUP, null, groupId, "Group: " + name);
    }

    public Optional<UUID> group() {
        return Optional.ofNullable(groupId);
    }

    @Override
    public String toString() {
        return label;
    }
}
