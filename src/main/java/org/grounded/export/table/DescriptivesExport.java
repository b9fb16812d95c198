package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.grounded.analysis.descriptive.ParticipantDescriptives;

/**
 * Writes participant statistics in the one layout of {@link StatisticsLines}, which the window
 * shows and copies: CSV (or tab-separated text) and Markdown render the same grid, so the screen,
 * Copy, the file and {@code grounded stats} agree line for line. Markdown adds the note that SD is
 * the sample standard deviation.
 */
public final class DescriptivesExport {

    private DescriptivesExport() {
    }

    public static String text(ParticipantDescriptives descriptives, ExportFormat format) {
        TextGrid grid = StatisticsLines.grid(descriptives);
        return switch (format) {
            case CSV -> DelimitedText.csv(grid);
            case TSV -> DelimitedText.tabSeparated(grid);
            case MARKDOWN -> MarkdownTable.render(grid);
            case XLSX, HTML -> throw new IllegalArgumentException("Descriptive statistics are written as csv, tsv or md, not "
                    + format.option());
        };
    }

    public static void write(ParticipantDescriptives descriptives, ExportFormat format, OutputStream out)
            throws IOException {
        out.write(text(descriptives, format).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
