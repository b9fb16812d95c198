package org.grounded.ui.analysis.words;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.AnalysisWindows;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowView;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;

/**
 * Not a test: shows the main window over a copy of the sample study with the word-frequency
 * window open, for the screenshot under Xvfb ({@code docs/screenshots/word-frequencies.png}).
 */
public final class WordFrequencyScreenshot {

    private WordFrequencyScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("grounded-shot");
        Path project = folder.resolve("milk-donation.grounded");
        Files.copy(Path.of("samples/milk-donation.grounded"), project);
        Platform.startup(() -> {
            MainWindowViewModel viewModel = new MainWindowViewModel(
                    TestServices.with(new StubDialogService(), new CurrentThreadTaskExecutor(), folder));
            Stage stage = new Stage();
            stage.setScene(GroundedApp.createScene(viewModel, Platform::exit, 1280, 800));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.setWidth(1280);
            stage.setHeight(800);
            viewModel.openFile(project);
            MainWindowView view = (MainWindowView) stage.getScene().getRoot();
            view.analysisWindows().show(AnalysisWindows.Kind.WORDS);
            view.analysisWindows().stage(AnalysisWindows.Kind.WORDS).ifPresent(window -> {
                window.setX(40);
                window.setY(30);
                window.setWidth(1200);
                window.setHeight(740);
            });
            if (args.length > 0) {
                viewModel.analysis().words().minimumLengthProperty().set(Integer.parseInt(args[0]));
            }
        });
    }
}
