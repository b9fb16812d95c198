package org.grounded.model;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A code. A code with children is a category: the tree built from {@code parentId} is the
 * axial grouping. Core categories and themes are marked with {@code core}.
 *
 * @param colour   #RRGGBB
 * @param parentId the parent category, or null for a top-level code
 */
public record Code(UUID id, String name, String colour, String description, UUID parentId,
                   CodingLevel level, boolean core) implements Entity {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    public static final String DEFAULT_COLOUR = "#9E9E9E";

    public Code {
        Objects.requireNonNull(id, "id");
        name = Names.require(name, "code");
        colour = colour == null || colour.isBlank() ? DEFAULT_COLOUR : colour.toUpperCase(java.util.Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("Colour '" + colour + "' of code '" + name + "' is not #RRGGBB");
        }
        description = Copies.text(description);
        level = level == null ? CodingLevel.OPEN : level;
        // A code that names itself as parent is refused by the project (Project#restore, every edit), which
        // can tell it from two codes that share an id; the record alone cannot.
    }

    public static Code of(String name, String colour) {
        return new Code(UUID.randomUUID(), name, colour, "", null, CodingLevel.OPEN, false);
    }

    public Code withName(String newName) {
        return new Code(id, newName, colour, description, parentId, level, core);
    }

    public Code withColour(String newColour) {
        return new Code(id, name, newColour, description, parentId, level, core);
    }

    public Code withDescription(String newDescription) {
        return new Code(id, name, colour, newDescription, parentId, level, core);
    }

    public Code withParent(UUID newParentId) {
        return new Code(id, name, colour, description, newParentId, level, core);
    }

    public Code withLevel(CodingLevel newLevel) {
        return new Code(id, name, colour, description, parentId, newLevel, core);
    }

    public Code withCore(boolean newCore) {
        return new Code(id, name, colour, description, parentId, level, newCore);
    }

    @Override
    public String label() {
        return name;
    }
}
