package org.grounded.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.glyphfont.FontAwesome;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.ui.common.AppIcons;
import org.grounded.ui.dialog.FxDialogService;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.main.MainWindowView;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.refi.RefiExchange;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.PooledTaskExecutor;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.ui.welcome.SampleStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: builds the real services, the main window, and opens a project passed
 * on the command line ({@code java -jar grounded.jar study.grounded}).
 */
public final class GroundedApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GroundedApp.class);

    private TaskExecutor executor;

    public static void launchWindow(String[] args) {
        Application.launch(GroundedApp.class, args);
    }

    /** The application's stylesheet, as a URL for scenes and dialogs. */
    public static String stylesheet() {
        return Objects.requireNonNull(GroundedApp.class.getResource("/org/grounded/ui/grounded.css"), "grounded.css").toExternalForm();
    }

    /** The main window's scene over a view model; the tests build the same window with stub services. */
    public static Scene createScene(MainWindowViewModel viewModel, Runnable exit, double width, double height) {
        MainWindowView view = new MainWindowView(viewModel, exit, new FontAwesome());
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    @Override
    public void start(Stage stage) {
        executor = new PooledTaskExecutor(2);
        AppServices services = new AppServices(new FxDialogService(stage, stylesheet()), executor,
                ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                TranscriptImports.of(new TranscriptImporter()), RecentProjects.forUser(), SampleStudy.bundled(),
                Clock.systemDefaultZone(), RefiExchange.standard(), CoderName.forUser());
        MainWindowViewModel viewModel = new MainWindowViewModel(services);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth());
        double height = Math.min(800, screen.getHeight());
        Scene scene = createScene(viewModel, () -> {
            stage.hide();
            Platform.exit();
        }, width, height);
        ((MainWindowView) scene.getRoot()).attachTo(stage);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();

        List<String> arguments = getParameters().getRaw();
        if (arguments.size() == 1) {
            // As if the file were dropped on the window: a project opens, a .qdpx is imported.
            viewModel.filesDropped(List.of(Path.of(arguments.get(0))));
        }
    }

    @Override
    public void stop() {
        LOG.debug("Shutting down");
        if (executor != null) {
            executor.shutdown();
        }
    }
}
