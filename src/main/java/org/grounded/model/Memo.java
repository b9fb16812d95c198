package org.grounded.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A memo: analytic notes, field notes or a reflective journal entry ({@code kind}, a memo when not
 * given). It belongs to the project as a whole when {@code linkedIds} is empty, or to the
 * documents, codes and quotations it names.
 */
public record Memo(UUID id, String title, String text, String author, Instant createdAt, Instant modifiedAt,
                   Set<UUID> linkedIds, MemoKind kind) implements Entity {

    public Memo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        title = Names.require(title, "memo");
        text = Copies.text(text);
        author = Copies.text(author);
        modifiedAt = modifiedAt == null ? createdAt : modifiedAt;
        linkedIds = Copies.orderedSet(linkedIds);
        kind = kind == null ? MemoKind.MEMO : kind;
    }

    /** An analytic memo (the kind most memos are). */
    public Memo(UUID id, String title, String text, String author, Instant createdAt, Instant modifiedAt,
                Set<UUID> linkedIds) {
        this(id, title, text, author, createdAt, modifiedAt, linkedIds, MemoKind.MEMO);
    }

    public static Memo of(String title, String text, String author) {
        Instant now = Instant.now();
        return new Memo(UUID.randomUUID(), title, text, author, now, now, Set.of());
    }

    public Memo withText(String newTitle, String newText, Instant when) {
        return new Memo(id, newTitle, newText, author, createdAt, when, linkedIds, kind);
    }

    public Memo withLinks(Set<UUID> newLinkedIds) {
        return new Memo(id, title, text, author, createdAt, modifiedAt, newLinkedIds, kind);
    }

    public Memo withKind(MemoKind newKind, Instant when) {
        return new Memo(id, title, text, author, createdAt, when, linkedIds, newKind);
    }

    @Override
    public String label() {
        return title;
    }
}
