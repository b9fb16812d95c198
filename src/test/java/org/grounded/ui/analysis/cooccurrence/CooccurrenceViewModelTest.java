package org.grounded.ui.analysis.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodeTree;
import org.grounded.analysis.SmallStudy;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.export.table.CooccurrenceExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.grounded.ui.task.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CooccurrenceViewModelTest {

    @TempDir
    Path folder;

    private final Project project = AnalysisFixture.sample();
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();

    private CooccurrenceViewModel open(TaskExecutor taskExecutor) {
        CooccurrenceViewModel viewModel = new CooccurrenceViewModel(workspace, dialogs, taskExecutor, clipboard);
        viewModel.setActive(true);
        return viewModel;
    }

    private CooccurrenceViewModel open() {
        return open(executor);
    }

    private UUID code(String name) {
        return project.codeNamed(name).orElseThrow().id();
    }

    private int index(CooccurrenceMatrix matrix, String name) {
        return matrix.codes().indexOf(project.codeNamed(name).orElseThrow());
    }

    @Test
    void allCodesGiveTheAnalysisMatrix() {
        CooccurrenceViewModel viewModel = open();

        assertThat(viewModel.matrixProperty().get())
                .isEqualTo(Cooccurrences.matrix(project, CooccurrenceRequest.allCodes()));
    }

    @Test
    void aCodeGroupComparesItsCodesInCodeTreeOrder() {
        Group group = Group.of("Feelings", GroupKind.CODE, Set.of(code("Fears"), code("Motivation"), code("Covid")));
        workspace.session().orElseThrow().undoManager().perform(EntityEdit.add("Add group", group));
        CooccurrenceViewModel viewModel = open();

        viewModel.options().scopeProperty().set(CodeScope.GROUP);

        List<UUID> inTreeOrder = CodeTree.of(project).inTreeOrder().stream().map(Code::id)
                .filter(group.memberIds()::contains).toList();
        assertThat(viewModel.options().request(project)).isEqualTo(CooccurrenceRequest.allCodes().withCodes(inTreeOrder));
        assertThat(viewModel.matrixProperty().get().codes()).extracting(Code::name)
                .containsExactly("Motivation", "Covid", "Fears");
    }

    @Test
    void chosenCodesAndADocumentGroupReachTheRequest() {
        CooccurrenceViewModel viewModel = open();
        CooccurrenceOptions options = viewModel.options();
        options.scopeProperty().set(CodeScope.CHOSEN);
        options.chosenCodes().addAll(List.of(code("Fears"), code("Significance of milk")));
        options.documentGroupProperty().set(options.documentGroups().get(1));

        UUID interviews = options.documentGroups().get(1).value();
        assertThat(options.request(project)).isEqualTo(new CooccurrenceRequest(
                List.of(code("Significance of milk"), code("Fears")), Set.of(interviews)));
        assertThat(viewModel.matrixProperty().get().size()).isEqualTo(2);
    }

    @Test
    void fewerThanTwoChosenCodesSayWhatToDo() {
        CooccurrenceViewModel viewModel = open();
        viewModel.options().scopeProperty().set(CodeScope.CHOSEN);
        viewModel.options().chosenCodes().add(code("Fears"));

        assertThat(viewModel.matrixProperty().get()).isNull();
        assertThat(viewModel.problemProperty().get()).contains("at least two codes");
    }

    @Test
    void theLargestValueOffTheDiagonalTopsTheColourScale() {
        CooccurrenceViewModel viewModel = open();
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        int[] strongest = {0, 1};
        for (int row = 0; row < matrix.size(); row++) {
            for (int column = 0; column < matrix.size(); column++) {
                if (row != column && matrix.count(row, column) > matrix.count(strongest[0], strongest[1])) {
                    strongest = new int[] {row, column};
                }
            }
        }
        long largest = matrix.count(strongest[0], strongest[1]);

        assertThat(viewModel.largestProperty().get()).isEqualTo(largest);
        MatrixCell cell = viewModel.cell(strongest[0], strongest[1]);
        assertThat(cell.text()).isEqualTo(Long.toString(largest));
        assertThat(cell.share()).isEqualTo(1.0);
        int motivation = index(matrix, "Motivation");
        int responsibility = index(matrix, "Social responsibility");
        assertThat(viewModel.cell(motivation, responsibility).share()).isEqualTo(11.0 / largest);
        assertThat(viewModel.cell(motivation, motivation).kind()).isEqualTo(MatrixCell.Kind.DIAGONAL);
        assertThat(viewModel.cell(motivation, index(matrix, "Covid")).text()).isEmpty();
    }

    @Test
    void cellsBelowTheThresholdAreGreyedButKeepTheirValue() {
        CooccurrenceViewModel viewModel = open();
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        int motivation = index(matrix, "Motivation");
        int empowerment = index(matrix, "Empowerment");
        assertThat(viewModel.cell(motivation, empowerment).text()).isEqualTo("1");
        assertThat(viewModel.cell(motivation, empowerment).belowThreshold()).isFalse();

        viewModel.thresholdProperty().set(2);

        assertThat(viewModel.cell(motivation, empowerment).belowThreshold()).isTrue();
        assertThat(viewModel.cell(motivation, empowerment).text()).isEqualTo("1");
        assertThat(viewModel.cell(motivation, index(matrix, "Social responsibility")).belowThreshold()).isFalse();
    }

    @Test
    void cCoefficientsShowTwoDecimalsAndTheThresholdStartsAgain() {
        CooccurrenceViewModel viewModel = open();
        viewModel.thresholdProperty().set(3);
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        int motivation = index(matrix, "Motivation");
        int responsibility = index(matrix, "Social responsibility");

        viewModel.measureProperty().set(CooccurrenceMeasure.C_COEFFICIENT);

        assertThat(viewModel.thresholdProperty().get()).isZero();
        double c = matrix.coefficient(motivation, responsibility).orElseThrow();
        assertThat(viewModel.cell(motivation, responsibility).text())
                .isEqualTo(org.grounded.analysis.Decimals.twoPlaces(c));
        assertThat(viewModel.largestProperty().get()).isLessThanOrEqualTo(1.0).isPositive();
    }

    @Test
    void choosingACellListsTheOverlappingPassagesBehindItsCount() {
        CooccurrenceViewModel viewModel = open();
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        int motivation = index(matrix, "Motivation");
        int responsibility = index(matrix, "Social responsibility");

        viewModel.selectPair(motivation, responsibility);

        assertThat(viewModel.pairs()).hasSize(11);
        assertThat(viewModel.pairTitleProperty().get())
                .isEqualTo("Motivation × Social responsibility: 11 overlapping pairs");
        var expected = Cooccurrences.pairs(project, CooccurrenceRequest.allCodes(), code("Motivation"),
                code("Social responsibility"));
        assertThat(viewModel.pairs()).extracting(PassageCard::quotationId)
                .containsExactlyElementsOf(expected.stream().map(pair -> pair.first().quotation().id()).toList());
        assertThat(viewModel.pairs().get(0).codes()).extracting(PassageCard.CodeTag::name)
                .containsExactly("Motivation", "Social responsibility");
    }

    @Test
    void theDiagonalHasNoPassages() {
        CooccurrenceViewModel viewModel = open();
        viewModel.selectPair(0, 1);

        viewModel.selectPair(2, 2);

        assertThat(viewModel.pairs()).isEmpty();
        assertThat(viewModel.pairTitleProperty().get()).isEmpty();
    }

    @Test
    void aDrillDownThatArrivesAfterANewerOneIsDropped() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        CooccurrenceViewModel viewModel = open(deferred);
        deferred.runAll();
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        viewModel.selectPair(index(matrix, "Motivation"), index(matrix, "Social responsibility"));
        viewModel.selectPair(index(matrix, "Motivation"), index(matrix, "Empowerment"));

        deferred.run(1);
        deferred.run(0);

        assertThat(viewModel.pairs()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "MARKDOWN"})
    void exportingWritesTheWholeMatrixInTheChosenMeasure(ExportFormat format) throws IOException {
        // SmallStudy coded as in AnalysisCommandsTest: only Duty and Fears meet, once;
        // n(Duty) = 1, n(Fears) = 3, so c = 1 / (1 + 3 - 1) = 0.33 and every other pair is 0.
        SmallStudy study = new SmallStudy();
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty, study.fears);
        study.code(study.focusGroup, "Because", study.agency);
        CooccurrenceViewModel viewModel = new CooccurrenceViewModel(AnalysisFixture.workspaceWith(study.project),
                dialogs, new CurrentThreadTaskExecutor(), clipboard);
        viewModel.setActive(true);
        viewModel.measureProperty().set(CooccurrenceMeasure.C_COEFFICIENT);
        viewModel.thresholdProperty().set(0.3);
        dialogs.saveFiles.push(Optional.of(folder.resolve("matrix")));

        viewModel.export(format);

        String text = Files.readString(folder.resolve("matrix." + format.extension()), StandardCharsets.UTF_8);
        if (format == ExportFormat.CSV) {
            assertThat(text).isEqualTo("""
                    code,Motivation,Empowerment,Agency,Duty,Fears\r
                    Motivation,,0,0,0,0\r
                    Empowerment,0,,0,0,0\r
                    Agency,0,0,,0,0\r
                    Duty,0,0,0,,0.33\r
                    Fears,0,0,0,0.33,\r
                    """);
        } else {
            assertThat(text).contains("| Duty | 0 | 0 | 0 |  | 0.33 |").contains("| Fears | 0 | 0 | 0 | 0.33 |  |");
        }
    }

    @Test
    void exportingAnExcelWorkbookWritesOne() throws IOException {
        CooccurrenceViewModel viewModel = open();
        dialogs.saveFiles.push(Optional.of(folder.resolve("matrix.xlsx")));

        viewModel.export(ExportFormat.XLSX);

        byte[] bytes = Files.readAllBytes(folder.resolve("matrix.xlsx"));
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void copyingPutsTheMatrixOnTheClipboard() {
        CooccurrenceViewModel viewModel = open();

        viewModel.copy();

        assertThat(clipboard.last()).isEqualTo(CooccurrenceExport.text(viewModel.matrixProperty().get(),
                CooccurrenceMeasure.COUNT, ExportFormat.TSV));
    }
}
