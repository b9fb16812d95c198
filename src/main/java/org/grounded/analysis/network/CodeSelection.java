package org.grounded.analysis.network;

import java.util.Objects;
import java.util.UUID;
import org.grounded.model.CodingLevel;

/**
 * Which codes become nodes of a network.
 *
 * @param id    the code group (for {@link Kind#CODE_GROUP}) or the root code (for
 *              {@link Kind#SUBTREE}); null otherwise
 * @param level the coding level, for {@link Kind#LEVEL} only; null otherwise
 */
public record CodeSelection(Kind kind, UUID id, CodingLevel level) {

    /** The ways to choose codes. */
    public enum Kind {
        /** Every code. */
        ALL,
        /** The members of one code group. */
        CODE_GROUP,
        /** The codes of one coding level. */
        LEVEL,
        /** The central codes: marked core, or at the selective level. */
        CORE,
        /** One code and all the codes below it. */
        SUBTREE
    }

    public CodeSelection {
        Objects.requireNonNull(kind, "kind");
        boolean needsId = kind == Kind.CODE_GROUP || kind == Kind.SUBTREE;
        if (needsId != (id != null)) {
            throw new IllegalArgumentException(needsId ? "Choosing codes by " + kind + " needs its id"
                    : "Only a code group or a subtree names an id");
        }
        if ((kind == Kind.LEVEL) != (level != null)) {
            throw new IllegalArgumentException(kind == Kind.LEVEL ? "Choosing codes by level needs the level"
                    : "Only a choice by level names a level");
        }
    }

    public static CodeSelection all() {
        return new CodeSelection(Kind.ALL, null, null);
    }

    public static CodeSelection codeGroup(UUID groupId) {
        return new CodeSelection(Kind.CODE_GROUP, groupId, null);
    }

    public static CodeSelection level(CodingLevel level) {
        return new CodeSelection(Kind.LEVEL, null, level);
    }

    public static CodeSelection core() {
        return new CodeSelection(Kind.CORE, null, null);
    }

    public static CodeSelection subtree(UUID rootCodeId) {
        return new CodeSelection(Kind.SUBTREE, rootCodeId, null);
    }
}
