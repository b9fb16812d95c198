package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.ui.codes.CodeNode;
import org.grounded.ui.documents.DocumentsViewModel;
import javafx.stage.Stage;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a project covers the window at once with the file's name and a progress bar; the
 * welcome screen under it takes no clicks; Cancel drops the open. The background reading is
 * held by the test, so the opening lasts as long as the test looks at it.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningViewTest {

    @TempDir
    Path folder;

    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private AnalysisWindowDriver driver;

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder, executor);
        driver.start(stage);
    }

    @Test
    void openingShowsTheFileAndProgressOverAWelcomeScreenThatTakesNoClicks(FxRobot robot) {
        driver.openSample(robot);

        assertThat(robot.lookup("#opening-view").query().isVisible()).isTrue();
        assertThat(robot.lookup("#opening-title").queryAs(Label.class).getText())
                .isEqualTo("Opening milk-donation.grounded…");
        assertThat(robot.lookup(".welcome-view").query().isDisabled()).isTrue();

        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-view").query().isVisible()).isFalse();
        assertThat(driver.viewModel.state().projectOpenProperty().get()).isTrue();
        assertThat(robot.lookup("#workspace").query().isDisabled()).isFalse();
        robot.interact(driver.viewModel::closeProject);
    }

    @Test
    void theStudyShowsOnceReadAndItsListsFillWithWhatTheBackgroundCounted(FxRobot robot) {
        driver.openSample(robot);
        robot.interact(() -> executor.run(0)); // the read only: the counts it asks for stay held
        WaitForAsyncUtils.waitForFxEvents();

        Project project = driver.viewModel.workspace().project().orElseThrow();
        assertThat(robot.lookup("#opening-view").query().isVisible()).isFalse();
        assertThat(robot.lookup("#workspace").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class).getText())
                .as("the first transcript is shown at once").isEqualTo(project.documents().iterator().next().text());
        ListView<DocumentsViewModel.DocumentItem> documents = robot.lookup("#document-list").queryListView();
        assertThat(documents.getItems()).extracting(DocumentsViewModel.DocumentItem::name)
                .containsExactlyElementsOf(project.documents().stream().map(Document::name).toList());
        assertThat(documents.getItems()).allSatisfy(row -> assertThat(row.details()).startsWith("Counting words…"));
        Label treeSays = robot.lookup("#code-tree-empty").queryAs(Label.class);
        assertThat(treeSays.isVisible()).isTrue();
        assertThat(treeSays.getText()).isEqualTo("Counting the quotations of each code…");

        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(documents.getItems()).extracting(DocumentsViewModel.DocumentItem::words)
                .as("words: runs of letters or digits, counted here by a pattern")
                .containsExactlyElementsOf(project.documents().stream().map(document -> (int) WORD.matcher(document.text())
                        .results().count()).toList());
        assertThat(treeSays.isVisible()).isFalse();
        Map<UUID, Long> coded = project.quotations().stream().flatMap(quotation -> quotation.codeIds().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<CodeNode> shown = new ArrayList<>();
        driver.viewModel.codes().roots().forEach(root -> collect(root, shown));
        assertThat(shown).hasSize(project.codes().size());
        assertThat(shown).allSatisfy(node -> assertThat((long) node.direct()).as(node.name())
                .isEqualTo(coded.getOrDefault(node.id(), 0L)));
        assertThat(robot.lookup("#code-tree").queryAs(TreeView.class).getExpandedItemCount()).isPositive();
        robot.interact(driver.viewModel::closeProject);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    private static void collect(CodeNode node, List<CodeNode> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }

    @Test
    void cancelDropsTheOpenAndGivesTheWelcomeScreenBack(FxRobot robot) {
        driver.openSample(robot);
        assertThat(robot.lookup("#opening-view").query().isVisible()).isTrue();

        robot.clickOn("#opening-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-view").query().isVisible()).isFalse();
        assertThat(robot.lookup(".welcome-view").query().isDisabled()).isFalse();

        robot.interact(executor::runAll); // the read finishes after the cancel: it is dropped
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.viewModel.state().projectOpenProperty().get()).isFalse();

        driver.openSample(robot); // the file's lock was let go: it opens again
        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.viewModel.state().projectOpenProperty().get()).isTrue();
        robot.interact(driver.viewModel::closeProject);
    }
}
