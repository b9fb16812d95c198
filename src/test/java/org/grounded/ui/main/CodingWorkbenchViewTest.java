package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.HeadlessDrag;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.codes.CodeNode;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window through a coding session: selecting text with the mouse, coding it by
 * dragging a code from the tree and with the quick-code box, seeing the highlight and the
 * margin's bracket, undo and redo, merging codes, building a category, relating codes, writing a
 * memo, and finding all of it again after closing and reopening the project.
 */
@ExtendWith(ApplicationExtension.class)
class CodingWorkbenchViewTest {

    /** An interviewer's question of the first interview, which the fixture leaves uncoded. */
    private static final String QUESTION = "donar tu leche a otras mamás";

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Path projectFile;

    @Start
    void start(Stage stage) throws IOException {
        projectFile = folder.resolve("milk.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(6), projectFile);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    private void open(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Project project() {
        return viewModel.workspace().project().orElseThrow();
    }

    private Code code(String name) {
        return project().codeNamed(name).orElseThrow();
    }

    private InlineCssTextArea area(FxRobot robot) {
        return robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class);
    }

    /** Reads something from the window on its own thread. */
    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The screen point at the middle of a character's left or right edge. */
    private static Point2D edge(InlineCssTextArea area, int offset, boolean left) {
        Bounds bounds = fx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1)).orElseThrow();
        double x = left ? bounds.getMinX() + 1 : bounds.getMaxX() - 1;
        return new Point2D(x, (bounds.getMinY() + bounds.getMaxY()) / 2);
    }

    /** Selects a passage by dragging the mouse across it, as a researcher does; returns its offset. */
    private int selectWithTheMouse(FxRobot robot, String passage) {
        InlineCssTextArea area = area(robot);
        int start = area.getText().indexOf(passage);
        assertThat(start).as("'%s' is in the transcript", passage).isNotNegative();
        robot.interact(() -> area.showParagraphAtCenter(area.offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D from = edge(area, start, true);
        Point2D to = edge(area, start + passage.length() - 1, false);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo(passage);
        return start;
    }

    /** The code's row in the tree, scrolled into view. */
    private TreeCell<?> codeCell(FxRobot robot, String name) {
        @SuppressWarnings("unchecked")
        TreeView<CodeNode> tree = robot.lookup("#code-tree").queryAs(TreeView.class);
        int row = fx(() -> {
            for (int r = 0; r < tree.getExpandedItemCount(); r++) {
                TreeItem<CodeNode> item = tree.getTreeItem(r);
                if (item != null && item.getValue() != null && item.getValue().name().equals(name)) {
                    tree.scrollTo(Math.max(0, r - 2));
                    return r;
                }
            }
            return -1;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The tree keeps spare cells out of sight; the one shown has the item's row as its index.
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getIndex() == row)
                .filter(cell -> cell.getItem() instanceof CodeNode node && node.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No code '" + name + "' in the tree"));
    }

    /** A real drag-and-drop gesture with the mouse, from a node to a point of the screen. */
    private static void dragFromTo(FxRobot robot, Node from, Point2D to) {
        robot.interact(HeadlessDrag::forgetEarlierScenes);
        robot.drag(from, MouseButton.PRIMARY).dropTo(robot.point(to));
    }

    /** Opens a combo box and clicks the item with this text in its list. */
    private static void choose(FxRobot robot, String box, String item) {
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.ListCell<?> c && item.equals(c.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("No '" + item + "' in " + box));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Quotation> quotationAt(int start, int end) {
        return project().quotations().stream().filter(q -> q.start() == start && q.end() == end).findFirst();
    }

    private static boolean hasBracket(FxRobot robot, UUID quotationId) {
        return robot.lookup(".margin-bracket").queryAll().stream()
                .anyMatch(node -> quotationId.equals(node.getUserData()));
    }

    private static boolean tinted(InlineCssTextArea area, int offset, String colour) {
        return fx(() -> area.getStyleOfChar(offset)).contains(colour);
    }

    @Test
    void draggingACodeOntoASelectionCodesItAndUndoAndRedoTakeItBackAndForth(FxRobot robot) {
        open(robot);
        InlineCssTextArea area = area(robot);
        int start = selectWithTheMouse(robot, QUESTION);
        int end = start + QUESTION.length();
        Code fears = code("Fears");

        dragFromTo(robot, codeCell(robot, "Fears"), edge(area, start + 4, true));
        WaitForAsyncUtils.waitForFxEvents();

        Quotation coded = quotationAt(start, end).orElseThrow(() -> new AssertionError("The drop coded nothing"));
        assertThat(coded.codeIds()).containsExactly(fears.id());
        assertThat(coded.coder()).isEqualTo(TestServices.CODER);
        assertThat(tinted(area, start + 3, fears.colour())).isTrue();
        assertThat(hasBracket(robot, coded.id())).isTrue();
        assertThat(robot.lookup(".margin-label.selected .margin-code").queryAs(Label.class).getText())
                .isEqualTo("Fears");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotationAt(start, end)).isEmpty();
        assertThat(tinted(area, start + 3, fears.colour())).isFalse();
        assertThat(hasBracket(robot, coded.id())).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotationAt(start, end)).map(Quotation::codeIds).contains(List.of(fears.id()));
        assertThat(tinted(area, start + 3, fears.colour())).isTrue();
        assertThat(hasBracket(robot, coded.id())).isTrue();
    }

    @Test
    void theQuickCodeBoxAppliesAnExistingCodeOrMakesANewOne(FxRobot robot) {
        open(robot);
        int start = selectWithTheMouse(robot, QUESTION);

        robot.push(KeyCode.CONTROL, KeyCode.K).write("fea").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(quotationAt(start, start + QUESTION.length())).map(Quotation::codeIds)
                .contains(List.of(code("Fears").id()));

        String again = "Tuviste miedo o dudas al principio";
        int third = selectWithTheMouse(robot, again);
        robot.push(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotationAt(third, third + again.length())).map(Quotation::codeIds)
                .as("F4 applies the last code again").contains(List.of(code("Fears").id()));

        String other = "Cómo te apoyó el grupo de Facebook";
        int second = selectWithTheMouse(robot, other);
        robot.push(KeyCode.CONTROL, KeyCode.K).write("Group support").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Code made = code("Group support");
        assertThat(made.colour()).isNotEqualTo(Code.DEFAULT_COLOUR);
        Quotation quotation = quotationAt(second, second + other.length()).orElseThrow();
        assertThat(quotation.codeIds()).containsExactly(made.id());
        assertThat(hasBracket(robot, quotation.id())).isTrue();
        assertThat(robot.lookup("#apply-last-code").queryButton().getText()).isEqualTo("Again: Group support");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().codeNamed("Group support")).isEmpty();
        assertThat(quotationAt(second, second + other.length())).isEmpty();
    }

    @Test
    void clickingAHighlightSelectsItsQuotationAndTheInspectorShowsItsCodes(FxRobot robot) {
        open(robot);
        Quotation first = project().quotationsIn(viewModel.workspace().selectedDocumentProperty().get()).get(0);
        InlineCssTextArea area = area(robot);
        robot.interact(() -> area.showParagraphAtCenter(area.offsetToPosition(first.start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.point(edge(area, first.start() + 2, true)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.workspace().selectedQuotationProperty().get()).isEqualTo(first.id());
        List<String> chips = robot.lookup("#quotation-codes .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(chips).containsAll(first.codeIds().stream().map(id -> project().code(id).orElseThrow().name())
                .toList());
    }

    @Test
    void mergingTwoCodesMovesTheQuotationsToTheSurvivor(FxRobot robot) {
        open(robot);
        int covid = project().quotationCount(code("Covid").id());
        int obstacles = project().quotationCount(code("Obstacles").id());
        assertThat(covid).isPositive();
        dialogs.picks.push(Optional.of("Obstacles"));

        robot.clickOn(codeCell(robot, "Covid"));
        robot.clickOn("Coding").clickOn("Merge code into…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).extracting(StubDialogService.Shown::title).contains("Merge code");
        assertThat(project().codeNamed("Covid")).isEmpty();
        assertThat(project().quotationCount(code("Obstacles").id())).isEqualTo(covid + obstacles);
        assertThat(viewModel.state().undoTextProperty().get()).isEqualTo("Undo Merge 'Covid' into 'Obstacles'");
    }

    @Test
    void aCodeDroppedOnAnotherBecomesItsSubCodeAndTheCategoryCountsBoth(FxRobot robot) {
        open(robot);
        Code fears = code("Fears");
        Code motivation = code("Motivation");
        long both = project().quotations().stream()
                .filter(q -> q.hasCode(fears.id()) || q.hasCode(motivation.id())).count();

        TreeCell<?> motivationRow = codeCell(robot, "Motivation");
        Bounds target = fx(() -> motivationRow.localToScreen(motivationRow.getBoundsInLocal()));
        dragFromTo(robot, codeCell(robot, "Fears"), new Point2D(target.getCenterX(), target.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(code("Fears").parentId()).isEqualTo(motivation.id());
        TreeCell<?> category = codeCell(robot, "Motivation");
        Label total = (Label) category.getGraphic().lookup(".code-total");
        assertThat(total.isVisible()).isTrue();
        assertThat(total.getText()).isEqualTo("Σ " + both);
    }

    @Test
    void aRelationIsMadeInTheRelationsTab(FxRobot robot) {
        open(robot);
        robot.clickOn("#relations-tab");
        choose(robot, "#relation-source", "Fears");
        choose(robot, "#relation-type", "is cause of  →");
        choose(robot, "#relation-target", "Obstacles");

        robot.clickOn("#relate");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project().relations()).hasSize(1);
        var relation = project().relations().iterator().next();
        assertThat(relation.sourceCodeId()).isEqualTo(code("Fears").id());
        assertThat(relation.targetCodeId()).isEqualTo(code("Obstacles").id());
        assertThat(robot.lookup("#relation-list .item-title").queryAs(Label.class).getText())
                .isEqualTo("Fears  — is cause of →  Obstacles");
    }

    @Test
    void aCodingSessionIsFoundAgainAfterClosingAndReopening(FxRobot robot) {
        open(robot);
        int start = selectWithTheMouse(robot, QUESTION);
        robot.push(KeyCode.CONTROL, KeyCode.K).write("Sharing milk").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        robot.write("Asked before the pause");
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Journal day one").push(KeyCode.ENTER);
        robot.write("Trust grows in the group.");
        dialogs.picks.push(Optional.of("Obstacles"));
        robot.clickOn(codeCell(robot, "Covid"));
        robot.clickOn("Coding").clickOn("Merge code into…");
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> motivationRow = codeCell(robot, "Motivation");
        Bounds motivation = fx(() -> motivationRow.localToScreen(motivationRow.getBoundsInLocal()));
        dragFromTo(robot, codeCell(robot, "Fears"), new Point2D(motivation.getCenterX(), motivation.getCenterY()));
        robot.clickOn("#relations-tab");
        choose(robot, "#relation-source", "Fears");
        choose(robot, "#relation-target", "Obstacles");
        robot.clickOn("#relate");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(viewModel::closeProject);
        assertThat(viewModel.workspace().session()).isEmpty();
        open(robot);

        Code sharing = code("Sharing milk");
        Quotation quotation = quotationAt(start, start + QUESTION.length()).orElseThrow();
        assertThat(quotation.codeIds()).containsExactly(sharing.id());
        assertThat(quotation.comment()).isEqualTo("Asked before the pause");
        assertThat(project().codeNamed("Covid")).as("merged; dialogs: %s", dialogs.shown).isEmpty();
        assertThat(project().memos()).extracting(memo -> memo.title() + ": " + memo.text())
                .containsExactly("Journal day one: Trust grows in the group.");
        assertThat(project().memos().iterator().next().author()).isEqualTo(TestServices.CODER);
        assertThat(code("Fears").parentId()).isEqualTo(code("Motivation").id());
        assertThat(project().relations()).singleElement().satisfies(relation -> {
            assertThat(relation.sourceCodeId()).isEqualTo(code("Fears").id());
            assertThat(relation.targetCodeId()).isEqualTo(code("Obstacles").id());
        });
    }

    @Test
    void aCommentIsSavedWithoutLosingTheSelectionAndTypingIsNotLostWhenTheProjectCloses(FxRobot robot) {
        open(robot);
        int start = selectWithTheMouse(robot, QUESTION);
        robot.push(KeyCode.CONTROL, KeyCode.K).write("Fears").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Quotation coded = quotationAt(start, start + QUESTION.length()).orElseThrow();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).write("Her voice changed here");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project().quotation(coded.id()).orElseThrow().comment()).isEqualTo("Her voice changed here");
        assertThat(viewModel.workspace().selectedQuotationProperty().get()).isEqualTo(coded.id());
        robot.write(", then she laughed");
        robot.interact(viewModel::closeProject);
        open(robot);
        assertThat(project().quotation(coded.id()).orElseThrow().comment())
                .isEqualTo("Her voice changed here, then she laughed");
    }

    @Test
    void theKeyboardWalksTheQuotationsAndDeletesTheSelectedOne(FxRobot robot) {
        open(robot);
        List<Quotation> quotations = project().quotationsIn(viewModel.workspace().selectedDocumentProperty().get());
        robot.clickOn("#transcript-text");

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.workspace().selectedQuotationProperty().get()).isEqualTo(quotations.get(1).id());
        robot.push(KeyCode.CONTROL, KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().quotation(quotations.get(1).id())).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().quotation(quotations.get(1).id())).isPresent();
    }

    @Test
    void theCodingCommandsShowTheirShortcutsInTheMenuAndInTheShortcutsHelp(FxRobot robot) {
        open(robot);

        robot.clickOn("Coding");
        assertThat(robot.lookup("Code in vivo").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> keys = robot.lookup("#shortcuts-grid .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(keys).contains("Quick code", "Code in vivo", "Apply last code again", "F4",
                Command.QUICK_CODE.acceleratorText(), "Delete quotation", "Next quotation", "New memo");
        robot.push(KeyCode.ESCAPE);
    }
}
