package org.grounded.model.edits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.TextRanges;

/**
 * Open coding in a document: the edits for coding a selection and for changing quotations. Each
 * method reads the project, builds one {@link EntityEdit} for one user action and does not apply
 * it. Methods that may find nothing to do return an empty {@link Optional}; bad input is an
 * {@link IllegalArgumentException} whose message is meant for the user.
 *
 * <p>Un-coding follows Atlas.ti: a quotation that loses its last code is deleted with it, unless
 * the user wrote something about it (a comment, or a memo linked to it) — then it stays, uncoded,
 * so nothing the user wrote is lost.
 */
public final class CodingEdits {

    private CodingEdits() {
    }

    /**
     * Codes the range {@code [start, end)} of a document. A quotation with exactly that range gets
     * the codings this coder has not yet made there, stamped with the coder and {@code now} (another
     * coder's codings of the same codes stay as they are); otherwise a new quotation is made (with
     * no codes, a "free" quotation). Empty when this coder already applied every code there.
     */
    public static Optional<EntityEdit> applyCodes(Project project, UUID documentId, int start, int end,
                                                  Collection<UUID> codeIds, String coder, Instant now) {
        Draft draft = Draft.of(project);
        List<Code> codes = codeIds.stream().distinct().map(id -> draft.require(Code.class, id)).toList();
        apply(draft, documentId, start, end, codes, coder, now);
        EditName name = codes.isEmpty() ? EditName.of("Create quotation")
                : EditName.of("Apply %0", Describe.names(Describe.labels(codes), EditName.of("%0 codes", codes.size())));
        return draft.buildIfChanged(name);
    }

    /**
     * Codes the range with an in-vivo code named after its words (see {@link CodeNames#inVivo}):
     * the existing code of that name, whatever its case, or a new top-level open code.
     */
    public static Optional<EntityEdit> applyInVivo(Project project, UUID documentId, int start, int end,
                                                   String coder, Instant now) {
        Document document = requireRange(Draft.of(project), documentId, start, end);
        String name = CodeNames.inVivo(document.text().substring(start, end));
        return applyNamed(project, documentId, start, end, name, coder, now, EditName.of("Code in vivo '%0'", name));
    }

    /**
     * The quick-code box: applies the code with this name (whatever its case), or creates a new
     * top-level open code with it and applies that, in one edit.
     */
    public static Optional<EntityEdit> quickCode(Project project, UUID documentId, int start, int end,
                                                 String codeName, String coder, Instant now) {
        String name = CodeNames.requireName(codeName);
        EditName edit = CodeNames.find(Draft.of(project), name)
                .map(code -> EditName.of("Apply '%0'", code.name())).orElse(EditName.of("Apply new code '%0'", name));
        return applyNamed(project, documentId, start, end, name, coder, now, edit);
    }

    private static Optional<EntityEdit> applyNamed(Project project, UUID documentId, int start, int end,
                                                   String name, String coder, Instant now, EditName description) {
        Draft draft = Draft.of(project);
        requireRange(draft, documentId, start, end);
        Code code = CodeNames.find(draft, name).orElseGet(() -> draft.add(Code.of(name, Code.DEFAULT_COLOUR)));
        apply(draft, documentId, start, end, List.of(code), coder, now);
        return draft.buildIfChanged(description);
    }

    private static void apply(Draft draft, UUID documentId, int start, int end, List<Code> codes,
                              String coder, Instant now) {
        requireRange(draft, documentId, start, end);
        List<UUID> codeIds = codes.stream().map(Code::id).toList();
        Optional<Quotation> same = draft.quotationsIn(documentId).stream()
                .filter(q -> q.start() == start && q.end() == end)
                .min(java.util.Comparator.comparing(Quotation::id));
        if (same.isPresent()) {
            Quotation coded = same.get();
            for (UUID codeId : codeIds) {
                coded = coded.withCoding(codeId, coder, now);
            }
            draft.update(coded);
        } else {
            draft.add(new Quotation(UUID.randomUUID(), documentId, start, end, codeIds, "", coder, now));
        }
    }

    /**
     * Takes one code off a quotation. When it was the last code, the quotation goes too, unless it
     * has a comment or a linked memo. Empty when the quotation does not have the code.
     */
    public static Optional<EntityEdit> removeCode(Project project, UUID quotationId, UUID codeId) {
        Draft draft = Draft.of(project);
        Quotation quotation = draft.require(Quotation.class, quotationId);
        Code code = draft.require(Code.class, codeId);
        uncode(draft, quotation, codeId);
        return draft.buildIfChanged(EditName.of("Remove '%0' from quotation", code.name()));
    }

    /** The un-coding rule shared with deleting and merging codes. */
    static void uncode(Draft draft, Quotation quotation, UUID codeId) {
        if (!quotation.hasCode(codeId)) {
            return;
        }
        List<UUID> remaining = Ids.without(quotation.codeIds(), codeId);
        if (remaining.isEmpty() && quotation.comment().isBlank() && !draft.isLinkedFromMemo(quotation.id())) {
            draft.remove(quotation);
        } else {
            draft.update(quotation.withCodes(remaining));
        }
    }

    /** Deletes a quotation, first unlinking it from the memos that name it. */
    public static EntityEdit deleteQuotation(Project project, UUID quotationId) {
        Draft draft = Draft.of(project);
        Quotation quotation = draft.require(Quotation.class, quotationId);
        draft.detach(quotation.id());
        draft.remove(quotation);
        return draft.build(EditName.of("Delete quotation"));
    }

    /** Deletes several quotations at once (a selection in the quotation list). */
    public static Optional<EntityEdit> deleteQuotations(Project project, Collection<UUID> quotationIds) {
        Draft draft = Draft.of(project);
        List<Quotation> quotations = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(quotationIds)) {
            quotations.add(draft.require(Quotation.class, id));
        }
        for (Quotation quotation : quotations) {
            draft.detach(quotation.id());
            draft.remove(quotation);
        }
        return draft.buildIfChanged(quotations.size() == 1 ? EditName.of("Delete quotation")
                : EditName.of("Delete %0 quotations", quotations.size()));
    }

    /** Moves a quotation's boundaries within its document. Empty when the range is the same. */
    public static Optional<EntityEdit> resizeQuotation(Project project, UUID quotationId, int start, int end) {
        Draft draft = Draft.of(project);
        Quotation quotation = draft.require(Quotation.class, quotationId);
        requireRange(draft, quotation.documentId(), start, end);
        draft.update(quotation.withRange(start, end));
        return draft.buildIfChanged(EditName.of("Resize quotation"));
    }

    /** Sets (or, with "" or blank, clears) a quotation's comment. Empty when it is the same. */
    public static Optional<EntityEdit> setComment(Project project, UUID quotationId, String comment) {
        Draft draft = Draft.of(project);
        Quotation quotation = draft.require(Quotation.class, quotationId);
        String text = comment == null || comment.isBlank() ? "" : comment;
        draft.update(quotation.withComment(text));
        return draft.buildIfChanged(text.isEmpty() ? EditName.of("Clear quotation comment")
                : EditName.of("Edit quotation comment"));
    }

    private static Document requireRange(Draft draft, UUID documentId, int start, int end) {
        Document document = draft.require(Document.class, documentId);
        TextRanges.requireValid(document.text(), start, end);
        return document;
    }
}
