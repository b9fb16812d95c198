package org.grounded.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.junit.jupiter.api.Test;

class CodeTreeViewModelTest {

    @Test
    void categoriesCountTheQuotationsOfTheirSubCodesOnce() {
        Project project = Project.create("Study");
        Code milk = Code.of("Significance of milk", "#E0A100");
        Code gold = Code.of("Liquid gold", "#F2C14E").withParent(milk.id());
        Code gift = Code.of("Gift of life", "#E38B29").withParent(milk.id());
        Code fears = Code.of("Fears", "#C8553D");
        Document document = Document.of("Ana", "La leche es oro líquido y un regalo de vida.");
        project.apply(EntityEdit.builder("Setup").add(milk).add(gold).add(gift).add(fears).add(document)
                .add(Quotation.of(document.id(), 0, 8, List.of(gold.id(), gift.id()), "lucía"))
                .add(Quotation.of(document.id(), 9, 20, List.of(gold.id()), "lucía"))
                .add(Quotation.of(document.id(), 21, 30, List.of(milk.id()), "lucía"))
                .build());
        Workspace workspace = new Workspace();
        CodeTreeViewModel viewModel = new CodeTreeViewModel(new Editor(workspace, new StubDialogService()));

        workspace.setSession(ProjectSession.untitled(project));

        List<CodeNode> roots = viewModel.roots();
        assertThat(roots).extracting(CodeNode::name).containsExactly("Significance of milk", "Fears");
        CodeNode category = roots.get(0);
        assertThat(category.isCategory()).isTrue();
        assertThat(category.quotations()).as("own 1 + gold 2 + gift 1, the shared one counted once").isEqualTo(3);
        assertThat(category.children()).extracting(CodeNode::name, CodeNode::quotations)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Liquid gold", 2),
                        org.assertj.core.groups.Tuple.tuple("Gift of life", 1));
        assertThat(roots.get(1).quotations()).isZero();
    }

    @Test
    void theTreeFollowsEditsAndUndo() {
        Project project = Project.create("Study");
        Workspace workspace = new Workspace();
        CodeTreeViewModel viewModel = new CodeTreeViewModel(new Editor(workspace, new StubDialogService()));
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);

        session.undoManager().perform(EntityEdit.add("Add code", Code.of("Hope", "#7A9E3B")));
        assertThat(viewModel.roots()).extracting(CodeNode::name).containsExactly("Hope");

        session.undoManager().undo();
        assertThat(viewModel.roots()).isEmpty();
    }
}
