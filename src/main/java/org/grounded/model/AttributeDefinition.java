package org.grounded.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Declares an attribute (a "variable" in REFI-QDA): its name, type and what it describes.
 * For a CATEGORY attribute, {@code categories} lists the allowed values in their display order.
 */
public record AttributeDefinition(UUID id, String name, AttributeType type, AttributeScope scope,
                                  String description, List<String> categories) implements Entity {

    public AttributeDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        name = Names.require(name, "attribute");
        description = Copies.text(description);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static AttributeDefinition of(String name, AttributeType type, AttributeScope scope) {
        return new AttributeDefinition(UUID.randomUUID(), name, type, scope, "", List.of());
    }

    @Override
    public String label() {
        return name;
    }
}
