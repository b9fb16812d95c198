package org.grounded.model.edits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SelectionSnapping;
import org.grounded.model.SnapMode;
import org.grounded.model.TextSpan;

/**
 * Auto-coding: one code applied to many passages at once (the hits of a search), each widened to
 * its word, sentence, paragraph or speaker turn as the coding bar snaps a selection, all in one
 * edit so that one undo takes it back. A passage is left alone when a quotation with that code
 * already covers it, so auto-coding twice changes nothing the second time; a quotation with exactly
 * the passage's range but without the code gets the code rather than a twin.
 */
public final class AutoCodingEdits {

    /** A passage to code: a character range of a document, as a search hit gives it. */
    public record Target(UUID documentId, int start, int end) {
        public Target {
            Objects.requireNonNull(documentId, "documentId");
        }
    }

    /**
     * What auto-coding would do.
     *
     * @param created      new quotations made
     * @param extended     existing quotations of exactly the passage that got the code
     * @param alreadyCoded passages a quotation with the code already covered
     */
    public record Result(Optional<EntityEdit> edit, int created, int extended, int alreadyCoded) {
        public Result {
            Objects.requireNonNull(edit, "edit");
        }
    }

    private AutoCodingEdits() {
    }

    /** The edit that codes every target with the code, widened by {@code extend}; empty when all are coded. */
    public static Result codeAll(Project project, Collection<Target> targets, UUID codeId, SnapMode extend,
                                 String coder, Instant now) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        Map<UUID, Set<TextSpan>> spans = snapped(draft, targets, extend);
        Map<UUID, Map<TextSpan, Quotation>> exactly = new HashMap<>();
        Map<UUID, List<Quotation>> withCode = new HashMap<>();
        for (Quotation quotation : draft.all(Quotation.class)) {
            if (spans.containsKey(quotation.documentId())) {
                exactly.computeIfAbsent(quotation.documentId(), id -> new HashMap<>())
                        .putIfAbsent(new TextSpan(quotation.start(), quotation.end()), quotation);
                if (quotation.hasCode(codeId)) {
                    withCode.computeIfAbsent(quotation.documentId(), id -> new ArrayList<>()).add(quotation);
                }
            }
        }
        int created = 0;
        int extended = 0;
        int alreadyCoded = 0;
        for (Map.Entry<UUID, Set<TextSpan>> entry : spans.entrySet()) {
            UUID documentId = entry.getKey();
            List<Quotation> coded = withCode.getOrDefault(documentId, List.of());
            for (TextSpan span : entry.getValue()) {
                if (coded.stream().anyMatch(q -> q.start() <= span.start() && span.end() <= q.end())) {
                    alreadyCoded++;
                    continue;
                }
                Quotation same = exactly.getOrDefault(documentId, Map.of()).get(span);
                if (same != null) {
                    draft.update(same.withCoding(codeId, coder, now));
                    extended++;
                } else {
                    draft.add(new Quotation(UUID.randomUUID(), documentId, span.start(), span.end(),
                            List.of(codeId), "", coder, now));
                    created++;
                }
            }
        }
        int coded = created + extended;
        EditName name = coded == 1 ? EditName.of("Auto-code 1 passage with '%0'", code.name())
                : EditName.of("Auto-code %0 passages with '%1'", coded, code.name());
        return new Result(draft.buildIfChanged(name), created, extended, alreadyCoded);
    }

    /** The targets widened and without repeats, per document in the order first met. */
    private static Map<UUID, Set<TextSpan>> snapped(Draft draft, Collection<Target> targets, SnapMode extend) {
        Map<UUID, Set<TextSpan>> result = new java.util.LinkedHashMap<>();
        for (Target target : targets) {
            Document document = draft.require(Document.class, target.documentId());
            TextSpan span = SelectionSnapping.snap(document, target.start(), target.end(), extend);
            if (!span.isEmpty()) {
                result.computeIfAbsent(document.id(), id -> new LinkedHashSet<>()).add(span);
            }
        }
        return result;
    }
}
