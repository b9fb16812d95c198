package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.edits.CodingEdits;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.undo.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The margin keeps its bracket nodes and where lines begin and end between frames (decision
 * 0043); after coding, undo, redo, scrolling and a narrower window it must show exactly what a
 * margin drawn from scratch shows (every node made anew, every line asked of the text area), and
 * its brackets must be those of a viewer opened afresh on the project as it is.
 */
@ExtendWith(ApplicationExtension.class)
class MarginRedrawViewTest {

    private static final int PARAGRAPHS = 80;
    private static final Instant WHEN = Instant.parse("2024-05-06T10:42:00Z");

    private final Code fear = Code.of("Fear", "#C8553D");
    private final Code support = Code.of("Support", "#3D8BC8");
    private final Code trust = Code.of("Trust", "#5DA05D");
    private Project project;
    private Document interview;
    private UndoManager undo;
    private Stage stage;
    private TranscriptViewModel transcript;
    private InlineCssTextArea area;
    private MarginView margin;

    @Start
    void start(Stage primary) {
        // A stage of its own: this test narrows its window, which must not reach the next test's.
        stage = new Stage();
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            text.append(p % 2 == 0 ? "Ana: " : "Interviewer: ").append("turn ").append(p);
            // Some turns wrap over several lines, so a line's top is not its paragraph's.
            for (int sentence = 0; sentence < 1 + (p * 7) % 5; sentence++) {
                text.append(" We talked about the milk bank, the donors and how the babies were fed at night.");
            }
            text.append('\n');
        }
        interview = Document.of("Ana", text.toString());
        project = Project.create("Study");
        EntityEdit.Builder setup = EntityEdit.builder("Setup").add(interview).add(fear).add(support).add(trust);
        for (int p = 0; p < PARAGRAPHS - 3; p += 3) {
            // Ends at every depth of a paragraph, on its first line and on lines below.
            setup.add(Quotation.of(interview.id(), within(p, (p % 5) / 5.0), within(p + 1 + p % 2, (p % 7) / 7.0 + 0.1),
                    List.of(p % 2 == 0 ? fear.id() : support.id()), p % 4 == 0 ? "lucía" : "rosa"));
        }
        project.apply(setup.build());
        Workspace workspace = new Workspace();
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);
        undo = session.undoManager();
        workspace.selectedDocumentProperty().set(interview.id());
        transcript = new TranscriptViewModel(workspace);
        TranscriptView view = new TranscriptView(transcript, new CodingViewModel(new Editor(workspace,
                new StubDialogService()), transcript, CoderName.of(TestServices.CODER), TestServices.CLOCK));
        Scene scene = new Scene(view, 1000, 600);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        area = view.textArea();
        margin = (MarginView) scene.lookup("#transcript-margin");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private int paragraphStart(int paragraph) {
        String text = interview.text();
        int at = 0;
        for (int i = 0; i < paragraph; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    /** The offset this far (0 to 1) into a paragraph's text. */
    private int within(int paragraph, double fraction) {
        int start = paragraphStart(paragraph);
        int length = paragraphStart(paragraph + 1) - 1 - start;
        return start + Math.min(length - 1, (int) (length * fraction));
    }

    private void frame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the margin draws: each bracket's path and each label's codes and place, in a fixed order. */
    private List<String> drawn() {
        List<String> shown = new ArrayList<>();
        for (Node node : margin.getChildren()) {
            if (node instanceof Path path) {
                StringBuilder line = new StringBuilder("bracket ").append(path.getUserData()).append(' ')
                        .append(path.getStroke());
                for (PathElement element : path.getElements()) {
                    if (element instanceof MoveTo move) {
                        line.append(String.format(Locale.ROOT, " M%.2f,%.2f", move.getX(), move.getY()));
                    } else if (element instanceof LineTo to) {
                        line.append(String.format(Locale.ROOT, " L%.2f,%.2f", to.getX(), to.getY()));
                    }
                }
                shown.add(line.toString());
            } else if (node instanceof VBox label && label.getStyleClass().contains("margin-label")) {
                StringBuilder line = new StringBuilder("label ").append(label.getUserData());
                label.getChildren().forEach(child -> line.append(" | ").append(((Label) child).getText()));
                line.append(String.format(Locale.ROOT, " @%.2f,%.2f", label.getLayoutX(), label.getLayoutY()));
                shown.add(line.toString());
            }
        }
        shown.sort(null);
        return shown;
    }

    /** The margin as kept equals the margin drawn from scratch, and the brackets are the project's. */
    private void assertMarginIsTheProjects(FxRobot robot, String after) {
        frame(robot);
        List<String> kept = new ArrayList<>();
        List<String> scratch = new ArrayList<>();
        robot.interact(() -> kept.addAll(drawn()));
        robot.interact(margin::redrawFromScratch);
        frame(robot);
        robot.interact(() -> scratch.addAll(drawn()));
        assertThat(kept).as("brackets on screen after %s", after).isNotEmpty();
        assertThat(kept).as("the margin after %s, against one drawn from scratch", after).isEqualTo(scratch);

        List<Margin.Bracket> fresh = new ArrayList<>();
        robot.interact(() -> {
            Workspace other = new Workspace();
            other.setSession(ProjectSession.untitled(project.copy()));
            other.selectedDocumentProperty().set(interview.id());
            fresh.addAll(new TranscriptViewModel(other).marginProperty().get().brackets());
        });
        assertThat(transcript.marginProperty().get().brackets()).as("the brackets after %s", after)
                .isEqualTo(fresh);
    }

    private void code(FxRobot robot, int start, int end, Code code, String coder) {
        robot.interact(() -> undo.perform(CodingEdits.applyCodes(project, interview.id(), start, end,
                List.of(code.id()), coder, WHEN).orElseThrow()));
    }

    @Test
    void keptBracketsAndLineEdgesMatchAMarginDrawnFromScratchThroughCodingUndoScrollAndResize(FxRobot robot) {
        robot.interact(() -> area.showParagraphAtTop(20));
        assertMarginIsTheProjects(robot, "opening");

        code(robot, within(22, 0.3), within(23, 0.8), trust, "lucía");
        assertMarginIsTheProjects(robot, "coding a passage in view");

        code(robot, within(24, 0.6), within(24, 0.9), fear, "ben");
        assertMarginIsTheProjects(robot, "coding by a new coder (a column more)");

        robot.interact(undo::undo);
        assertMarginIsTheProjects(robot, "undo");
        robot.interact(undo::undo);
        assertMarginIsTheProjects(robot, "a second undo");
        robot.interact(undo::redo);
        assertMarginIsTheProjects(robot, "redo");

        robot.interact(() -> area.scrollYBy(250));
        assertMarginIsTheProjects(robot, "scrolling part of a page");
        // A passage beginning above the view: its paragraph's top is cut off.
        int[] shownFirst = new int[1];
        robot.interact(() -> shownFirst[0] = area.firstVisibleParToAllParIndex());
        int top = shownFirst[0];
        code(robot, within(top, 0.5), within(top + 2, 0.7), support, "lucía");
        assertMarginIsTheProjects(robot, "coding a passage that begins above the view");

        robot.interact(() -> stage.setWidth(760));
        assertMarginIsTheProjects(robot, "a narrower window (lines wrap anew)");
        robot.interact(undo::undo);
        assertMarginIsTheProjects(robot, "undo in the narrower window");

        robot.interact(() -> area.showParagraphAtTop(PARAGRAPHS - 10));
        assertMarginIsTheProjects(robot, "scrolling to the end");
        robot.interact(() -> area.showParagraphAtTop(20));
        assertMarginIsTheProjects(robot, "scrolling back");
    }
}
