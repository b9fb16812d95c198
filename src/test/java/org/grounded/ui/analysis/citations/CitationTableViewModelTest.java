package org.grounded.ui.analysis.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.grounded.analysis.SmallStudy;
import org.grounded.analysis.citations.AttributeCondition;
import org.grounded.analysis.citations.CitationFilter;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.citations.ColumnKind;
import org.grounded.analysis.citations.ColumnsBy;
import org.grounded.analysis.citations.RowCodes;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.analysis.citations.SortDirection;
import org.grounded.analysis.citations.SubCodes;
import org.grounded.export.table.CitationTableExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.MarksDisplay;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.grounded.ui.task.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CitationTableViewModelTest {

    @TempDir
    Path folder;

    private final Project project = AnalysisFixture.sample();
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();

    private CitationTableViewModel open(TaskExecutor taskExecutor) {
        CitationTableViewModel viewModel = new CitationTableViewModel(workspace, dialogs, taskExecutor, clipboard);
        viewModel.setActive(true);
        return viewModel;
    }

    private CitationTableViewModel open() {
        return open(executor);
    }

    private UUID group(String name) {
        return project.groups().stream().filter(group -> group.name().equals(name)).findFirst().orElseThrow().id();
    }

    private <T> Choice<T> choice(List<Choice<T>> choices, String label) {
        return choices.stream().filter(choice -> choice.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void untouchedOptionsAskForTheDefaultTable() {
        CitationTableViewModel viewModel = open();

        assertThat(viewModel.options().request()).isEqualTo(CitationTableRequest.defaults());
        assertThat(viewModel.table().orElseThrow())
                .isEqualTo(CitationTables.compute(project, CitationTableRequest.defaults()));
    }

    @Test
    void everyOptionReachesTheRequest() {
        CitationTableViewModel viewModel = open();
        CitationOptions options = viewModel.options();

        options.columnsProperty().set(ColumnKind.ATTRIBUTE);
        options.columnAttributeProperty().set("role");
        options.rowsProperty().set(RowCodes.CATEGORIES);
        options.levelProperty().set(choice(options.levels(), "Axial coding"));
        options.includeSubCodesProperty().set(false);
        options.topProperty().set(3);
        options.documentGroupProperty().set(choice(options.documentGroups(), "Interviews"));
        options.participantGroupProperty().set(choice(options.participantGroups(), "donor only"));
        options.filterAttributeProperty().set(choice(options.filterAttributes(), "country"));
        options.filterValueProperty().set("Mexico");

        CitationTableRequest expected = new CitationTableRequest(ColumnsBy.attribute("role"), RowCodes.CATEGORIES,
                SubCodes.EXCLUDED, CitationFilter.NONE.withLevels(List.of(CodingLevel.AXIAL))
                .withDocumentGroups(List.of(group("Interviews"))).withParticipantGroups(List.of(group("donor only")))
                .withAttributeConditions(List.of(new AttributeCondition("country", "Mexico"))), 3, RowOrder.codeTree());
        assertThat(options.request()).isEqualTo(expected);
        assertThat(viewModel.table().orElseThrow().request()).isEqualTo(expected);
    }

    @Test
    void theAttributeFilterOffersTheValuesOfTheChosenAttribute() {
        CitationOptions options = open().options();

        options.filterAttributeProperty().set(choice(options.filterAttributes(), "role"));

        assertThat(options.filterValues()).containsExactly("donor only", "recipient only", "both");
        assertThat(options.filterValueProperty().get()).isEqualTo("donor only");
    }

    @Test
    void columnsByParticipantGroupShowOneColumnPerGroup() {
        CitationTableViewModel viewModel = open();

        viewModel.options().columnsProperty().set(ColumnKind.PARTICIPANT_GROUP);

        assertThat(viewModel.table().orElseThrow().columns()).extracting(column -> column.label())
                .containsExactly("donor only", "recipient only", "both");
    }

    @Test
    void aCodeGroupDeletedMeanwhileFallsBackToAllCodes() {
        Group hopes = Group.of("Hopes", GroupKind.CODE, Set.of(project.codeNamed("Motivation").orElseThrow().id()));
        workspace.session().orElseThrow().undoManager().perform(EntityEdit.add("Add group", hopes));
        CitationTableViewModel viewModel = open();
        viewModel.options().codeGroupProperty().set(choice(viewModel.options().codeGroups(), "Hopes"));
        assertThat(viewModel.table().orElseThrow().rows()).hasSize(1);

        workspace.session().orElseThrow().undoManager().undo();
        executor.runScheduled();

        assertThat(viewModel.options().codeGroupProperty().get()).isEqualTo(CitationOptions.allCodes());
        assertThat(viewModel.table().orElseThrow().rows()).hasSize(project.codes().size());
    }

    @Test
    void columnsByAttributeInAProjectWithoutAttributesSayWhy() {
        workspace.setSession(org.grounded.ui.session.ProjectSession.untitled(Project.create("Empty")));
        CitationTableViewModel viewModel = open();

        viewModel.options().columnsProperty().set(ColumnKind.ATTRIBUTE);

        assertThat(viewModel.table()).isEmpty();
        assertThat(viewModel.problemProperty().get()).contains("no participant attributes");
    }

    @Test
    void editsAreRecountedAfterAPause() {
        CitationTableViewModel viewModel = open();
        Code motivation = project.codeNamed("Motivation").orElseThrow();
        Quotation quotation = project.quotations().stream().filter(q -> !q.hasCode(motivation.id())).findFirst()
                .orElseThrow();
        int before = viewModel.table().orElseThrow().row(motivation.id()).orElseThrow().total().count();

        List<UUID> codes = new java.util.ArrayList<>(quotation.codeIds());
        codes.add(motivation.id());
        workspace.session().orElseThrow().undoManager().perform(
                EntityEdit.update("Code", quotation, quotation.withCodes(codes)));
        assertThat(viewModel.table().orElseThrow().row(motivation.id()).orElseThrow().total().count())
                .isEqualTo(before);
        executor.runScheduled();

        assertThat(viewModel.table().orElseThrow().row(motivation.id()).orElseThrow().total().count())
                .isEqualTo(before + 1);
    }

    @Test
    void aTableCountedForOlderOptionsIsDropped() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        CitationTableViewModel viewModel = open(deferred);
        viewModel.options().topProperty().set(2);
        viewModel.options().topProperty().set(3);

        deferred.run(2);
        deferred.run(0);
        deferred.run(0);

        assertThat(viewModel.table().orElseThrow().top()).isEqualTo(3);
    }

    static Stream<RowOrder> orders() {
        return Stream.of(RowOrder.byTotal(SortDirection.DESCENDING), RowOrder.byTotal(SortDirection.ASCENDING),
                RowOrder.byName(SortDirection.ASCENDING), RowOrder.byName(SortDirection.DESCENDING),
                RowOrder.codeTree());
    }

    @ParameterizedTest
    @MethodSource("orders")
    void sortingGivesTheRowsTheAnalysisWouldHaveOrderedWithTheirRanksAndMarks(RowOrder order) {
        CitationTableViewModel viewModel = open();

        viewModel.orderProperty().set(order);

        CitationTable oracle = CitationTables.compute(project, CitationTableRequest.defaults().withOrder(order));
        assertThat(viewModel.table().orElseThrow()).isEqualTo(oracle);
    }

    @Test
    void sortingByAParticipantsColumnMatchesTheAnalysis() {
        CitationTableViewModel viewModel = open();
        String maria = viewModel.table().orElseThrow().columns().get(0).key();
        RowOrder order = RowOrder.byColumn(maria, SortDirection.DESCENDING);

        viewModel.orderProperty().set(order);

        assertThat(viewModel.table().orElseThrow())
                .isEqualTo(CitationTables.compute(project, CitationTableRequest.defaults().withOrder(order)));
    }

    @Test
    void sortingByAColumnThatIsGoneReturnsToTheCodeTree() {
        CitationTableViewModel viewModel = open();
        String maria = viewModel.table().orElseThrow().columns().get(0).key();
        viewModel.orderProperty().set(RowOrder.byColumn(maria, SortDirection.DESCENDING));

        viewModel.options().columnsProperty().set(ColumnKind.DOCUMENT);

        assertThat(viewModel.orderProperty().get()).isEqualTo(RowOrder.codeTree());
        assertThat(viewModel.table().orElseThrow().columns()).hasSize(project.documents().size());
    }

    @Test
    void choosingACellListsItsQuotationsInContext() {
        CitationTableViewModel viewModel = open();
        CitationTable table = viewModel.table().orElseThrow();
        CitationRow motivation = table.row(project.codeNamed("Motivation").orElseThrow().id()).orElseThrow();
        String maria = table.columns().get(0).key();

        viewModel.selectCell(CitationCellKey.column(motivation.code().id(), maria));

        List<Quotation> counted = motivation.cell(0).quotations();
        assertThat(viewModel.cellTitleProperty().get()).isEqualTo("Motivation · María: " + counted.size() + " quotations");
        assertThat(viewModel.passages()).extracting(PassageCard::quotationId)
                .containsExactlyElementsOf(counted.stream().map(Quotation::id).toList());
        Quotation first = counted.get(0);
        String text = project.document(first.documentId()).orElseThrow().text();
        assertThat(viewModel.passages().get(0).passage())
                .isEqualTo(text.substring(first.start(), first.end()).replaceAll("\\s+", " "));
        assertThat(viewModel.passages().get(0).source()).isEqualTo("01-maria · María");
    }

    @Test
    void theChosenCellStaysChosenWhenTheTableIsSorted() {
        CitationTableViewModel viewModel = open();
        UUID fears = project.codeNamed("Fears").orElseThrow().id();
        viewModel.selectCell(CitationCellKey.total(fears));
        int count = viewModel.passages().size();

        viewModel.orderProperty().set(RowOrder.byTotal(SortDirection.DESCENDING));

        assertThat(viewModel.selectedCellProperty().get()).isEqualTo(CitationCellKey.total(fears));
        assertThat(viewModel.passages()).hasSize(count);
    }

    @Test
    void openingAPassageSelectsItsQuotationInTheTranscriptViewer() {
        CitationTableViewModel viewModel = open();
        viewModel.selectCell(CitationCellKey.total(project.codeNamed("Covid").orElseThrow().id()));
        PassageCard card = viewModel.passages().get(1);

        viewModel.open(card);

        assertThat(workspace.selectedDocumentProperty().get()).isEqualTo(card.documentId());
        assertThat(workspace.selectedQuotationProperty().get()).isEqualTo(card.quotationId());
    }

    /** SmallStudy coded as in AnalysisCommandsTest; its table there was worked out by hand. */
    private CitationTableViewModel smallStudy() {
        SmallStudy study = new SmallStudy();
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty, study.fears);
        study.code(study.focusGroup, "Because", study.agency);
        CitationTableViewModel viewModel = new CitationTableViewModel(AnalysisFixture.workspaceWith(study.project),
                dialogs, executor, clipboard);
        viewModel.setActive(true);
        return viewModel;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "MARKDOWN", "HTML"})
    void exportingWritesTheTableAsShownInTheChosenTextFormat(ExportFormat format) throws IOException {
        CitationTableViewModel viewModel = smallStudy();
        viewModel.orderProperty().set(RowOrder.byTotal(SortDirection.DESCENDING));
        dialogs.saveFiles.push(Optional.of(folder.resolve("table 2")));

        Optional<Path> written = viewModel.export(format);

        Path file = folder.resolve("table 2." + format.extension());
        assertThat(written).contains(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (format == ExportFormat.CSV) {
            // Fears (Bea 3) first, then Motivation (Ana 1, Bea 1); the ties at 1 keep the code tree's order.
            assertThat(text).isEqualTo("""
                    code,rank,Ana,Lim,Bea,total\r
                    Fears,1,0,0,3,3\r
                    Motivation,2,1,0,1,2\r
                    Empowerment,3,1,0,0,1\r
                    Agency,3,1,0,0,1\r
                    Duty,3,0,0,1,1\r
                    """);
        } else {
            assertThat(text).containsSubsequence("Fears", "Motivation", "Empowerment", "Agency", "Duty");
        }
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved table 2." + format.extension());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void exportingAnExcelWorkbookWritesOne() throws IOException {
        CitationTableViewModel viewModel = open();
        dialogs.saveFiles.push(Optional.of(folder.resolve("citations.xlsx")));

        viewModel.export(ExportFormat.XLSX);

        byte[] bytes = Files.readAllBytes(folder.resolve("citations.xlsx"));
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(folder.resolve("citations.xlsx.xlsx")).doesNotExist();
    }

    @Test
    void cancellingTheFileChooserWritesNothing() throws IOException {
        CitationTableViewModel viewModel = open();

        assertThat(viewModel.export(ExportFormat.CSV)).isEmpty();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExportThatCannotBeWrittenNamesTheFile() {
        CitationTableViewModel viewModel = open();
        Path nowhere = folder.resolve("missing folder").resolve("table.csv");
        dialogs.saveFiles.push(Optional.of(nowhere));

        viewModel.export(ExportFormat.CSV);

        assertThat(dialogs.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains(nowhere
                .toString()));
    }

    @Test
    void copyingPutsTheMarkedTableOnTheClipboardAsTabSeparatedText() {
        CitationTableViewModel viewModel = open();

        viewModel.copy();

        assertThat(clipboard.last()).isEqualTo(CitationTableExport.tabSeparated(viewModel.table().orElseThrow(),
                MarksDisplay.SHOWN));
        assertThat(clipboard.last()).startsWith("code\trank\tMaría\t").contains("116**");
    }
}
