package org.grounded.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.grounded.model.TextSpan;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchStudy;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
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

    @BeforeEach
    void open() {
        session = ProjectSession.untitled(study.project);
        workspace.setSession(session);
        viewModel = new SearchViewModel(editor, new CurrentThreadTaskExecutor(), CoderName.of("Rosa"), TestServices.CLOCK,
                (document, span) -> revealed = span, file -> SearchIndex.inMemory());
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
}
