package org.grounded.ui.search;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowView;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;

/**
 * Not a test: shows the main window over a copy of the sample study with the search window open
 * on a query, for the README's screenshot under Xvfb ({@code docs/images/search.png}).
 */
public final class SearchScreenshot {

    private SearchScreenshot() {
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
            view.searchWindow().show(false);
            SearchViewModel search = viewModel.search();
            search.queryProperty().set(args.length > 0 ? args[0] : "banco OR bank");
            search.wordFormsProperty().set(true);
            search.search();
            view.searchWindow().stage().ifPresent(window -> {
                window.setX(50);
                window.setY(170);
                window.setWidth(1180);
                window.setHeight(590);
            });
        });
    }
}
