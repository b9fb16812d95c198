package org.grounded.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Declares an attribute (a "variable" in REFI-QDA): its name, type and what it describes.
 * For a CATEGORY attribute, {@code categories} lists the allowed values in their display order.
 *
 * @param ranges for a NUMBER attribute, the ranges its values are grouped into wherever a category
 *               is used (study A's age groups), as the user wrote them: edges {@code 20,30,40}
 *               (lower edge included), equal widths {@code 20..50/10} or closed ranges
 *               {@code 4-6,7-9} (both ends included); "" when the numbers are not grouped. The
 *               model keeps the text; {@code analysis.AttributeBins} reads it.
 */
public record AttributeDefinition(UUID id, String name, AttributeType type, AttributeScope scope,
                                  String description, List<String> categories, String ranges) implements Entity {

    public AttributeDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        name = Names.require(name, "attribute");
        description = Copies.text(description);
        categories = categories == null ? List.of() : List.copyOf(categories);
        ranges = ranges == null ? "" : ranges.strip();
        if (!ranges.isEmpty() && type != AttributeType.NUMBER) {
            throw new IllegalArgumentException("Only a number attribute is grouped into ranges, not '" + name + "'");
        }
    }

    /** An attribute whose numbers are not grouped into ranges. */
    public AttributeDefinition(UUID id, String name, AttributeType type, AttributeScope scope,
                               String description, List<String> categories) {
        this(id, name, type, scope, description, categories, "");
    }

    public static AttributeDefinition of(String name, AttributeType type, AttributeScope scope) {
        return new AttributeDefinition(UUID.randomUUID(), name, type, scope, "", List.of());
    }

    /** The same attribute with its numbers grouped into these ranges ("" for none). */
    public AttributeDefinition withRanges(String newRanges) {
        return new AttributeDefinition(id, name, type, scope, description, categories, newRanges);
    }

    /** Whether its numbers are grouped into saved ranges. */
    public boolean hasRanges() {
        return !ranges.isEmpty();
    }

    @Override
    public String label() {
        return name;
    }
}
