package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpan;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Coding a passage restyles only the passage: the transcript's paragraphs outside it keep their
 * very objects (untouched, not redone alike), and the paragraphs it spans look as in a viewer
 * opened afresh on the coded project. Undo does the same the other way.
 */
@ExtendWith(ApplicationExtension.class)
class CodingRestyleViewTest {

    private static final int LINES = 40;

    private final Code fear = Code.of("Fear", "#C8553D");
    private final Code support = Code.of("Support", "#3D8BC8");
    private Project project;
    private Document interview;
    private UndoManager undo;
    private InlineCssTextArea area;

    @Start
    void start(Stage stage) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            text.append(line % 2 == 0 ? "Ana: " : "Interviewer: ").append("line ").append(line)
                    .append(" of what was said about the milk bank and the babies.\n");
        }
        interview = Document.of("Ana", text.toString());
        project = Project.create("Study");
        project.apply(EntityEdit.builder("Setup").add(interview).add(fear).add(support)
                .add(Quotation.of(interview.id(), lineStart(2) + 5, lineStart(4) + 20, List.of(fear.id()), "lucía"))
                .add(Quotation.of(interview.id(), lineStart(30), lineStart(31) + 10, List.of(support.id()), "lucía"))
                .build());
        Workspace workspace = new Workspace();
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);
        undo = session.undoManager();
        workspace.selectedDocumentProperty().set(interview.id());
        area = viewer(workspace, stage);
    }

    private int lineStart(int line) {
        String text = interview.text();
        int at = 0;
        for (int i = 0; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    private static InlineCssTextArea viewer(Workspace workspace, Stage stage) {
        Editor editor = new Editor(workspace, new StubDialogService());
        TranscriptViewModel transcript = new TranscriptViewModel(workspace);
        TranscriptView view = new TranscriptView(transcript,
                new CodingViewModel(editor, transcript, CoderName.of(TestServices.CODER), TestServices.CLOCK));
        Scene scene = new Scene(view, 800, 500);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        return view.textArea();
    }

    /** What a fresh viewer on the project as it is now shows, paragraph by paragraph. */
    private List<List<String>> fresh(FxRobot robot) {
        List<List<String>> shown = new ArrayList<>();
        robot.interact(() -> {
            Workspace other = new Workspace();
            other.setSession(ProjectSession.untitled(project.copy()));
            other.selectedDocumentProperty().set(interview.id());
            Stage stage = new Stage();
            InlineCssTextArea freshArea = viewer(other, stage);
            freshArea.getParagraphs().forEach(paragraph -> shown.add(styles(paragraph)));
            stage.close();
        });
        return shown;
    }

    /** A paragraph's look: its style runs, neighbours of one style joined. */
    private static List<String> styles(Paragraph<?, ?, String> paragraph) {
        List<String> runs = new ArrayList<>();
        String style = null;
        int length = 0;
        for (StyleSpan<String> span : paragraph.getStyleSpans()) {
            if (span.getLength() == 0) {
                continue;
            }
            if (span.getStyle().equals(style)) {
                length += span.getLength();
            } else {
                if (style != null) {
                    runs.add(length + ":" + style);
                }
                style = span.getStyle();
                length = span.getLength();
            }
        }
        if (style != null) {
            runs.add(length + ":" + style);
        }
        return runs;
    }

    @Test
    void codingAPassageRestylesItsParagraphsAndLeavesEveryOtherParagraphAsItWas(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Paragraph<String, String, String>> before = new ArrayList<>(area.getParagraphs());
        assertThat(before).hasSizeGreaterThan(LINES - 1);
        int start = lineStart(12) + 8;
        int end = lineStart(14) + 15;

        robot.interact(() -> undo.perform(CodingEdits.applyCodes(project, interview.id(), start, end,
                List.of(support.id()), "lucía", Instant.parse("2024-05-06T10:42:00Z")).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        List<List<String>> fresh = fresh(robot);
        for (int p = 0; p < before.size(); p++) {
            if (p < 12 || p > 14) {
                assertThat(area.getParagraph(p)).as("paragraph %d lies outside the coded passage", p)
                        .isSameAs(before.get(p));
            } else {
                assertThat(area.getParagraph(p)).as("paragraph %d holds the coded passage", p)
                        .isNotSameAs(before.get(p));
            }
            assertThat(styles(area.getParagraph(p))).as("paragraph %d looks as in a fresh viewer", p)
                    .isEqualTo(fresh.get(p));
        }
        assertThat(styles(area.getParagraph(13))).as("the passage is tinted in the code's colour")
                .anyMatch(run -> run.contains("#3D8BC8"));

        List<Paragraph<String, String, String>> coded = new ArrayList<>(area.getParagraphs());
        robot.interact(undo::undo);
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> undone = fresh(robot);
        for (int p = 0; p < coded.size(); p++) {
            if (p < 12 || p > 14) {
                assertThat(area.getParagraph(p)).as("undo leaves paragraph %d alone", p).isSameAs(coded.get(p));
            }
            assertThat(styles(area.getParagraph(p))).isEqualTo(undone.get(p));
            assertThat(styles(area.getParagraph(p))).isEqualTo(styles(before.get(p)));
        }
    }
}
