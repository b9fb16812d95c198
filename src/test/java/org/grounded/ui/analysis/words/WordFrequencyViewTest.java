package org.grounded.ui.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.search.WordCounts;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.main.AnalysisWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The word-frequency window over the shipped sample study: opened with its shortcut, it lists
 * "milk" first with the count a whole-word search of the texts gives; another scope recounts;
 * a double click on a word opens the search window on it.
 */
@ExtendWith(ApplicationExtension.class)
class WordFrequencyViewTest {

    /** "milk" as a whole word in any case: the oracle the window's counts are checked against. */
    private static final Pattern MILK = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}'’])milk(?![\\p{L}\\p{N}'’])");

    @TempDir
    Path folder;

    private AnalysisWindowDriver driver;

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder);
        driver.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        driver.close(robot);
    }

    private Project project() {
        return driver.viewModel.workspace().project().orElseThrow();
    }

    private static int milkIn(String text) {
        Matcher matcher = MILK.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theTopWordIsCountedAScopeRecountsAndADoubleClickSearchesForIt(FxRobot robot) throws Exception {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.mainView().analysisWindows().stage(AnalysisWindows.Kind.WORDS))
                .hasValueSatisfying(stage -> assertThat(stage.isShowing()).isTrue());

        @SuppressWarnings("unchecked")
        TableView<WordCounts.Row> table = robot.lookup("#words-table").queryAs(TableView.class);
        int inTheProject = project().documents().stream().mapToInt(document -> milkIn(document.text())).sum();
        long documentsWithMilk = project().documents().stream().filter(document -> milkIn(document.text()) > 0).count();
        assertThat(table.getItems()).isNotEmpty();
        WordCounts.Row top = table.getItems().get(0);
        assertThat(top.word()).isEqualTo("milk");
        assertThat(top.total()).isEqualTo(inTheProject);
        assertThat(top.documents()).isEqualTo((int) documentsWithMilk);
        assertThat(table.getItems().get(1).total()).isLessThan(inTheProject);
        assertThat(robot.lookup("#words-summary").queryAs(Label.class).getText()).endsWith(" different");
        WordCloudView cloud = robot.lookup("#words-cloud").queryAs(WordCloudView.class);
        assertThat(cloud.placed()).isNotEmpty();
        assertThat(cloud.placed().get(0).word()).isEqualTo("milk");
        WordFrequencyViewModel.CloudPicture picture = WaitForAsyncUtils.asyncFx(() -> cloud.picture().orElseThrow())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(picture.width()).isEqualTo((int) Math.round(cloud.getWidth() * WordCloudView.PNG_SCALE));
        assertThat(java.util.Arrays.stream(picture.argb()).filter(pixel -> pixel != 0xFFFFFFFF).count())
                .as("pixels of the words").isGreaterThan(1000);
        javafx.scene.control.TextArea stopWords = WaitForAsyncUtils.asyncFx(() ->
                (javafx.scene.control.TextArea) new StopWordsDialog(StopWordsDialogViewModel.of(project()))
                        .getDialogPane().lookup("#stop-words-text")).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(stopWords.getText()).startsWith("a\nabout\nabove\n");

        Document lucia = project().documents().stream().filter(d -> d.name().equals("03-lucia")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<WordFrequencyViewModel.ScopeChoice> scope = robot.lookup("#words-scope").queryAs(ComboBox.class);
        robot.interact(() -> scope.setValue(scope.getItems().stream()
                .filter(choice -> choice.label().equals("Document: 03-lucia")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WordCounts.Row milkInLucia = table.getItems().stream().filter(row -> row.word().equals("milk")).findFirst()
                .orElseThrow();
        assertThat(milkInLucia.total()).isEqualTo(milkIn(lucia.text())).isLessThan(inTheProject);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.documents()).isEqualTo(1));

        @SuppressWarnings("rawtypes")
        TableCell cell = robot.lookup("#words-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "milk".equals(c.getText())).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(driver.mainView().searchWindow().stage())
                .hasValueSatisfying(stage -> assertThat(stage.isShowing()).isTrue());
        assertThat(driver.viewModel.search().queryProperty().get()).isEqualTo("milk");
        assertThat(robot.lookup("#search-summary").queryAs(Label.class).getText()).contains(inTheProject + " hits");
    }
}
