package org.grounded.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.grounded.analysis.cooccurrence.CodingPair;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Participant;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Builds drill-down cards from one project (the copy a result was computed from): a quotation
 * with its context, or a co-occurring pair with the overlap set apart. Context stops at a word
 * boundary and never splits a surrogate pair; runs of white space read as one space; a very long
 * passage keeps its beginning and end.
 */
public final class PassageCards {

    /** Characters of context before and after a passage. */
    public static final int CONTEXT = 160;
    /** Longer passages keep their first and last characters with "…" between. */
    public static final int LONGEST = 900;
    private static final int HEAD = 640;
    private static final int TAIL = 220;

    private final Project project;
    private ParticipantAttribution attribution;

    public PassageCards(Project project) {
        this.project = Objects.requireNonNull(project);
    }

    /** A quotation with its context. */
    public PassageCard of(Quotation quotation) {
        Document document = project.document(quotation.documentId()).orElseThrow();
        String text = document.text();
        List<PassageCard.Segment> segments = new ArrayList<>();
        segments.add(new PassageCard.Segment(before(text, quotation.start()), PassageCard.Kind.CONTEXT));
        segments.add(new PassageCard.Segment(shortened(text, quotation.start(), quotation.end()),
                PassageCard.Kind.PASSAGE));
        segments.add(new PassageCard.Segment(after(text, quotation.end()), PassageCard.Kind.CONTEXT));
        return new PassageCard(document.id(), quotation.id(), source(document, quotation), tags(quotation.codeIds()),
                segments, quotation.comment());
    }

    /**
     * A co-occurrence: both passages as one stretch of text, the shared part marked as the
     * overlap. The card opens the first (the row code's) quotation.
     */
    public PassageCard of(CodingPair pair) {
        Quotation first = pair.first().quotation();
        Quotation second = pair.second().quotation();
        List<UUID> codes = List.of(pair.first().codeId(), pair.second().codeId());
        if (pair.sameQuotation()) {
            PassageCard card = of(first);
            return new PassageCard(card.documentId(), card.quotationId(), card.source(), tags(codes),
                    card.segments(), lang("One quotation coded with both"));
        }
        Document document = project.document(first.documentId()).orElseThrow();
        String text = document.text();
        int start = Math.min(first.start(), second.start());
        int end = Math.max(first.end(), second.end());
        int overlapStart = Math.max(first.start(), second.start());
        int overlapEnd = Math.min(first.end(), second.end());
        List<PassageCard.Segment> segments = new ArrayList<>();
        segments.add(new PassageCard.Segment(before(text, start), PassageCard.Kind.CONTEXT));
        addIfAny(segments, shortened(text, start, overlapStart), PassageCard.Kind.PASSAGE);
        addIfAny(segments, shortened(text, overlapStart, overlapEnd), PassageCard.Kind.OVERLAP);
        addIfAny(segments, shortened(text, overlapEnd, end), PassageCard.Kind.PASSAGE);
        segments.add(new PassageCard.Segment(after(text, end), PassageCard.Kind.CONTEXT));
        String source = source(document, first);
        return new PassageCard(document.id(), first.id(), source, tags(codes), segments,
                lang("Two overlapping quotations; the overlap is highlighted"));
    }

    private static void addIfAny(List<PassageCard.Segment> segments, String text, PassageCard.Kind kind) {
        if (!text.isEmpty()) {
            segments.add(new PassageCard.Segment(text, kind));
        }
    }

    private String source(Document document, Quotation quotation) {
        if (attribution == null) {
            attribution = ParticipantAttribution.of(project);
        }
        Set<UUID> speakers = attribution.participantsOf(quotation);
        String who = speakers.stream().map(project::participant).flatMap(java.util.Optional::stream)
                .map(Participant::name).collect(Collectors.joining(", "));
        return document.name() + " · " + (who.isEmpty() ? lang("no participant (interviewer)") : who);
    }

    private List<PassageCard.CodeTag> tags(List<UUID> codeIds) {
        return codeIds.stream().map(project::code).flatMap(java.util.Optional::stream)
                .map((Code code) -> new PassageCard.CodeTag(code.name(), code.colour())).toList();
    }

    /** Up to {@link #CONTEXT} characters before {@code start}, starting at a word. */
    static String before(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = indexOfWhitespace(text, from, start);
            from = space < 0 ? from : space + 1;
            from = notInsidePair(text, from);
        }
        String context = oneLine(text.substring(from, start));
        return from > 0 ? "…" + context.stripLeading() : context.stripLeading();
    }

    /** Up to {@link #CONTEXT} characters after {@code end}, ending at a word. */
    static String after(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
            int space = lastIndexOfWhitespace(text, end, to);
            to = space < 0 ? to : space;
            to = notInsidePair(text, to);
        }
        String context = oneLine(text.substring(end, to));
        return to < text.length() ? context.stripTrailing() + "…" : context.stripTrailing();
    }

    /** The passage on one line; beyond {@link #LONGEST} characters its middle gives way to "…". */
    static String shortened(String text, int start, int end) {
        if (end <= start) {
            return "";
        }
        if (end - start <= LONGEST) {
            return oneLine(text.substring(start, end));
        }
        int headEnd = notInsidePair(text, start + HEAD);
        int tailStart = notInsidePair(text, end - TAIL);
        return oneLine(text.substring(start, headEnd)) + " … " + oneLine(text.substring(tailStart, end));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Moves an index off the second half of a surrogate pair. */
    private static int notInsidePair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }

    private static int indexOfWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfWhitespace(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
