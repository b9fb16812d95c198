package org.grounded.model.edits;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;

/**
 * Axial coding on the code tree: creating, naming, colouring, describing, moving and deleting
 * codes. Code names are unique in the whole project, whatever their case (see {@link CodeNames}).
 * Each method builds one edit without applying it; an empty {@link Optional} means nothing would
 * change; bad input is an {@link IllegalArgumentException} with a message for the user.
 * Merging and splitting are in {@link CodeMergeEdits}, coding levels in {@link LevelEdits}.
 */
public final class CodebookEdits {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private CodebookEdits() {
    }

    /** A new top-level open code; a blank colour gives {@link Code#DEFAULT_COLOUR}. */
    public static EntityEdit createCode(Project project, String name, String colour) {
        return create(project, name, colour, null);
    }

    /** A new open code under a category (or a code that becomes one). */
    public static EntityEdit createSubCode(Project project, UUID parentId, String name, String colour) {
        return create(project, name, colour, Draft.of(project).require(Code.class, parentId).id());
    }

    private static EntityEdit create(Project project, String name, String colour, UUID parentId) {
        Draft draft = Draft.of(project);
        String unique = CodeNames.requireUnique(draft, name, null);
        String checked = colour == null || colour.isBlank() ? Code.DEFAULT_COLOUR : requireColour(colour);
        draft.add(new Code(UUID.randomUUID(), unique, checked, "", parentId, CodingLevel.OPEN, false));
        return draft.build(EditName.of("Add code '%0'", unique));
    }

    /** Renames a code; a change of case only is allowed. Refuses a name another code has. */
    public static Optional<EntityEdit> rename(Project project, UUID codeId, String newName) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        String unique = CodeNames.requireUnique(draft, newName, codeId);
        draft.update(code.withName(unique));
        return draft.buildIfChanged(EditName.of("Rename '%0' to '%1'", code.name(), unique));
    }

    /** Sets a code's colour ({@code #RRGGBB}). */
    public static Optional<EntityEdit> recolour(Project project, UUID codeId, String colour) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        if (colour == null || colour.isBlank()) {
            throw new IllegalArgumentException("Choose a colour for '" + code.name() + "'");
        }
        draft.update(code.withColour(requireColour(colour)));
        return draft.buildIfChanged(EditName.of("Recolour '%0'", code.name()));
    }

    /** Sets a code's description (its definition in the codebook). */
    public static Optional<EntityEdit> describe(Project project, UUID codeId, String description) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        draft.update(code.withDescription(description));
        return draft.buildIfChanged(EditName.of("Describe '%0'", code.name()));
    }

    /**
     * Makes a code a sub-code of another (which becomes a category). Refuses to put a code under
     * itself or under one of its own sub-codes.
     */
    public static Optional<EntityEdit> moveUnder(Project project, UUID codeId, UUID newParentId) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        Code parent = draft.require(Code.class, newParentId);
        if (code.id().equals(parent.id())) {
            throw new IllegalArgumentException("'" + code.name() + "' cannot go under itself");
        }
        if (isInSubtree(draft, parent.id(), code.id())) {
            throw new IllegalArgumentException("'" + code.name() + "' cannot go under '" + parent.name()
                    + "', which is one of its own sub-codes");
        }
        draft.update(code.withParent(parent.id()));
        return draft.buildIfChanged(EditName.of("Move '%0' under '%1'", code.name(), parent.name()));
    }

    /** Makes a sub-code a top-level code. */
    public static Optional<EntityEdit> moveToTopLevel(Project project, UUID codeId) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        draft.update(code.withParent(null));
        return draft.buildIfChanged(EditName.of("Move '%0' to the top level", code.name()));
    }

    /**
     * Deletes a code in one edit: its sub-codes move up to its parent; it is taken off its
     * quotations (a quotation left without codes goes too, as in {@link CodingEdits#removeCode});
     * the relations that involve it are deleted; it leaves its code groups and memo links.
     */
    public static EntityEdit deleteCode(Project project, UUID codeId) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        for (Code child : draft.all(Code.class)) {
            if (code.id().equals(child.parentId())) {
                draft.update(child.withParent(code.parentId()));
            }
        }
        for (Quotation quotation : draft.all(Quotation.class)) {
            CodingEdits.uncode(draft, quotation, code.id());
        }
        for (Relation relation : draft.all(Relation.class)) {
            if (relation.involves(code.id())) {
                draft.detach(relation.id());
                draft.remove(relation);
            }
        }
        draft.detach(code.id());
        draft.remove(code);
        return draft.build(EditName.of("Delete code '%0'", code.name()));
    }

    private static String requireColour(String colour) {
        String value = colour.strip();
        if (!COLOUR.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a colour; write it as #RRGGBB, such as #FF8800");
        }
        return value;
    }

    /** True when {@code codeId} is {@code ancestorId} or lies below it, as the draft stands. */
    static boolean isInSubtree(Draft draft, UUID codeId, UUID ancestorId) {
        for (UUID id = codeId; id != null; id = draft.find(Code.class, id).map(Code::parentId).orElse(null)) {
            if (id.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }
}
