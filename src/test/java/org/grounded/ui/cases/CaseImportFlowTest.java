package org.grounded.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.grounded.io.cases.SurveyA;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Participants from a spreadsheet through the preview's view model and the flow, without a window. */
class CaseImportFlowTest {

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private final StubDialogService dialogs = new StubDialogService();
    private final CaseImportFlow flow = new CaseImportFlow(new Editor(workspace, dialogs),
            new CurrentThreadTaskExecutor(), Optional::empty);
    private Project project;
    private ProjectSession session;

    @BeforeEach
    void open() {
        project = Project.create("Study A");
        session = ProjectSession.untitled(project);
        workspace.setSession(session);
    }

    private Path survey() throws Exception {
        return SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(';', true), StandardCharsets.UTF_8,
                new byte[0]);
    }

    @Test
    void thePreviewGuessesEachColumnsTypeAndTheNameColumn() throws Exception {
        dialogs.caseImport = preview -> false;
        flow.start(AttributeScope.PARTICIPANT, survey());

        CaseImportViewModel preview = dialogs.lastCaseImport;
        assertThat(preview.nameColumnProperty().get()).isEqualTo("Name");
        assertThat(preview.columns()).extracting(CaseColumnChoice::name)
                .containsExactly("Name", "Age", "Breastfeeding", "Child age", "Comment");
        assertThat(preview.column("Age").orElseThrow().typeProperty().get()).isEqualTo(AttributeType.NUMBER);
        assertThat(preview.column("Breastfeeding").orElseThrow().typeProperty().get())
                .isEqualTo(AttributeType.CATEGORY);
        assertThat(preview.column("Child age").orElseThrow().typeProperty().get()).isEqualTo(AttributeType.NUMBER);
        assertThat(preview.column("Comment").orElseThrow().typeProperty().get()).isEqualTo(AttributeType.TEXT);
        assertThat(preview.previewRows()).hasSize(CaseImportViewModel.PREVIEW_ROWS);
        assertThat(preview.previewRows().get(0).cells()).startsWith("Mãe 01", "20");
        assertThat(preview.summaryProperty().get()).isEqualTo("80 rows · 80 new participants, 0 updated, "
                + "0 unchanged, 0 skipped");
        assertThat(preview.validProperty().get()).isTrue();
        assertThat(preview.sheets()).isEmpty();
        assertThat(preview.isMissing("NA")).isTrue();
        assertThat(preview.isMissing("")).isTrue();
        assertThat(preview.isMissing("99")).isFalse();
        preview.missingCodesProperty().set("99; 999");
        assertThat(preview.isMissing("99")).isTrue();
        assertThat(preview.isMissing("999")).isTrue();
        assertThat(preview.isMissing("9")).isFalse();
        // cancelled: nothing changed
        assertThat(project.participants()).isEmpty();
        assertThat(session.undoManager().undoSize()).isZero();
    }

    @Test
    void theChoicesOfThePreviewAreWhatIsImportedAsOneUndoableEdit() throws Exception {
        dialogs.caseImport = preview -> {
            preview.missingCodesProperty().set("99");
            preview.column("Comment").orElseThrow().skippedProperty().set(true);
            preview.column("Breastfeeding").orElseThrow().typeProperty().set(AttributeType.TEXT);
            return true;
        };
        flow.start(AttributeScope.PARTICIPANT, survey());

        assertThat(project.participants()).hasSize(80);
        assertThat(project.attributeDefinitions(AttributeScope.PARTICIPANT)).extracting(d -> d.name() + ":" + d.type())
                .containsExactly("Age:NUMBER", "Breastfeeding:TEXT", "Child age:NUMBER");
        Participant first = byName("Mãe 01");
        assertThat(first.attributes()).containsEntry("Age", AttributeValue.number(new java.math.BigDecimal("20")));
        long missingChildAge = project.participants().stream()
                .filter(p -> !p.attributes().containsKey("Child age")).count();
        assertThat(missingChildAge).isEqualTo(29); // empty, NA, n/a, - and the 99 typed in the preview
        assertThat(dialogs.shown).last().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Participants imported");
            assertThat(shown.message()).isEqualTo("survey.csv: 80 new participants, 0 updated, 0 unchanged, "
                    + "0 skipped.");
        });

        session.undoManager().undo();
        assertThat(project.participants()).isEmpty();
        assertThat(project.attributeDefinitions(AttributeScope.PARTICIPANT)).isEmpty();
    }

    @Test
    void aTypeTheValuesDoNotFitSkipsTheRowsAndSaysWhy() throws Exception {
        dialogs.caseImport = preview -> {
            preview.column("Breastfeeding").orElseThrow().typeProperty().set(AttributeType.NUMBER);
            return false;
        };
        flow.start(AttributeScope.PARTICIPANT, survey());

        CaseImportViewModel preview = dialogs.lastCaseImport;
        assertThat(preview.summaryProperty().get()).endsWith("0 new participants, 0 updated, 0 unchanged, 80 skipped");
        assertThat(preview.problemProperty().get()).startsWith("Row 2: 'exclusive' in 'Breastfeeding' is not a number\n"
                + "Row 3: 'exclusive' in 'Breastfeeding' is not a number").endsWith("… and 77 more rows");
        assertThat(preview.validProperty().get()).isFalse();

        preview.column("Breastfeeding").orElseThrow().skippedProperty().set(true);
        assertThat(preview.validProperty().get()).isTrue();
        assertThat(preview.problemProperty().get()).isEmpty();
    }

    @Test
    void reImportingUpdatesTheParticipantsAndReportsSkippedRowsByNumber() throws Exception {
        Files.writeString(folder.resolve("first.csv"), "Name,Age\nAna,31\nBea,40\n");
        flow.start(AttributeScope.PARTICIPANT, folder.resolve("first.csv"));
        Files.writeString(folder.resolve("second.csv"), "Name,Age\nana,32\nBea,40\nCarla,abc\nDora,25\n");
        dialogs.caseImport = preview -> {
            preview.column("Age").orElseThrow().typeProperty().set(AttributeType.NUMBER);
            return true;
        };
        flow.start(AttributeScope.PARTICIPANT, folder.resolve("second.csv"));

        assertThat(project.participants()).extracting(Participant::name).containsExactly("Ana", "Bea", "Dora");
        assertThat(byName("Ana").attributes().get("Age").value()).isEqualTo("32");
        assertThat(dialogs.shown).last().satisfies(shown -> assertThat(shown.message()).isEqualTo(
                "second.csv: 1 new participant, 1 updated, 1 unchanged, 1 skipped.\n"
                        + "Row 4 (Carla): 'abc' in 'Age' is not a number"));
    }

    @Test
    void aWorkbooksSheetIsChosenInThePreview() throws Exception {
        Path workbook = SurveyA.xlsx(folder.resolve("survey.xlsx"));
        dialogs.caseImport = preview -> {
            assertThat(preview.sheets()).containsExactly("Notes", "Answers");
            assertThat(preview.header()).containsExactly("not the answers");
            preview.sheetProperty().set("Answers");
            preview.column("Comment").orElseThrow().skippedProperty().set(true);
            return true;
        };
        flow.start(AttributeScope.PARTICIPANT, workbook);

        assertThat(dialogs.lastCaseImport.header()).containsExactly("Name", "Age", "Breastfeeding", "Child age",
                "Comment");
        assertThat(project.participants()).hasSize(80);
        assertThat(byName("Mãe 46").attributes().get("Age").value()).isEqualTo("29.5");
    }

    @Test
    void documentsGetAttributesAndAnUnknownDocumentIsReported() throws Exception {
        project.apply(org.grounded.model.EntityEdit.builder("Add").add(new org.grounded.model.Document(
                java.util.UUID.randomUUID(), "Interview 1", "Text.", "", java.time.Instant.EPOCH, "en",
                java.util.Map.of(), List.of(), java.util.Set.of())).build());
        Files.writeString(folder.resolve("docs.csv"), "Document,Place\nInterview 1,Madrid\nInterview 9,Lima\n");
        flow.start(AttributeScope.DOCUMENT, folder.resolve("docs.csv"));

        assertThat(project.documents().iterator().next().attributes().get("Place").value()).isEqualTo("Madrid");
        assertThat(dialogs.shown).last().satisfies(shown -> assertThat(shown.message()).isEqualTo(
                "docs.csv: 1 document updated, 0 unchanged, 1 skipped.\n"
                        + "Row 3 (Interview 9): the project has no document named 'Interview 9'"));
    }

    @Test
    void aFileThatCannotBeReadIsOneClearMessageAndChangesNothing() throws Exception {
        Files.writeString(folder.resolve("old.xls"), "binary");
        flow.start(AttributeScope.PARTICIPANT, folder.resolve("old.xls"));
        flow.start(AttributeScope.PARTICIPANT, folder.resolve("missing.csv"));

        assertThat(dialogs.errors()).extracting(StubDialogService.Shown::message).containsExactly(
                "old.xls: old Excel files (.xls) are not read; save it as .xlsx or .csv",
                "missing.csv: there is no such file");
        assertThat(dialogs.lastCaseImport).isNull();
        assertThat(project.participants()).isEmpty();
    }

    @Test
    void theChooserOffersSpreadsheetsAndACancelledChooserDoesNothing() {
        flow.start(AttributeScope.PARTICIPANT);
        assertThat(dialogs.choosers).singleElement().satisfies(spec -> assertThat(spec.filters().get(0).extensions())
                .containsExactly("csv", "tsv", "txt", "xlsx"));
        assertThat(dialogs.lastCaseImport).isNull();
    }

    private Participant byName(String name) {
        return project.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
