package org.grounded.export.report;

import java.io.IOException;
import java.io.OutputStream;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.grounded.export.table.DescriptivesExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.StatisticsLines;

/**
 * Participant statistics in every format the window and {@code grounded stats} offer: the table
 * formats through {@link DescriptivesExport}, a Word document (a heading and the same grid as a
 * table, as the study report writes it) through the one {@link DocxWriter}.
 */
public final class StatisticsExport {

    /** The Word document's heading. */
    static final String TITLE = "Participant statistics";

    private StatisticsExport() {
    }

    public static void write(ParticipantDescriptives descriptives, ExportFormat format, OutputStream out)
            throws IOException {
        if (format != ExportFormat.DOCX) {
            DescriptivesExport.write(descriptives, format, out);
            return;
        }
        try (DocxWriter docx = new DocxWriter()) {
            docx.heading(1, TITLE);
            docx.table(StatisticsLines.grid(descriptives));
            docx.write(out);
        }
        out.flush();
    }
}
