package org.grounded.model.edits;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.EditName;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.MemoKind;
import org.grounded.model.Project;

/**
 * Memos: analytic notes, field notes and reflective journal entries. A memo with no links belongs
 * to the project; otherwise to the documents, codes, quotations (or anything else) it links to.
 * Searching memos is {@link org.grounded.model.MemoSearch}.
 */
public final class MemoEdits {

    private MemoEdits() {
    }

    /** A project memo (linked to nothing). */
    public static EntityEdit create(Project project, String title, String text, String author, Instant now) {
        return createAbout(project, Set.of(), title, text, author, now);
    }

    /** A memo about a document, a code, a quotation or anything else the project holds. */
    public static EntityEdit createAbout(Project project, Collection<UUID> linkedIds, String title, String text,
                                         String author, Instant now) {
        return createAbout(project, MemoKind.MEMO, linkedIds, title, text, author, now);
    }

    /** A memo, field note or journal entry about what the ids name (nothing: the project). */
    public static EntityEdit createAbout(Project project, MemoKind kind, Collection<UUID> linkedIds, String title,
                                         String text, String author, Instant now) {
        Draft draft = Draft.of(project);
        Set<UUID> links = new LinkedHashSet<>(linkedIds);
        links.forEach(id -> requireLinkable(draft, id));
        String name = requireTitle(title);
        draft.add(new Memo(UUID.randomUUID(), name, text, author, now, now, links, kind));
        return draft.build(switch (kind) {
            case MEMO -> EditName.of("Add memo '%0'", name);
            case FIELD_NOTE -> EditName.of("Add field note '%0'", name);
            case JOURNAL -> EditName.of("Add reflective journal '%0'", name);
        });
    }

    /** Makes a memo a memo, a field note or a journal entry; empty when it is that kind already. */
    public static Optional<EntityEdit> setKind(Project project, UUID memoId, MemoKind kind, Instant now) {
        Draft draft = Draft.of(project);
        Memo memo = draft.require(Memo.class, memoId);
        if (memo.kind() == kind) {
            return Optional.empty();
        }
        draft.update(memo.withKind(kind, now));
        return draft.buildIfChanged(switch (kind) {
            case MEMO -> EditName.of("Make '%0' a memo", memo.title());
            case FIELD_NOTE -> EditName.of("Make '%0' a field note", memo.title());
            case JOURNAL -> EditName.of("Make '%0' a reflective journal", memo.title());
        });
    }

    /** Changes a memo's title and text; {@code modifiedAt} becomes {@code now}. Empty when both are the same. */
    public static Optional<EntityEdit> edit(Project project, UUID memoId, String title, String text, Instant now) {
        Draft draft = Draft.of(project);
        Memo memo = draft.require(Memo.class, memoId);
        String name = requireTitle(title);
        String body = text == null ? "" : text;
        if (name.equals(memo.title()) && body.equals(memo.text())) {
            return Optional.empty();
        }
        draft.update(memo.withText(name, body, now));
        return draft.buildIfChanged(EditName.of("Edit memo '%0'", name));
    }

    /** Links a memo to an entity; empty when already linked. */
    public static Optional<EntityEdit> link(Project project, UUID memoId, UUID entityId) {
        Draft draft = Draft.of(project);
        Memo memo = draft.require(Memo.class, memoId);
        Entity entity = requireLinkable(draft, entityId);
        if (entity.id().equals(memo.id())) {
            throw new IllegalArgumentException("Memo '" + memo.title() + "' cannot be linked to itself");
        }
        draft.update(memo.withLinks(Ids.with(memo.linkedIds(), Set.of(entityId))));
        return draft.buildIfChanged(EditName.of("Link memo '%0' to %1", memo.title(), Describe.what(entity)));
    }

    /** Unlinks a memo from an entity; a memo left with no links belongs to the project. Empty when not linked. */
    public static Optional<EntityEdit> unlink(Project project, UUID memoId, UUID entityId) {
        Draft draft = Draft.of(project);
        Memo memo = draft.require(Memo.class, memoId);
        EditName label = draft.project().findAny(entityId).map(Describe::what).orElse(EditName.of("an item"));
        draft.update(memo.withLinks(Ids.without(memo.linkedIds(), entityId)));
        return draft.buildIfChanged(EditName.of("Unlink memo '%0' from %1", memo.title(), label));
    }

    /** Deletes a memo, first unlinking it from memos that link to it. */
    public static EntityEdit delete(Project project, UUID memoId) {
        Draft draft = Draft.of(project);
        Memo memo = draft.require(Memo.class, memoId);
        draft.detach(memo.id());
        draft.remove(memo);
        return draft.build(EditName.of("Delete memo '%0'", memo.title()));
    }

    private static Entity requireLinkable(Draft draft, UUID id) {
        return draft.project().findAny(id).orElseThrow(() ->
                new IllegalArgumentException("A memo can only be linked to something in the project"));
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A memo needs a title");
        }
        return title.strip();
    }
}
