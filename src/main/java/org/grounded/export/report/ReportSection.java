package org.grounded.export.report;

/** The parts of the study report, in the order the report holds them; an options file names those it keeps. */
public enum ReportSection {
    CITATIONS("Citations by participant"),
    COOCCURRENCE("Co-occurrence of codes"),
    STATISTICS("Participant statistics"),
    CODEBOOK("Codebook"),
    QUOTATIONS("Quotations by category"),
    MEMOS("Memos"),
    NETWORK("Semantic network");

    private final String heading;

    ReportSection(String heading) {
        this.heading = heading;
    }

    /** The section's heading in the report (after its number). */
    public String heading() {
        return heading;
    }
}
