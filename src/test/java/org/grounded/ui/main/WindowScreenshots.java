package org.grounded.ui.main;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.ui.ChoosersAnsweredBy;
import org.grounded.ui.InMemoryPreferences;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.dialog.FxDialogService;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.prefs.SettingsFile;
import org.grounded.ui.refi.RefiExchange;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.welcome.SampleStudy;

/**
 * Not a test: under Xvfb at 1280 × 800 with a window manager, opens the sample study and each
 * window in turn and captures the whole screen into {@code docs/screenshots/} (the main window,
 * each analysis window over it, the import dialog), e.g.
 * {@code DISPLAY=:12 java -cp target/test-classes:target/classes:CP org.grounded.ui.main.WindowScreenshots}.
 */
public final class WindowScreenshots {

    private static final Path OUT = Path.of("docs/screenshots");

    private WindowScreenshots() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("grounded-shots");
        Path project = folder.resolve("milk-donation.grounded");
        Files.copy(Path.of("samples/milk-donation.grounded"), project);
        Files.createDirectories(OUT);
        Platform.startup(() -> {
            Stage stage = new Stage();
            StubDialogService files = new StubDialogService();
            AppServices services = new AppServices(new ChoosersAnsweredBy(files,
                    new FxDialogService(stage, GroundedApp.stylesheet())), new CurrentThreadTaskExecutor(),
                    ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                    TranscriptImports.of(new TranscriptImporter()), new RecentProjects(new InMemoryPreferences()),
                    new SampleStudy(name -> null, SampleStudy.RESOURCE, folder), TestServices.CLOCK,
                    RefiExchange.standard(), CoderName.of(TestServices.CODER));
            MainWindowViewModel viewModel = new MainWindowViewModel(services);
            MainWindowView view = GroundedApp.showMainWindow(stage, viewModel,
                    SettingsFile.in(folder.resolve("config"), problem -> { }), Platform::exit);
            viewModel.openFile(project);

            Deque<Runnable> steps = new ArrayDeque<>();
            steps.add(() -> capture("main-window-1280x800.png"));
            shot(steps, stage, "citations-window-1280x800.png", () -> view.analysisWindows().show(AnalysisWindows.Kind.CITATIONS));
            shot(steps, stage, "cooccurrence-window-1280x800.png",
                    () -> view.analysisWindows().show(AnalysisWindows.Kind.COOCCURRENCE));
            shot(steps, stage, "statistics-window-1280x800.png",
                    () -> view.analysisWindows().show(AnalysisWindows.Kind.STATISTICS));
            shot(steps, stage, "agreement-window-1280x800.png",
                    () -> view.analysisWindows().show(AnalysisWindows.Kind.AGREEMENT));
            shot(steps, stage, "search-window-1280x800.png", () -> {
                viewModel.search().queryProperty().set("leche OR milk");
                view.searchWindow().show(false);
                viewModel.search().search();
            });
            shot(steps, stage, "network-window-1280x800.png", () -> {
                viewModel.workspace().project().orElseThrow().networks().stream().findFirst()
                        .ifPresent(network -> viewModel.network().open(network.id()));
                view.networkWindow().show();
            });
            shot(steps, stage, "guide-window-1280x800.png", () -> new org.grounded.ui.help.GuideWindow(stage,
                    stage.getScene().getStylesheets(),
                    org.grounded.ui.help.GuidePage.load(org.grounded.ui.help.GuidePage.FIRST_PAGE)).show());
            // The import dialog waits for an answer in its own loop: capture it from there, then cancel it.
            steps.add(() -> {
                java.util.Timer timer = new java.util.Timer(true);
                timer.schedule(new java.util.TimerTask() {
                    @Override
                    public void run() {
                        Platform.runLater(() -> {
                            nudge(stage);
                            capture("import-dialog-1280x800.png");
                            closeOthers(stage);
                        });
                    }
                }, 9000);
                Platform.runLater(() -> viewModel.importFiles(List.of(Path.of("samples/study/02-aisyah.txt"),
                        Path.of("samples/study/03-lucia.vtt"))));
            });
            steps.add(Platform::exit);
            next(steps);
        });
    }

    private static void shot(Deque<Runnable> steps, Stage main, String name, Runnable open) {
        steps.add(open);
        steps.add(() -> nudge(main));
        steps.add(() -> capture(name));
        steps.add(() -> closeOthers(main));
    }

    /** Xvfb sometimes shows a new window half painted until something changes: a pixel's resize repaints it. */
    private static void nudge(Window main) {
        List.copyOf(Window.getWindows()).stream().filter(window -> window != main).forEach(window -> {
            window.setWidth(window.getWidth() - 1);
            window.setWidth(window.getWidth() + 1);
        });
    }

    private static void closeOthers(Window main) {
        List.copyOf(Window.getWindows()).stream().filter(window -> window != main).forEach(Window::hide);
    }

    private static void next(Deque<Runnable> steps) {
        PauseTransition pause = new PauseTransition(Duration.seconds(6));
        pause.setOnFinished(event -> {
            Runnable step = steps.poll();
            if (step != null) {
                next(steps);
                step.run();
            }
        });
        pause.play();
    }

    private static void capture(String name) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        WritableImage image = new Robot().getScreenCapture(null, screen);
        PixelReader pixels = image.getPixelReader();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", OUT.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
