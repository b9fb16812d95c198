package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.grounded.analysis.descriptive.ParticipantDescriptives;

/**
 * Writes participant statistics in the one layout of {@link StatisticsLines}, which the window
 * shows and copies: CSV (or tab-separated text), Markdown and an Excel sheet render the same grid,
 * so the screen, Copy, the file and {@code grounded stats} agree line for line. Markdown adds the
 * note that SD is the sample standard deviation. (A Word document is written by
 * {@code export.report.StatisticsExport}, where the Word writer lives.)
 */
public final class DescriptivesExport {

    /** The Excel sheet's name. */
    public static final String SHEET = "Participant statistics";

    private DescriptivesExport() {
    }

    public static String text(ParticipantDescriptives descriptives, ExportFormat format) {
        TextGrid grid = StatisticsLines.grid(descriptives);
        return switch (format) {
            case CSV -> DelimitedText.csv(grid);
            case TSV -> DelimitedText.tabSeparated(grid);
            case MARKDOWN -> MarkdownTable.render(grid);
            case XLSX, HTML, DOCX -> throw new IllegalArgumentException("Descriptive statistics are text as csv, tsv "
                    + "or md, not " + format.option());
        };
    }

    /** Writes CSV, tab-separated text, Markdown or XLSX. */
    public static void write(ParticipantDescriptives descriptives, ExportFormat format, OutputStream out)
            throws IOException {
        if (format == ExportFormat.XLSX) {
            GridXlsx.write(StatisticsLines.grid(descriptives), SHEET, out);
        } else {
            out.write(text(descriptives, format).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }
}
