package org.grounded.export.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({"csv,CSV", "TSV,TSV", "xlsx,XLSX", "md,MARKDOWN", "markdown,MARKDOWN", "html,HTML"})
    void formatsAreNamedAsOnTheCommandLine(String name, ExportFormat format) {
        assertThat(ExportFormat.parse(name)).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource({"table.csv,CSV", "Table.XLSX,XLSX", "paper.md,MARKDOWN", "page.htm,HTML", "page.html,HTML"})
    void aFileNameSuggestsItsFormat(String fileName, ExportFormat format) {
        assertThat(ExportFormat.ofFileName(fileName)).contains(format);
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> ExportFormat.parse("pdf")).hasMessageContaining("'pdf'")
                .hasMessageContaining("csv, tsv, xlsx, md, html, docx");
        assertThat(ExportFormat.ofFileName("notes")).isEmpty();
        assertThat(ExportFormat.ofFileName("notes.pdf")).isEmpty();
        assertThat(ExportFormat.ofFileName("notes.docx")).contains(ExportFormat.DOCX);
    }
}
