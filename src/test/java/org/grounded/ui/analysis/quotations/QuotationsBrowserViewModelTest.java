package org.grounded.ui.analysis.quotations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.export.report.ReportFormat;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's view model without a window: choices that follow edits, the count, copies and an export. */
class QuotationsBrowserViewModelTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path folder;

    private final ReportStudy study = new ReportStudy();
    private final StubDialogService dialogs = new StubDialogService();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();
    private Workspace workspace;
    private QuotationsBrowserViewModel browser;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void setUp() {
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", MONDAY, study.fe);
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", MONDAY, study.alegria, study.miedo);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", MONDAY, study.motivacion);
        workspace = AnalysisFixture.workspaceWith(study.project);
        browser = new QuotationsBrowserViewModel(workspace, dialogs, executor, clipboard);
        browser.setActive(true);
    }

    @Test
    void aChosenCodeStaysChosenWhenItIsRenamedAndTheListFollowsTheEdit() {
        browser.codes().choose(List.of(study.fe.id()));
        assertThat(browser.rows()).extracting(QuotationRow::text).containsExactly("Mi fe 🙏 me llevó");
        assertThat(browser.countText().get()).isEqualTo("1 of 3 quotations");

        Code faith = study.fe.withName("Fe y esperanza");
        workspace.session().orElseThrow().undoManager().perform(EntityEdit.update("Rename", study.fe, faith));
        executor.runScheduled(); // the recount a moment after the edit

        assertThat(browser.codes().choices()).extracting(choice -> choice.label().strip())
                .containsExactly("Motivación", "Alegría", "Miedo", "Fe y esperanza");
        assertThat(browser.codes().chosen()).containsExactly(study.fe.id());
        assertThat(browser.rows()).extracting(QuotationRow::codes).containsExactly(List.of("Fe y esperanza"));
    }

    @Test
    void severalSelectedQuotationsAreCopiedAsOneCitationALine() {
        browser.selection().setAll(browser.rows().subList(0, 2));
        browser.copyCitations();

        assertThat(clipboard.last()).isEqualTo("María, 01-maria, ¶2: «doné porque mi niña nació prematura.»\n"
                + "María, 01-maria, ¶2: «Sentí alegría 💛 y miedo.»");
        assertThat(browser.messageProperty().get()).isEqualTo("Copied 2 citations to the clipboard");
    }

    @Test
    void theListIsExportedAsJsonInItsOrder() throws Exception {
        browser.coders().choose(List.of("Ana"));
        Path json = folder.resolve("ana");
        dialogs.saveFiles.push(Optional.of(json));

        // The format's extension is added to the name chosen.
        assertThat(browser.export(ReportFormat.JSON)).contains(folder.resolve("ana.json"));

        JsonNode written = new ObjectMapper().readTree(Files.readString(folder.resolve("ana.json")));
        assertThat(written).extracting(node -> node.get("text").asText())
                .containsExactly("Sentí alegría 💛 y miedo.", "Mi fe 🙏 me llevó");
        assertThat(written.get(0).get("codes")).extracting(JsonNode::asText).containsExactly("Alegría", "Miedo");
        assertThat(browser.messageProperty().get()).isEqualTo("Saved ana.json");
    }
}
