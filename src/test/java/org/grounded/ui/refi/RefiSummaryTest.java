package org.grounded.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.grounded.io.refi.RefiExportReport;
import org.grounded.io.refi.RefiImportReport;
import org.junit.jupiter.api.Test;

class RefiSummaryTest {

    private static final RefiImportReport.Counts COUNTS =
            new RefiImportReport.Counts(2, 25, 4, 3, 330, 412, 12, 1, 6, 2, 12, 0, 0, 1, 0, 0);

    @Test
    void aProjectImportSaysWhatCameInWhatWasSkippedAndWhy() {
        RefiImportReport report = new RefiImportReport(Path.of("/data/oltas.qdpx"), "NVivo 12.6",
                "UTF-16 units, CR LF as two", COUNTS,
                List.of(new RefiImportReport.Skipped("PDF source", 2, "Grounded reads text sources only")),
                List.of("interview.txt was read as Windows-1252"));

        RefiSummary summary = RefiSummary.ofProjectImport(report);

        assertThat(summary.title()).isEqualTo("Project imported, with omissions");
        assertThat(summary.message()).startsWith("Grounded read 3 documents, 25 codes, 330 quotations, 1 memo and "
                + "6 participants from oltas.qdpx (written by NVivo 12.6). Some parts could not be taken");
        assertThat(summary.details()).contains(
                "  25 codes (4 categories)",
                "  330 quotations with 412 codings",
                "  2 attributes (12 values)",
                "  1 participant group",
                "Skipped\n  2 × PDF source: Grounded reads text sources only",
                "Notes\n  interview.txt was read as Windows-1252",
                "Positions of selections were read as UTF-16 units, CR LF as two.");
        assertThat(summary.details()).doesNotContain("code group", "relation");
    }

    @Test
    void aCleanImportHasNoOmissionSections() {
        RefiImportReport report = new RefiImportReport(Path.of("milk.qdpx"), "", "", COUNTS, List.of(), List.of());

        RefiSummary summary = RefiSummary.ofProjectImport(report);

        assertThat(summary.title()).isEqualTo("Project imported");
        assertThat(summary.message()).doesNotContain("written by").doesNotContain("could not be taken");
        assertThat(summary.details()).doesNotContain("Skipped", "Notes");
    }

    @Test
    void anExportListsWhatOtherToolsCannotShow() {
        RefiExportReport report = new RefiExportReport(Path.of("/out/milk.qdpx"), 11, 5, 40, 0, 5, 1, 0,
                List.of("Coding levels are kept for Grounded only"));

        RefiSummary summary = RefiSummary.ofProjectExport(report);

        assertThat(summary.message()).startsWith("Wrote milk.qdpx in " + Path.of("/out").toAbsolutePath()
                + " with 11 codes, 5 documents, 40 quotations, 5 participants and 1 group.").contains("listed below");
        assertThat(summary.details()).startsWith("• Coding levels are kept for Grounded only");
    }

    @Test
    void anExportThatLostNothingHasNoDetails() {
        RefiExportReport report = new RefiExportReport(Path.of("/out/milk.qdpx"), 1, 0, 0, 0, 0, 0, 0, List.of());

        RefiSummary summary = RefiSummary.ofProjectExport(report);

        assertThat(summary.message()).contains(" with 1 code. ").endsWith("can import it.");
        assertThat(summary.details()).isEmpty();
    }
}
