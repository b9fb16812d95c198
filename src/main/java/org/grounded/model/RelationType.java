package org.grounded.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A kind of code-code relation with its linking words, such as "is cause of". A directed type
 * reads from source to target; an undirected one reads both ways.
 */
public record RelationType(UUID id, String name, boolean directed, boolean builtIn) implements Entity {

    public static final RelationType IS_ASSOCIATED_WITH = builtIn("is associated with", false);
    public static final RelationType IS_CAUSE_OF = builtIn("is cause of", true);
    public static final RelationType IS_PART_OF = builtIn("is part of", true);
    public static final RelationType IS_PROPERTY_OF = builtIn("is property of", true);
    public static final RelationType CONTRADICTS = builtIn("contradicts", false);

    /** The types every project starts with, in menu order. */
    public static final List<RelationType> BUILT_IN =
            List.of(IS_ASSOCIATED_WITH, IS_CAUSE_OF, IS_PART_OF, IS_PROPERTY_OF, CONTRADICTS);

    public RelationType {
        Objects.requireNonNull(id, "id");
        name = Names.require(name, "relation type");
    }

    public static RelationType userDefined(String name, boolean directed) {
        return new RelationType(UUID.randomUUID(), name, directed, false);
    }

    /** Built-in types get name-based ids, so every project (and every export) agrees on them. */
    private static RelationType builtIn(String name, boolean directed) {
        UUID id = UUID.nameUUIDFromBytes(("grounded:relation-type:" + name).getBytes(StandardCharsets.UTF_8));
        return new RelationType(id, name, directed, true);
    }

    @Override
    public String label() {
        return name;
    }
}
