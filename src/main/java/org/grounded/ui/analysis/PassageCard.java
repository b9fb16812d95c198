package org.grounded.ui.analysis;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A counted passage as a drill-down shows it: where it is, whose words, its codes, and its text
 * with a little context either side.
 *
 * @param quotationId the quotation to select in the transcript viewer
 * @param source      "01-maria · María"
 * @param segments    the text: context, the passage (and, for a co-occurrence, the overlap), context
 * @param note        a line under the text ("one quotation coded with both"), "" when none
 */
public record PassageCard(UUID documentId, UUID quotationId, String source, List<CodeTag> codes,
                          List<Segment> segments, String note) {

    /** A code on the card: its name on a swatch of its colour. */
    public record CodeTag(String name, String colour) {
    }

    /** A run of the card's text. */
    public record Segment(String text, Kind kind) {
        public Segment {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** How a run of text is shown. */
    public enum Kind {
        /** Before or after the passage, muted. */
        CONTEXT,
        /** The counted passage. */
        PASSAGE,
        /** Where two passages overlap (co-occurrence drill-down). */
        OVERLAP
    }

    public PassageCard {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(quotationId, "quotationId");
        Objects.requireNonNull(source, "source");
        codes = List.copyOf(codes);
        segments = List.copyOf(segments);
        note = note == null ? "" : note;
    }

    /** The whole text, context included. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** The passage without its context. */
    public String passage() {
        return segments.stream().filter(segment -> segment.kind() != Kind.CONTEXT).map(Segment::text)
                .collect(Collectors.joining());
    }
}
