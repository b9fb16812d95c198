package org.grounded.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.undo.UndoManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A coding action changes the counts of the codes it names and of the categories above them: the
 * tree keeps its items (and so its selection, scroll and collapsed categories), only those codes'
 * items get new values, and their cells show the new counts; a new code rebuilds the items.
 */
@ExtendWith(ApplicationExtension.class)
class CodeTreeViewTest {

    private final Code milk = Code.of("Significance of milk", "#E0A100");
    private final Code gold = Code.of("Liquid gold", "#F2C14E").withParent(milk.id());
    private final Code gift = Code.of("Gift of life", "#E38B29").withParent(milk.id());
    private final Code fears = Code.of("Fears", "#C8553D");
    private final Code hope = Code.of("Hope", "#3D8BC8");
    private final Document document = Document.of("Ana", "La leche es oro líquido y un regalo de vida, dijo Ana.");
    private Project project;
    private UndoManager undo;
    private TreeView<CodeNode> tree;

    @Start
    void start(Stage stage) {
        project = Project.create("Study");
        project.apply(EntityEdit.builder("Setup").add(milk).add(gold).add(gift).add(fears).add(hope).add(document)
                .add(Quotation.of(document.id(), 0, 8, List.of(gold.id()), "lucía"))
                .add(Quotation.of(document.id(), 9, 20, List.of(fears.id()), "lucía"))
                .build());
        Workspace workspace = new Workspace();
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);
        undo = session.undoManager();
        CodeTreeView view = new CodeTreeView(new CodeTreeViewModel(new Editor(workspace, new StubDialogService())));
        Scene scene = new Scene(view, 360, 400);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        @SuppressWarnings("unchecked")
        TreeView<CodeNode> found = (TreeView<CodeNode>) scene.lookup("#code-tree");
        tree = found;
    }

    @Test
    void aCodingActionGivesNewValuesOnlyToTheCodesItCountsAndTheirCellsShowThem(FxRobot robot) {
        List<TreeItem<CodeNode>> itemsBefore = items();
        assertThat(countShown(gift.id())).isEqualTo("0");
        robot.interact(() -> tree.getRoot().getChildren().get(0).setExpanded(false));
        robot.interact(() -> tree.getSelectionModel().select(item(hope.id())));
        CodeNode hopeBefore = item(hope.id()).getValue();
        CodeNode fearsBefore = item(fears.id()).getValue();

        robot.interact(() -> undo.perform(EntityEdit.add("Code", Quotation.of(document.id(), 21, 30,
                List.of(gift.id()), "lucía"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(items()).as("the same items, in the same places").containsExactlyElementsOf(itemsBefore);
        assertThat(item(hope.id()).getValue()).as("a code the coding left alone keeps its value").isSameAs(hopeBefore);
        assertThat(item(fears.id()).getValue()).isSameAs(fearsBefore);
        assertThat(item(gift.id()).getValue().direct()).isEqualTo(1);
        assertThat(item(milk.id()).getValue().quotations()).as("the category above counts it").isEqualTo(2);
        assertThat(item(milk.id()).isExpanded()).as("a collapsed category stays collapsed").isFalse();
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(item(hope.id()));
        assertThat(totalShown(milk.id())).isEqualTo("Σ 2");

        robot.interact(() -> item(milk.id()).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(countShown(gift.id())).isEqualTo("1");

        robot.interact(undo::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(countShown(gift.id())).as("undo shows the count as it was").isEqualTo("0");
        assertThat(totalShown(milk.id())).isEqualTo("Σ 1");
        assertThat(items()).containsExactlyElementsOf(itemsBefore);
    }

    @Test
    void aRenameShowsTheNewNameAndANewCodeRebuildsTheItems(FxRobot robot) {
        List<TreeItem<CodeNode>> itemsBefore = items();
        robot.interact(() -> undo.perform(EntityEdit.update("Rename", hope, hope.withName("Hope and trust"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items()).containsExactlyElementsOf(itemsBefore);
        assertThat(((CodeNode) cell(hope.id()).getItem()).name()).isEqualTo("Hope and trust");
        assertThat(labels(cell(hope.id()), "code-name")).isEqualTo("Hope and trust");

        robot.interact(() -> undo.perform(EntityEdit.add("New code", Code.of("Trust", "#22AA22"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getRoot().getChildren()).extracting(item -> item.getValue().name())
                .containsExactly("Significance of milk", "Fears", "Hope and trust", "Trust");
    }

    private List<TreeItem<CodeNode>> items() {
        List<TreeItem<CodeNode>> all = new ArrayList<>();
        collect(tree.getRoot(), all);
        return all;
    }

    private static void collect(TreeItem<CodeNode> item, List<TreeItem<CodeNode>> all) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            all.add(child);
            collect(child, all);
        }
    }

    private TreeItem<CodeNode> item(UUID codeId) {
        return items().stream().filter(item -> item.getValue().id().equals(codeId)).findFirst().orElseThrow();
    }

    private TreeCell<?> cell(UUID codeId) {
        return tree.lookupAll(".tree-cell").stream().map(node -> (TreeCell<?>) node)
                .filter(cell -> !cell.isEmpty() && cell.getItem() instanceof CodeNode node && node.id().equals(codeId))
                .findFirst().orElseThrow(() -> new AssertionError("no cell shows " + codeId));
    }

    private String countShown(UUID codeId) {
        return labels(cell(codeId), "code-count");
    }

    private String totalShown(UUID codeId) {
        return labels(cell(codeId), "code-total");
    }

    private static String labels(TreeCell<?> cell, String styleClass) {
        return cell.lookupAll("." + styleClass).stream().map(node -> ((Label) node).getText()).findFirst()
                .orElseThrow();
    }
}
