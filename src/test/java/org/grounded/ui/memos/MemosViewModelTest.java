package org.grounded.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.MemoKind;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemosViewModelTest {

    private final Workspace workspace = new Workspace();
    private final MemosViewModel viewModel = new MemosViewModel(new Editor(workspace, new StubDialogService()),
            CoderName.of("Rosa"), TestServices.CLOCK);
    private final Code fears = Code.of("Fears", "#C8553D");
    private final Document interview = Document.of("01-maria", "Me daba miedo donar.");
    private Project project;

    @BeforeEach
    void open() {
        project = Project.create("Study");
        project.apply(EntityEdit.builder("Setup").add(fears).add(interview).build());
        workspace.setSession(ProjectSession.untitled(project));
    }

    private Memo only() {
        assertThat(project.memos()).hasSize(1);
        return project.memos().iterator().next();
    }

    @Test
    void aFieldNoteIsAProjectMemoTitledWithTheDayByTheCoder() {
        viewModel.create(MemoKind.FIELD_NOTE, Set.of());

        Memo note = only();
        assertThat(note.title()).startsWith("Field note, ").contains("2024");
        assertThat(note.author()).isEqualTo("Rosa");
        assertThat(note.linkedIds()).isEmpty();
        assertThat(viewModel.detailsProperty().get().id()).isEqualTo(note.id());
        assertThat(viewModel.rows()).extracting(MemosViewModel.MemoRow::about).containsExactly("Project");
    }

    @Test
    void aMemoAboutTheSelectedCodeIsLinkedToItAndSaysSo() {
        viewModel.createAboutCode(fears.id());

        assertThat(only().linkedIds()).containsExactly(fears.id());
        assertThat(viewModel.detailsProperty().get().links()).extracting(MemosViewModel.Link::label)
                .containsExactly("Code: Fears");
    }

    @Test
    void theTitleAndTheTextAreEditedSeparatelyAndEachIsOneUndoableStep() {
        viewModel.create(MemoKind.JOURNAL, Set.of());
        Memo journal = only();

        viewModel.retitle(journal.id(), "Day one");
        viewModel.rewrite(journal.id(), "The mothers trust the group more than the hospital.");

        assertThat(only()).extracting(Memo::title, Memo::text)
                .containsExactly("Day one", "The mothers trust the group more than the hospital.");
        workspace.session().orElseThrow().undoManager().undo();
        assertThat(only()).extracting(Memo::title, Memo::text).containsExactly("Day one", "");
    }

    @Test
    void searchingFindsMemosByTitleOrTextIgnoringAccents() {
        viewModel.create(MemoKind.MEMO, Set.of());
        viewModel.rewrite(only().id(), "La confianza crece en el grupo.");
        workspace.selectedDocumentProperty().set(interview.id());
        viewModel.createAboutDocument();

        viewModel.queryProperty().set("CONFIANZA");

        assertThat(viewModel.rows()).hasSize(1);
        viewModel.queryProperty().set("");
        assertThat(viewModel.rows()).hasSize(2);
    }

    @Test
    void theListCanBeNarrowedToProjectMemosOrToWhatIsSelected() {
        viewModel.create(MemoKind.MEMO, Set.of());
        viewModel.createAboutCode(fears.id());
        workspace.selectedDocumentProperty().set(interview.id());
        viewModel.createAboutDocument();

        viewModel.scopeProperty().set(MemosViewModel.Scope.PROJECT);
        assertThat(viewModel.rows()).extracting(MemosViewModel.MemoRow::about).containsExactly("Project");
        viewModel.scopeProperty().set(MemosViewModel.Scope.CODE);
        assertThat(viewModel.rows()).isEmpty();
        workspace.selectedCodeProperty().set(fears.id());
        assertThat(viewModel.rows()).extracting(MemosViewModel.MemoRow::about).containsExactly("Code: Fears");
        viewModel.scopeProperty().set(MemosViewModel.Scope.DOCUMENT);
        assertThat(viewModel.rows()).extracting(MemosViewModel.MemoRow::about).containsExactly("Document: 01-maria");
    }

    @Test
    void aNewMemoHiddenByTheSearchClearsTheSearchSoItIsSeen() {
        viewModel.queryProperty().set("nothing like this");

        viewModel.create(MemoKind.MEMO, Set.of());

        assertThat(viewModel.queryProperty().get()).isEmpty();
        assertThat(viewModel.rows()).extracting(MemosViewModel.MemoRow::id).containsExactly(only().id());
    }

    @Test
    void unlinkingKeepsTheMemoAboutTheRest() {
        viewModel.create(MemoKind.MEMO, Set.of(fears.id(), interview.id()));

        viewModel.unlink(only().id(), fears.id());

        assertThat(only().linkedIds()).containsExactly(interview.id());
        viewModel.delete(only().id());
        assertThat(project.memos()).isEmpty();
        assertThat(viewModel.detailsProperty().get()).isNull();
        assertThat(List.copyOf(viewModel.rows())).isEmpty();
    }

    @Test
    void aMemoBecomesAFieldNoteInOneUndoableStepAndTheListSaysSo() {
        viewModel.create(MemoKind.MEMO, Set.of());
        Memo memo = only();
        assertThat(memo.kind()).isEqualTo(MemoKind.MEMO);

        viewModel.changeKind(memo.id(), MemoKind.FIELD_NOTE);

        assertThat(only().kind()).isEqualTo(MemoKind.FIELD_NOTE);
        assertThat(only().title()).isEqualTo(memo.title());
        assertThat(viewModel.detailsProperty().get().kind()).isEqualTo(MemoKind.FIELD_NOTE);
        assertThat(viewModel.rows()).extracting(MemosViewModel.MemoRow::kind).containsExactly(MemoKind.FIELD_NOTE);
        workspace.session().orElseThrow().undoManager().undo();
        assertThat(only().kind()).isEqualTo(MemoKind.MEMO);
        assertThat(viewModel.detailsProperty().get().kind()).isEqualTo(MemoKind.MEMO);
    }

    @Test
    void aJournalEntryIsMadeAsAJournalEntry() {
        viewModel.create(MemoKind.JOURNAL, Set.of());

        assertThat(only().kind()).isEqualTo(MemoKind.JOURNAL);
        assertThat(only().title()).startsWith("Reflective journal, ");
    }
}
