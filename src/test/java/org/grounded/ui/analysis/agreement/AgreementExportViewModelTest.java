package org.grounded.ui.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grounded.analysis.TwoCoderStudy;
import org.grounded.export.table.ExportFormat;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement window's Export… on {@link TwoCoderStudy}: Ann and Ben disagree on Fears in Lim's
 * turn (Ann only), Ana's turn (Ben only) and Bea's interview, so the files hold both tables.
 */
class AgreementExportViewModelTest {

    @TempDir
    Path folder;

    private final TwoCoderStudy team = new TwoCoderStudy();
    private final StubDialogService dialogs = new StubDialogService();
    private final AgreementViewModel viewModel = new AgreementViewModel(
            AnalysisFixture.workspaceWith(team.study.project), dialogs, new CurrentThreadTaskExecutor(),
            new AnalysisFixture.RecordingClipboard(), (document, span) -> { });

    AgreementExportViewModelTest() {
        viewModel.window().setActive(true);
    }

    private Path export(AgreementViewModel.ExportPart part, ExportFormat format, String name) {
        Path file = folder.resolve(name);
        dialogs.saveFiles.push(Optional.of(file));
        assertThat(viewModel.export(part, format)).contains(file);
        assertThat(dialogs.errors()).isEmpty();
        return file;
    }

    @Test
    void coefficientsAndDisagreementsAreSavedAsCsvXlsxAndMarkdown() throws Exception {
        assertThat(viewModel.firstCoderProperty().get()).isEqualTo("Ann");
        assertThat(viewModel.secondCoderProperty().get()).isEqualTo("Ben");
        assertThat(viewModel.disagreements()).isNotEmpty();

        String coefficients = Files.readString(export(AgreementViewModel.ExportPart.COEFFICIENTS, ExportFormat.CSV,
                "agreement.csv"));
        assertThat(coefficients).startsWith("scope,name,document,characters,").contains("code,Fears,");
        assertThat(coefficients.lines().count()).isEqualTo(viewModel.rows().size() + 1);

        String disagreements = Files.readString(export(AgreementViewModel.ExportPart.DISAGREEMENTS, ExportFormat.CSV,
                "disagreements.csv"));
        assertThat(disagreements).startsWith("code or domain,document,start,end,Ann,Ben");
        assertThat(disagreements.lines().count()).isEqualTo(viewModel.disagreements().size() + 1);

        Path workbook = export(AgreementViewModel.ExportPart.DISAGREEMENTS, ExportFormat.XLSX, "disagreements.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            Sheet sheet = read.getSheet("Disagreements");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Ann");
            assertThat(sheet.getRow(viewModel.disagreements().size())).isNotNull();
        }

        String markdown = new String(Files.readAllBytes(export(AgreementViewModel.ExportPart.BOTH,
                ExportFormat.MARKDOWN, "agreement.md")), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Intercoder agreement: Ann, Ben").contains("## Disagreements");
    }

    @Test
    void markdownHoldsBothTablesAndCsvOne() {
        assertThatThrownBy(() -> viewModel.export(AgreementViewModel.ExportPart.BOTH, ExportFormat.CSV))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
