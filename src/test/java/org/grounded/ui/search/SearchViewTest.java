package org.grounded.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search window over the shipped sample study: query, KWIC rows, opening a hit, auto-coding, undo. */
@ExtendWith(ApplicationExtension.class)
class SearchViewTest {

    /** The words searched for, as whole words in any case: the oracle the window's rows are checked against. */
    private static final Pattern WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}'’])(fridge|congelador)(?![\\p{L}\\p{N}'’])");

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

    private record Span(String document, int start, int end) {
    }

    private List<Span> expectedHits() {
        List<Span> spans = new ArrayList<>();
        for (Document document : project().documents()) {
            Matcher matcher = WORDS.matcher(document.text());
            while (matcher.find()) {
                spans.add(new Span(document.name(), matcher.start(), matcher.end()));
            }
        }
        return spans;
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aQueryListsItsHitsInContextAndCodingThemHighlightsThemInOneUndoableStep(FxRobot robot) {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.mainView().searchWindow().stage()).hasValueSatisfying(stage -> assertThat(stage.isShowing()).isTrue());
        robot.clickOn("#search-query").write("fridge OR congelador").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.viewModel.search().queryProperty().get()).isEqualTo("fridge OR congelador");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<SearchRow> table = robot.lookup("#search-results").queryAs(TableView.class);
        List<Span> expected = expectedHits();
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(table.getItems()).extracting(row -> new Span(row.document(), row.start(), row.end()))
                .containsExactlyElementsOf(expected);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.hit()).matches(WORDS));
        long documents = expected.stream().map(Span::document).distinct().count();
        assertThat(robot.lookup("#search-summary").queryAs(Label.class).getText())
                .isEqualTo(expected.size() + " hits in " + documents + " documents");
        assertThat(robot.lookup(".kwic-hit").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(cell -> assertThat(String.valueOf(cell.getText())).matches(WORDS));

        Code hygiene = project().codeNamed("Hygiene practices").orElseThrow();
        Set<String> before = quotationsOf(hygiene);
        @SuppressWarnings("unchecked")
        ComboBox<Code> code = robot.lookup("#search-code").queryAs(ComboBox.class);
        robot.interact(() -> code.setValue(code.getItems().stream().filter(c -> c.id().equals(hygiene.id()))
                .findFirst().orElseThrow()));
        robot.clickOn("#search-code-all");
        WaitForAsyncUtils.waitForFxEvents();

        for (Span hit : expected) {
            assertThat(project().quotations()).as("a quotation of Hygiene practices covering %s", hit)
                    .anyMatch(q -> q.hasCode(hygiene.id()) && documentName(q).equals(hit.document())
                            && q.start() <= hit.start() && hit.end() <= q.end());
        }
        assertThat(robot.lookup("#search-message").queryAs(Label.class).getText()).startsWith("'Hygiene practices': ");
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.codes()).contains("Hygiene practices"));

        SearchRow first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.interact(() -> driver.viewModel.search().open(first));
        WaitForAsyncUtils.waitForFxEvents();
        InlineCssTextArea area = robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class);
        assertThat(fx(area::getSelectedText)).isEqualTo(first.hit());
        assertThat(fx(() -> area.getStyleOfChar(first.start() + 1)).toLowerCase())
                .contains(hygiene.colour().toLowerCase());

        robot.interact(driver.viewModel::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotationsOf(hygiene)).isEqualTo(before);
    }

    @Test
    void aQueryThatDoesNotParseSaysWhere(FxRobot robot) {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#search-query").write("milk AND").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#search-summary").queryAs(Label.class).getText())
                .startsWith("The search 'milk AND' does not parse").contains("column");
    }

    private String documentName(Quotation quotation) {
        return project().document(quotation.documentId()).map(Document::name).orElse("?");
    }

    private Set<String> quotationsOf(Code code) {
        return project().quotationsWithCode(code.id()).stream()
                .map(q -> q.id() + "@" + q.start() + "-" + q.end()).collect(Collectors.toSet());
    }
}
