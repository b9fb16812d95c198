package org.grounded.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documents list of a study just opened shows every document at once, with "Counting
 * words…" until the background has counted them; what is edited meanwhile is shown as it is.
 */
class DocumentsViewModelTest {

    private final DeferredTaskExecutor background = new DeferredTaskExecutor();
    private final Workspace workspace = new Workspace();
    private final DocumentsViewModel viewModel = new DocumentsViewModel(workspace, background);
    private final Document ana = Document.of("Ana", "La leche es oro líquido, y un regalo de vida.");
    private final Document ben = Document.of("Ben", "Donor milk: 2 bottles a day.");
    private Project project;
    private ProjectSession session;

    @BeforeEach
    void open() {
        project = Project.create("Study");
        Code gift = Code.of("Gift", "#E38B29");
        project.apply(EntityEdit.builder("Setup").add(gift).add(ana).add(ben)
                .add(Quotation.of(ana.id(), 0, 8, List.of(gift.id()), "lucía")).build());
        session = ProjectSession.untitled(project);
        workspace.setSession(session);
    }

    @Test
    void rowsShowAtOnceAndTheirWordsOnceCounted() {
        assertThat(viewModel.documents()).extracting(DocumentsViewModel.DocumentItem::name,
                        DocumentsViewModel.DocumentItem::words, DocumentsViewModel.DocumentItem::quotations)
                .containsExactly(tuple("Ana", DocumentsViewModel.DocumentItem.NOT_COUNTED, 1),
                        tuple("Ben", DocumentsViewModel.DocumentItem.NOT_COUNTED, 0));
        assertThat(viewModel.documents().get(0).details()).isEqualTo("Counting words… · 1 quotation");
        assertThat(background.pendingCount()).as("one count for the whole study, however often the list refreshed")
                .isEqualTo(1);

        background.runAll();

        assertThat(viewModel.documents()).extracting(DocumentsViewModel.DocumentItem::name,
                DocumentsViewModel.DocumentItem::words).containsExactly(tuple("Ana", 10), tuple("Ben", 6));
        assertThat(viewModel.documents().get(1).details()).isEqualTo("6 words · 0 quotations");
    }

    @Test
    void aDocumentRenamedWhileCountingShowsItsNewNameAndItsWords() {
        session.undoManager().perform(EntityEdit.update("Rename", ben, ben.withName("Benjamín")));
        background.runAll();

        assertThat(viewModel.documents()).extracting(DocumentsViewModel.DocumentItem::name,
                DocumentsViewModel.DocumentItem::words).containsExactly(tuple("Ana", 10), tuple("Benjamín", 6));
    }

    @Test
    void aCountThatArrivesAfterTheStudyClosedIsDropped() {
        workspace.setSession(null);
        background.runAll();

        assertThat(viewModel.documents()).isEmpty();
    }
}
