package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.i18n.Localization;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The code tree's scope choice reads whole ("Todos los códigos", not "Todos los c…") in each
 * language, in the window's first size (1200 × 760) and on a 1280 × 800 laptop, the sample study
 * open; the find field beside it gives way but stays usable, and the "+" stays inside the pane.
 */
@ExtendWith(ApplicationExtension.class)
class CodeScopeReadsWholeViewTest {

    @TempDir
    Path folder;

    private Stage stage;
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> viewModel.closeProject());
        Localization.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource({"es, Todos los códigos, 1200, 760", "es, Todos los códigos, 1280, 800",
        "ms, Semua kod, 1200, 760", "en, All codes, 1200, 760"})
    void theScopeChoiceReadsWhole(String language, String expected, double width, double height, FxRobot robot)
            throws IOException {
        Path project = folder.resolve("milk-donation.grounded");
        Files.copy(AnalysisFixture.SAMPLE, project);
        robot.interact(() -> {
            Localization.use(Locale.forLanguageTag(language));
            viewModel = new MainWindowViewModel(TestServices.with(new StubDialogService(), new CurrentThreadTaskExecutor(),
                    folder));
            stage.setScene(GroundedApp.createScene(viewModel, () -> { }, width, height));
            stage.show();
            viewModel.openFile(project);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        ComboBox<?> scope = robot.lookup("#code-scope").queryAs(ComboBox.class);
        ListCell<?> shown = (ListCell<?>) scope.getButtonCell();
        assertThat(shown.getText()).isEqualTo(expected);
        assertThat(rendered(shown)).as("what the scope choice shows").isEqualTo(expected);
        TextField find = robot.lookup("#code-filter").queryAs(TextField.class);
        assertThat(find.getWidth()).as("the find field's width").isGreaterThanOrEqualTo(56);
        Node add = robot.lookup("#new-code").query();
        double addRight = add.localToScene(add.getLayoutBounds()).getMaxX();
        double paneRight = scope.getParent().localToScene(scope.getParent().getLayoutBounds()).getMaxX();
        assertThat(addRight).as("the + button's right edge").isLessThanOrEqualTo(paneRight + 0.5);

        // Every other choice (the levels, the core categories and themes) reads whole too once chosen.
        @SuppressWarnings("unchecked")
        ComboBox<Object> choices = (ComboBox<Object>) scope;
        for (Object choice : List.copyOf(choices.getItems())) {
            robot.interact(() -> {
                choices.setValue(choice);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            assertThat(rendered(shown)).as("the choice %s", choice).isEqualTo(choice.toString());
            assertThat(find.getWidth()).as("the find field's width").isGreaterThanOrEqualTo(56);
            assertThat(add.localToScene(add.getLayoutBounds()).getMaxX()).as("the + button's right edge")
                    .isLessThanOrEqualTo(paneRight + 0.5);
        }
    }

    private static String rendered(ListCell<?> cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse(null);
    }
}
