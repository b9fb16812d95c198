package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;

/** Merging two codes into one and splitting one code in two, each as one edit. */
public final class CodeMergeEdits {

    private CodeMergeEdits() {
    }

    /**
     * Merges {@code source} into {@code target}: every quotation coded with the source gets the
     * target instead (in the source's place, once); the source's sub-codes move under the target;
     * its relations point to the target (a relation that would relate the target to itself, or
     * repeat one the target has, is dropped, its comment and memo links going to the one kept);
     * its code-group memberships and memo links move to the target; its description is appended to
     * the target's; then the source is deleted. The target keeps its name, colour, level and core
     * mark. When the target is one of the source's sub-codes, it first takes the source's place in
     * the tree.
     */
    public static EntityEdit merge(Project project, UUID sourceId, UUID targetId) {
        Draft draft = Draft.of(project);
        Code source = draft.require(Code.class, sourceId);
        Code target = draft.require(Code.class, targetId);
        if (source.id().equals(target.id())) {
            throw new IllegalArgumentException("'" + source.name() + "' cannot be merged into itself");
        }
        for (Quotation quotation : draft.all(Quotation.class)) {
            if (quotation.hasCode(source.id())) {
                draft.update(quotation.withCodeReplaced(source.id(), target.id()));
            }
        }
        if (CodebookEdits.isInSubtree(draft, target.id(), source.id())) {
            draft.update(target.withParent(source.parentId()));
        }
        for (Code child : draft.all(Code.class)) {
            if (source.id().equals(child.parentId())) {
                draft.update(child.withParent(target.id()));
            }
        }
        for (Relation relation : draft.all(Relation.class)) {
            if (relation.involves(source.id())) {
                repoint(draft, relation, source.id(), target.id());
            }
        }
        draft.redirect(source.id(), target.id());
        if (!source.description().isBlank()) {
            Code current = draft.require(Code.class, target.id());
            if (!current.description().contains(source.description().strip())) {
                draft.update(current.withDescription(joined(current.description(), source.description())));
            }
        }
        draft.remove(source);
        return draft.build(EditName.of("Merge '%0' into '%1'", source.name(), target.name()));
    }

    private static void repoint(Draft draft, Relation relation, UUID sourceId, UUID targetId) {
        Relation moved = new Relation(relation.id(),
                relation.sourceCodeId().equals(sourceId) ? targetId : relation.sourceCodeId(),
                relation.targetCodeId().equals(sourceId) ? targetId : relation.targetCodeId(),
                relation.typeId(), relation.comment());
        if (moved.sourceCodeId().equals(moved.targetCodeId())) {
            draft.detach(relation.id());
            draft.remove(relation);
            return;
        }
        Optional<Relation> same = RelationEdits.findSame(draft, moved);
        if (same.isEmpty()) {
            draft.update(moved);
            return;
        }
        Relation kept = same.get();
        if (!relation.comment().isBlank() && !kept.comment().contains(relation.comment().strip())) {
            draft.update(new Relation(kept.id(), kept.sourceCodeId(), kept.targetCodeId(), kept.typeId(),
                    joined(kept.comment(), relation.comment())));
        }
        draft.redirect(relation.id(), kept.id());
        draft.remove(relation);
    }

    private static String joined(String first, String second) {
        return first.isBlank() ? second.strip() : first.strip() + "\n\n" + second.strip();
    }

    /**
     * Splits a code: makes a new code beside it or under it (same colour and level) and moves the
     * chosen quotations from the original code to the new one.
     *
     * @throws IllegalArgumentException when the name is taken or a chosen quotation does not have
     *                                  the original code
     */
    public static EntityEdit split(Project project, UUID codeId, String newName, SplitPlacement placement,
                                   Collection<UUID> quotationIds) {
        Draft draft = Draft.of(project);
        Code original = draft.require(Code.class, codeId);
        String name = CodeNames.requireUnique(draft, newName, null);
        List<Quotation> chosen = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(quotationIds)) {
            Quotation quotation = draft.require(Quotation.class, id);
            if (!quotation.hasCode(original.id())) {
                throw new IllegalArgumentException("A chosen quotation is not coded with '" + original.name() + "'");
            }
            chosen.add(quotation);
        }
        UUID parentId = placement == SplitPlacement.CHILD ? original.id() : original.parentId();
        Code part = draft.add(new Code(UUID.randomUUID(), name, original.colour(), "", parentId, original.level(),
                false));
        for (Quotation quotation : chosen) {
            draft.update(quotation.withCodeReplaced(original.id(), part.id()));
        }
        return draft.build(EditName.of("Split '%0' from '%1'", name, original.name()));
    }
}
