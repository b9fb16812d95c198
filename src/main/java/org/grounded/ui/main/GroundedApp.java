package org.grounded.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.files.FileNames;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.controlsfx.glyphfont.FontAwesome;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.ui.common.AppIcons;
import org.grounded.ui.dialog.FxDialogService;
import org.grounded.ui.i18n.Localization;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.main.MainWindowView;
import org.grounded.ui.main.MainWindowViewModel;
import java.util.function.Consumer;
import org.grounded.ui.instance.MacOpenFileEvents;
import org.grounded.ui.instance.SingleInstance;
import org.grounded.ui.prefs.Appearance;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.prefs.SettingsFile;
import org.grounded.ui.prefs.UserPreferences;
import org.grounded.ui.prefs.UserPreferencesStore;
import org.grounded.ui.refi.RefiExchange;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.PooledTaskExecutor;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.ui.welcome.SampleStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The JavaFX application: builds the real services, the main window, and opens a project passed
 * on the command line ({@code java -jar grounded.jar study.grounded}).
 */
public final class GroundedApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GroundedApp.class);

    private TaskExecutor executor;
    private SingleInstance instance;

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
        List<String> problems = new java.util.ArrayList<>();
        SettingsFile settings = SettingsFile.in(SettingsFile.userFolder(), problems::add);
        problems.forEach(problem -> LOG.warn("{}", problem));
        UserPreferences preferences = UserPreferencesStore.of(settings).load(problems::add);
        // Before any window is built: the language stays for the whole run (decision 0035).
        Localization.use(Localization.startLanguage(
                java.util.Optional.of(preferences.language()), java.util.Locale.getDefault()));
        FxDialogService dialogs = new FxDialogService(stage, stylesheet());
        AppServices services = new AppServices(dialogs, executor,
                ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                TranscriptImports.of(new TranscriptImporter()), new RecentProjects(settings.node("recent-projects")),
                SampleStudy.bundled(), Clock.systemDefaultZone(), RefiExchange.standard(),
                new CoderName(settings.node("coder"), CoderName.systemUserName()));
        MainWindowViewModel viewModel = new MainWindowViewModel(services);
        List<String> arguments = getParameters().getRaw();
        Path project = arguments.size() == 1 ? Path.of(arguments.get(0)) : null;
        boolean readingEarly = project != null && FileNames.isProjectFile(project) && Files.isRegularFile(project);
        if (readingEarly) {
            // Read while the window is built (two threads, about a second each on a large study);
            // the window shows the opening screen from its first frame (issue 21).
            viewModel.openFile(project);
        }
        showMainWindow(stage, viewModel, settings, Platform::exit, problem -> { });
        problems.forEach(problem -> dialogs.showError(lang("Settings"), problem));
        viewModel.askCoderNameOnFirstStart();

        listenForLaterStarts(stage, viewModel);
        if (project != null && !readingEarly) {
            // As if the file were dropped on the window: a project opens, a .qdpx is imported.
            viewModel.filesDropped(List.of(project));
        }
    }

    /**
     * Files from later starts (and, on macOS, from the Finder) open here as a dropped file does:
     * a project after the open one is closed properly (saved first), a .qdpx imported.
     */
    private void listenForLaterStarts(Stage stage, MainWindowViewModel viewModel) {
        java.util.function.Consumer<Path> open = file -> Platform.runLater(() -> {
            stage.toFront();
            viewModel.filesDropped(List.of(file));
        });
        try {
            instance = SingleInstance.listen(SettingsFile.userFolder(), open);
        } catch (java.io.IOException e) {
            LOG.warn("Files from later starts will open in new windows: {}", e.getMessage());
        }
        MacOpenFileEvents.install(open);
    }

    /**
     * Shows the main window where the settings say it was left (bounds and dividers), and keeps
     * them there again when it closes; {@code afterClose} then ends the application.
     */
    public static MainWindowView showMainWindow(Stage stage, MainWindowViewModel viewModel, Preferences settings,
                                                Runnable afterClose) {
        return showMainWindow(stage, viewModel, settings, afterClose, problem -> LOG.warn("{}", problem));
    }

    /**
     * Shows the main window as above, in the look the stored preferences choose (text sizes,
     * theme), which Edit → Preferences… changes at once in every window of it.
     *
     * @param problems hears one line for each broken preference (its default is used)
     */
    public static MainWindowView showMainWindow(Stage stage, MainWindowViewModel viewModel, Preferences settings,
                                                Runnable afterClose, Consumer<String> problems) {
        UserPreferencesStore store = new UserPreferencesStore(settings.node(UserPreferencesStore.NODE),
                settings instanceof SettingsFile file ? file.file().toString() : SettingsFile.FILE_NAME);
        UserPreferences preferences = store.load(problems);
        Appearance appearance = new Appearance(stylesheet(), stage, preferences);
        viewModel.usePreferences(store, preferences, appearance::use);
        WindowPlacement placement = new WindowPlacement(settings.node("window").node("main"));
        MainWindowView[] view = new MainWindowView[1];
        Scene scene = createScene(viewModel, () -> {
            placement.saveBounds(stage);
            view[0].saveDividers(placement);
            placement.flush();
            appearance.uninstall();
            stage.hide();
            afterClose.run();
        }, 1200, 760);
        view[0] = (MainWindowView) scene.getRoot();
        view[0].attachTo(stage);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placement.restoreBounds(stage, 1440, 900);
        view[0].restoreDividers(placement);
        view[0].keepOpenWindowsIn(settings.node("window").node("analysis"));
        appearance.install();
        stage.show();
        // Some window managers (GTK under openbox) open the window at its minimum size whatever
        // was asked before it showed: ask again once it is on screen.
        placement.restoreBounds(stage, 1440, 900);
        return view[0];
    }

    /** The main window's smallest size: every pane at its minimum width, the toolbar whole. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;

    @Override
    public void stop() {
        LOG.debug("Shutting down");
        if (instance != null) {
            instance.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
