package org.grounded.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.TextSpan;
import org.grounded.model.edits.ImportEdits;
import org.grounded.search.IndexUpdate;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchStudy;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search window's view model without a stage: rows, restriction to the open document, auto-coding, undo. */
class SearchViewModelTest {

    private final SearchStudy study = new SearchStudy();
    private final Workspace workspace = new Workspace();
    private final Editor editor = new Editor(workspace, new StubDialogService());
    private ProjectSession session;
    private SearchViewModel viewModel;
    private TextSpan revealed;
    /** The index the view model opened, to see how much work keeping it in step cost. */
    private SearchIndex opened;

    @BeforeEach
    void open() {
        session = ProjectSession.untitled(study.project);
        workspace.setSession(session);
        viewModel = new SearchViewModel(editor, new CurrentThreadTaskExecutor(), CoderName.of("Rosa"), TestServices.CLOCK,
                (document, span) -> revealed = span, file -> opened = SearchIndex.inMemory());
        viewModel.setActive(true);
    }

    private void search(String query) {
        viewModel.queryProperty().set(query);
        viewModel.search();
    }

    @Test
    void rowsShowTheHitsInContextWithTheirCounts() {
        search("bank OR banco");

        assertThat(viewModel.rows()).extracting(SearchRow::hit).containsExactly("banco", "banco", "bank", "bank", "bank");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("5 hits in 3 documents");
        SearchRow first = viewModel.rows().get(0);
        assertThat(first.left()).endsWith("Doné leche al ");
        assertThat(first.right()).startsWith(" de leche 👩🏽‍🍼 porque");
        assertThat(first.participant()).isEqualTo("María");

        viewModel.open(first);
        assertThat(revealed).isEqualTo(SearchStudy.at(study.spanish, "banco"));
    }

    @Test
    void thisDocumentOnlySearchesTheDocumentInTheViewer() {
        workspace.selectedDocumentProperty().set(study.malay.id());
        viewModel.thisDocumentOnlyProperty().set(true);
        search("bank OR banco");

        assertThat(viewModel.rows()).extracting(SearchRow::document).containsExactly("Temu bual Siti");
    }

    @Test
    void aQueryThatDoesNotParseClearsTheRowsAndSaysWhere() {
        search("milk");
        search("milk AND");

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.problemProperty().get()).startsWith("The search 'milk AND' does not parse").contains("column");
    }

    @Test
    void codingAllHitsIsOneUndoableStepAndTheRowsShowTheCode() {
        search("milk");
        int before = study.project.quotations().size();

        viewModel.codeHits(study.donation, List.of());

        assertThat(study.project.quotations()).hasSize(before + 3);
        assertThat(viewModel.messageProperty().get()).isEqualTo("'Donation': 3 new quotations, 0 already coded (Ctrl+Z undoes it)");
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.codes()).isEqualTo("Donation"));

        viewModel.codeHits(study.donation, List.of());
        assertThat(viewModel.messageProperty().get()).isEqualTo("'Donation': 0 new quotations, 3 already coded");

        session.undoManager().undo();
        assertThat(study.project.quotations()).hasSize(before);
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.codes()).isEmpty());
        assertThat(Optional.ofNullable(revealed)).isEmpty();
    }

    @Test
    void documentFilterKeepsTheChosenDocumentsAndTheMembersOfChosenGroups() {
        study.project.apply(org.grounded.model.EntityEdit.builder("Group").add(org.grounded.model.Group.of("Malay",
                org.grounded.model.GroupKind.DOCUMENT, java.util.Set.of(study.malay.id()))).build());
        List<SearchFilter> choices = viewModel.documentChoices();
        assertThat(choices).extracting(SearchFilter::label)
                .containsExactly("Entrevista María", "Interview Ana", "Temu bual Siti", "Group: Malay");

        viewModel.documentFilter().setAll(choices.get(0), choices.get(3));
        search("bank OR banco");

        assertThat(viewModel.rows()).extracting(SearchRow::document)
                .containsExactly("Entrevista María", "Entrevista María", "Temu bual Siti");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("3 hits in 2 documents");
    }

    @Test
    void participantFilterKeepsTheirWordsAndAGroupStandsForItsMembers() {
        study.project.apply(org.grounded.model.EntityEdit.builder("Group").add(org.grounded.model.Group.of("Donors",
                org.grounded.model.GroupKind.PARTICIPANT, java.util.Set.of(study.ana.id(), study.siti.id()))).build());
        search("bank OR banco");
        viewModel.participantFilter().setAll(viewModel.participantChoices().stream()
                .filter(choice -> choice.label().equals("Group: Donors")).toList());

        assertThat(viewModel.rows()).extracting(SearchRow::participant).containsExactly("Ana", "Ana", "Siti");
    }

    @Test
    void codeFilterFindsWhatACodeCaughtAndWhatItMissed() {
        search("milk");
        viewModel.codeHits(study.donation, viewModel.rows().subList(0, 2));
        viewModel.codeFilterProperty().set(study.donation);

        assertThat(viewModel.rows()).extracting(SearchRow::start).containsExactly(
                SearchStudy.at(study.english, "milk", 0).start(), SearchStudy.at(study.english, "milk", 1).start());

        viewModel.codeFilterKindProperty().set(org.grounded.search.CodeRestriction.Kind.NOT_CODED_WITH);
        assertThat(viewModel.rows()).extracting(SearchRow::start)
                .containsExactly(SearchStudy.at(study.english, "milk", 2).start());
    }

    @Test
    void switchingProjectsResetsTheFiltersSoNothingHiddenStillFilters() {
        search("milk");
        viewModel.codeFilterProperty().set(study.donation);
        viewModel.codeFilterKindProperty().set(org.grounded.search.CodeRestriction.Kind.NOT_CODED_WITH);
        viewModel.thisDocumentOnlyProperty().set(true);
        SearchStudy other = new SearchStudy();

        workspace.setSession(ProjectSession.untitled(other.project));

        assertThat(viewModel.codeFilterProperty().get()).isNull();
        assertThat(viewModel.codeFilterKindProperty().get()).isEqualTo(org.grounded.search.CodeRestriction.Kind.CODED_WITH);
        assertThat(viewModel.thisDocumentOnlyProperty().get()).isFalse();
        assertThat(viewModel.documentFilter()).isEmpty();
        assertThat(viewModel.participantFilter()).isEmpty();
        viewModel.search();
        assertThat(viewModel.rows().size()).as("every 'milk' of the English interview, none hidden by the old code")
                .isEqualTo(3);
    }

    private static final String LINA = "Lina: Guardé la leche en el refrigerador 🧊 hasta la donación.";

    private ImportEdits.ImportedDocument lina() {
        Document document = SearchStudy.document("Entrevista Lina", "es", LINA, "");
        return new ImportEdits.ImportedDocument(document, List.of(ImportEdits.ParticipantLink.speaker("Lina", "Lina")));
    }

    @Test
    void aDocumentImportedWhileTheProjectIsOpenIsIndexedAloneAndFoundByTheNextSearch() {
        search("milk");
        // The first search builds the index: the three documents of the study.
        assertThat(opened.totals()).isEqualTo(new IndexUpdate(3, 0, 0));

        ImportEdits.ImportedDocument imported = lina();
        session.undoManager().perform(ImportEdits.transcripts(study.project, List.of(imported)));

        // Indexed as it was imported, and only it: the other three were not looked at again.
        assertThat(opened.totals()).isEqualTo(new IndexUpdate(4, 0, 0));
        search("refrigerador");
        assertThat(viewModel.rows()).extracting(SearchRow::document, SearchRow::participant, SearchRow::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Entrevista Lina", "Lina",
                        LINA.indexOf("refrigerador")));
        assertThat(opened.totals()).as("the search found the index in step").isEqualTo(new IndexUpdate(4, 0, 0));
    }

    @Test
    void codingAndOtherEditsThatDoNotTouchTheTextCostTheIndexNothing() {
        search("milk");
        viewModel.codeHits(study.donation, List.of());
        session.undoManager().undo();
        search("bank");

        assertThat(opened.totals()).isEqualTo(new IndexUpdate(3, 0, 0));
    }

    @Test
    void aRemovedDocumentsHitsDisappearAndComeBackWithUndo() {
        search("bank OR banco");
        assertThat(viewModel.rows()).extracting(SearchRow::document).contains("Temu bual Siti");

        // As removing a document does: its speaker's participant lets go of it first.
        session.undoManager().perform(EntityEdit.builder("Remove").update(study.siti, study.siti.withSpeakers(Set.of()))
                .remove(study.malay).build());
        search("bank OR banco");
        assertThat(viewModel.rows()).extracting(SearchRow::document).doesNotContain("Temu bual Siti").hasSize(4);
        search("menderma");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(opened.totals()).isEqualTo(new IndexUpdate(3, 1, 0));

        session.undoManager().undo();
        search("menderma");
        assertThat(viewModel.rows()).extracting(SearchRow::document).containsExactly("Temu bual Siti");
        assertThat(opened.totals()).isEqualTo(new IndexUpdate(4, 1, 0));
    }

    @Test
    void aReimportedDocumentIsSearchedInItsNewText() {
        search("fridge");
        assertThat(viewModel.rows()).hasSize(1);

        Document reimported = SearchStudy.document(study.english.name(), "en",
                study.english.text().replace("fridge", "freezer"), "Interviewer");
        Document updated = new Document(study.english.id(), study.english.name(), reimported.text(),
                study.english.sourceFileName(), study.english.importedAt(), "en", study.english.attributes(),
                reimported.turns(), study.english.interviewers());
        session.undoManager().perform(EntityEdit.update("Re-import", study.english, updated));
        search("fridge");
        assertThat(viewModel.rows()).isEmpty();
        search("freezer");
        assertThat(viewModel.rows()).extracting(SearchRow::start)
                .containsExactly(updated.text().indexOf("freezer"));
        assertThat(opened.totals()).isEqualTo(new IndexUpdate(4, 0, 0));
    }

    @Test
    void editsBeforeTheFirstSearchAreTakenInByItsBuild() {
        session.undoManager().perform(ImportEdits.transcripts(study.project, List.of(lina())));
        assertThat(opened).as("no index is opened before a search").isNull();

        search("refrigerador");
        assertThat(viewModel.rows()).hasSize(1);
        assertThat(opened.totals()).isEqualTo(new IndexUpdate(4, 0, 0));
    }

    @Test
    void aSearchStartedBeforeTheImportsUpdateRanFindsTheImportAllTheSame() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        SearchViewModel deferred = new SearchViewModel(editor, executor, CoderName.of("Rosa"), TestServices.CLOCK,
                (document, span) -> { }, file -> opened = SearchIndex.inMemory());
        deferred.queryProperty().set("milk");
        deferred.search();
        executor.runAll();
        session.undoManager().perform(ImportEdits.transcripts(study.project, List.of(lina())));
        assertThat(executor.pendingCount()).as("the update of the index, in the background").isEqualTo(1);

        deferred.queryProperty().set("refrigerador");
        deferred.search();
        executor.run(1);

        assertThat(deferred.rows()).extracting(SearchRow::document).containsExactly("Entrevista Lina");
        executor.runAll();
        assertThat(opened.totals()).as("the late update found nothing left to do").isEqualTo(new IndexUpdate(4, 0, 0));
    }
}
