package org.grounded.export.report;

import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.report.Grouping;
import org.grounded.export.table.MarksDisplay;

/**
 * What the study report holds, as saved in an options file ({@code --options FILE.json}) so the
 * same report can be rebuilt by a script. Every part left out (null) takes its default.
 *
 * @param title       the report's title; the project's name by default
 * @param examples    example quotations per code in the codebook (3)
 * @param marks       whether the citations table shows its marks (shown)
 * @param cooccurrence what the co-occurrence table counts (count)
 * @param grouping    the quotations' headings (code, that is, by category)
 * @param network     the saved network drawn as the report's figure; by default study A's Figure 1
 *                    (every code and participant, each participant linked to the codes it cites)
 */
public record ReportOptions(String title, Integer examples, MarksDisplay marks, CooccurrenceMeasure cooccurrence,
                            Grouping grouping, String network) {

    public static final ReportOptions DEFAULTS = new ReportOptions(null, null, null, null, null, null);

    public ReportOptions {
        examples = examples == null ? 3 : examples;
        if (examples < 0) {
            throw new IllegalArgumentException("examples cannot be negative: " + examples);
        }
        marks = marks == null ? MarksDisplay.SHOWN : marks;
        cooccurrence = cooccurrence == null ? CooccurrenceMeasure.COUNT : cooccurrence;
        grouping = grouping == null ? Grouping.CODE : grouping;
        network = network == null || network.isBlank() ? null : network.strip();
    }
}
