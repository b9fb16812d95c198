package org.grounded.analysis.report;

import java.time.Instant;
import java.util.List;
import org.grounded.model.Quotation;

/**
 * One quotation as a report lists it.
 *
 * @param participants the names of the participants whose words it holds (from speaker turns), in
 *                     the project's order; empty for the interviewer's words
 * @param paragraph    the 1-based number of the paragraph it starts in, as the transcript viewer
 *                     numbers them (every line break starts one)
 * @param codes        the names of its codes, in code-tree order
 * @param text         the quoted text, exactly as in the document
 * @param before       the text in context: the lines before the quotation (and the start of its own
 *                     line), "" when no context was asked for
 * @param after        the rest of the quotation's last line and the lines after it
 */
public record QuotationRow(Quotation quotation, String document, List<String> participants, int paragraph,
                           List<String> codes, String text, String before, String after) {

    public QuotationRow {
        participants = List.copyOf(participants);
        codes = List.copyOf(codes);
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** A row without its context. */
    public QuotationRow(Quotation quotation, String document, List<String> participants, int paragraph,
                        List<String> codes, String text) {
        this(quotation, document, participants, paragraph, codes, text, "", "");
    }

    /** Whether the row carries text around the quotation. */
    public boolean hasContext() {
        return !before.isEmpty() || !after.isEmpty();
    }

    public int start() {
        return quotation.start();
    }

    public int end() {
        return quotation.end();
    }

    public String comment() {
        return quotation.comment();
    }

    public String coder() {
        return quotation.coder();
    }

    public Instant created() {
        return quotation.createdAt();
    }

    /**
     * The quotation as a researcher cites it in a paper: its {@link #source()}, a colon and the
     * text in guillemets — {@code María, 01-maria, ¶14: «Sentí alegría 💛 y miedo.»}. The text is
     * exact but for the white space at its ends, and its line breaks (a quotation across turns)
     * become " / ", as quoted verse and transcripts mark them, so the citation is one line.
     */
    public String citation() {
        return source() + ": «" + text.strip().replaceAll("\\s*(\\r\\n|\\r|\\n)\\s*", " / ") + "»";
    }

    /** Who said it, where: "María, 01-maria, ¶14" (the document and paragraph alone for nobody's words). */
    public String source() {
        String where = document + ", ¶" + paragraph;
        return participants.isEmpty() ? where : String.join(" & ", participants) + ", " + where;
    }
}
