package org.grounded.search;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose words a word list counts: the whole project, one document (everyone's words in it), one
 * participant (the passages that are theirs), or the documents or participants of a group.
 */
public record WordScope(Kind kind, Optional<UUID> target) {

    public enum Kind {
        PROJECT,
        DOCUMENT,
        PARTICIPANT,
        DOCUMENT_GROUP,
        PARTICIPANT_GROUP
    }

    public WordScope {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        if ((kind == Kind.PROJECT) != target.isEmpty()) {
            throw new IllegalArgumentException("The whole project has no target; every other scope has one");
        }
    }

    public static WordScope project() {
        return new WordScope(Kind.PROJECT, Optional.empty());
    }

    public static WordScope of(Kind kind, UUID target) {
        return new WordScope(kind, Optional.of(target));
    }
}
