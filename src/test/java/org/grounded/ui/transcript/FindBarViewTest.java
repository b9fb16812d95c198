package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.EntityEdit;
import org.grounded.model.Quotation;
import org.grounded.model.TextSpan;
import org.grounded.search.SearchStudy;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowViewModel;
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
 * The transcript's find bar in the real window: Ctrl+F, typing, "1 of 2", Enter and Shift+Enter
 * moving the selection over text with accents and emoji before the hits, Esc taking the marks
 * away and leaving the coding highlights as they were.
 */
@ExtendWith(ApplicationExtension.class)
class FindBarViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final SearchStudy study = new SearchStudy();
    private MainWindowViewModel viewModel;
    private Path projectFile;
    /** "la donación ayuda", coded with Donation: a find mark lands on a coded passage. */
    private TextSpan coded;

    @Start
    void start(Stage stage) throws IOException {
        coded = SearchStudy.at(study.spanish, "la donación ayuda");
        study.project.apply(EntityEdit.add("Code", Quotation.of(study.spanish.id(), coded.start(), coded.end(),
                List.of(study.donation.id()), "Rosa")));
        projectFile = folder.resolve("search.grounded");
        new ProjectFileStore().save(study.project, projectFile);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> stylesOf(InlineCssTextArea area) {
        return fx(() -> {
            List<String> styles = new ArrayList<>();
            for (int i = 0; i < area.getLength(); i++) {
                styles.add(area.getStyleOfChar(i));
            }
            return styles;
        });
    }

    @Test
    void ctrlFFindsEveryMatchIgnoringCaseAndAccentsAndEnterStepsThroughThem(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.workspace().selectedDocumentProperty().set(study.spanish.id()));
        WaitForAsyncUtils.waitForFxEvents();
        InlineCssTextArea area = robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class);
        List<String> before = stylesOf(area);
        Node bar = robot.lookup("#find-bar").query();
        assertThat(bar.isVisible()).isFalse();

        robot.clickOn(area);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isTrue();
        robot.write("DONACION");
        WaitForAsyncUtils.waitForFxEvents();

        // By hand: "la donación ayuda" and "Las donaciones" in the Spanish text; "donó" and "Doné" are no match.
        TextSpan first = SearchStudy.at(study.spanish, "donación");
        TextSpan inDonaciones = SearchStudy.at(study.spanish, "donaciones");
        TextSpan second = new TextSpan(inDonaciones.start(), inDonaciones.start() + "donacion".length());
        Label status = robot.lookup("#find-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("1 of 2");
        assertThat(fx(() -> new TextSpan(area.getSelection().getStart(), area.getSelection().getEnd()))).isEqualTo(first);
        assertThat(fx(area::getSelectedText)).isEqualTo("donación");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("2 of 2");
        assertThat(fx(() -> new TextSpan(area.getSelection().getStart(), area.getSelection().getEnd()))).isEqualTo(second);
        assertThat(fx(area::getSelectedText)).isEqualTo("donacion");

        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEqualTo("1 of 2");
        assertThat(fx(() -> new TextSpan(area.getSelection().getStart(), area.getSelection().getEnd()))).isEqualTo(first);
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).as("before the first, the last").isEqualTo("2 of 2");

        // The marks: an outline over each match, the coded passage's tint still under the first.
        String inFirst = fx(() -> area.getStyleOfChar(first.start() + 1));
        assertThat(inFirst).contains("-rtfx-border-stroke-color").contains(study.donation.colour());
        assertThat(fx(() -> area.getStyleOfChar(second.start() + 1))).contains("-rtfx-border-stroke-color");
        assertThat(fx(() -> area.getStyleOfChar(second.end()))).as("just after the match")
                .doesNotContain("-rtfx-border-stroke-color");
        assertThat(viewModel.workspace().project().orElseThrow().quotations()).hasSize(1);

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isFalse();
        assertThat(stylesOf(area)).as("the marks are gone, the coding highlights as they were").isEqualTo(before);
    }

    @Test
    void aWordThatIsNotThereSaysNoMatches(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.workspace().selectedDocumentProperty().set(study.english.id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#transcript-text");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("congelador");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#find-status").queryAs(Label.class).getText()).isEqualTo("No matches");
    }

    @Test
    void searchThisTranscriptOpensTheSearchWindowOnWhatTheFindBarHolds(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.workspace().selectedDocumentProperty().set(study.spanish.id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#transcript-text");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("leche");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-status").queryAs(Label.class).getText()).isEqualTo("1 of 2");

        robot.clickOn("Analysis");
        robot.clickOn("Search this transcript…");
        WaitForAsyncUtils.waitForFxEvents();

        // "Doné leche al banco de leche": the two of the Spanish interview, none of the other documents'.
        assertThat(viewModel.search().queryProperty().get()).isEqualTo("leche");
        assertThat(viewModel.search().rows()).extracting(row -> row.start())
                .containsExactly(SearchStudy.at(study.spanish, "leche", 0).start(),
                        SearchStudy.at(study.spanish, "leche", 1).start());
    }
}
