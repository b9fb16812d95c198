package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.refi.RefiImportReport;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.model.AttributeScope;
import org.grounded.ui.ChoosersAnsweredBy;
import org.grounded.ui.InMemoryPreferences;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.WindowChecks;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.dialog.FxDialogService;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.prefs.SettingsFile;
import org.grounded.ui.refi.ExternalSourcesView;
import org.grounded.ui.refi.ExternalSourcesViewModel;
import org.grounded.ui.refi.RefiExchange;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.welcome.SampleStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog of the window, shown for real (the application's {@link FxDialogService}; only
 * the operating system's file choosers are answered by the test) on a small hand-made study on
 * Monocle's 1280 × 800 screen: each opens inside the screen, with its buttons whole and inside it
 * and no column header cut without a tooltip. The test walks each flow as a user would, pressing
 * each dialog's default button.
 */
@ExtendWith(ApplicationExtension.class)
class EveryDialogFitsTest {

    @TempDir
    Path folder;

    private Path projectFile;
    private final StubDialogService files = new StubDialogService();
    private DialogService dialogs;
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        projectFile = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(2), projectFile);
        dialogs = new ChoosersAnsweredBy(files, new FxDialogService(stage, GroundedApp.stylesheet()));
        AppServices services = new AppServices(dialogs, new CurrentThreadTaskExecutor(),
                ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                TranscriptImports.of(new TranscriptImporter()), new RecentProjects(new InMemoryPreferences()),
                new SampleStudy(name -> null, SampleStudy.RESOURCE, folder), TestServices.CLOCK,
                RefiExchange.standard(), CoderName.of(TestServices.CODER));
        viewModel = new MainWindowViewModel(services);
        view = GroundedApp.showMainWindow(stage, viewModel, SettingsFile.in(folder.resolve("config"), problem -> { }),
                () -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != stage).forEach(Window::hide));
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) view.lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /**
     * Runs a flow and, for each dialog it shows, notes its problems and presses its default
     * button (its first, when none is the default); returns the titles of the dialogs seen.
     */
    private List<String> walk(FxRobot robot, Runnable flow, List<String> problems) {
        Set<Window> seen = new HashSet<>(Window.getWindows());
        List<String> titles = new ArrayList<>();
        Platform.runLater(flow);
        for (int dialog = 0; dialog < 8; dialog++) {
            WaitForAsyncUtils.waitForFxEvents(4);
            Optional<Window> opened = Window.getWindows().stream()
                    .filter(window -> window.isShowing() && !seen.contains(window)).reduce((first, last) -> last);
            if (opened.isEmpty()) {
                break;
            }
            Window window = opened.get();
            seen.add(window);
            robot.interact(() -> {
                titles.add(((Stage) window).getTitle());
                problems.addAll(WindowChecks.problems(window));
            });
            robot.interact(() -> press(window));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return titles;
    }

    private static void press(Window window) {
        Node root = window.getScene().getRoot();
        if (!(root instanceof DialogPane pane)) {
            window.hide();
            return;
        }
        List<Button> buttons = pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
        buttons.stream().filter(button -> button.isDefaultButton() && !button.isDisabled()).findFirst()
                .or(() -> pane.getButtonTypes().stream()
                        .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE
                                || type == ButtonType.CLOSE)
                        .map(pane::lookupButton).map(Button.class::cast).findFirst())
                .or(() -> buttons.stream().findFirst())
                .ifPresent(Button::fire);
    }

    @Test
    void everyDialogFitsTheScreenWithItsButtonsAndHeadersWhole(FxRobot robot) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        files.openFiles.push(Optional.of(projectFile));
        titles.addAll(walk(robot, viewModel::openProject, problems));
        assertThat(viewModel.workspace().session()).isPresent();

        files.openMultiple.push(List.of(Path.of("samples/study/02-aisyah.txt")));
        titles.addAll(walk(robot, viewModel::importTranscripts, problems));

        Path sheet = folder.resolve("participants.csv");
        Files.writeString(sheet, "Participant,Age,Role,Country\nAna,34,donor,México\nBeatriz,29,recipient,Chile\n");
        files.openFiles.push(Optional.of(sheet));
        titles.addAll(walk(robot, () -> viewModel.importCases(AttributeScope.PARTICIPANT), problems));

        Path codebook = folder.resolve("codebook.qdc");
        files.saveFiles.push(Optional.of(codebook));
        titles.addAll(walk(robot, viewModel.refi()::exportCodebook, problems));
        files.openFiles.push(Optional.of(codebook));
        titles.addAll(walk(robot, viewModel.refi()::importCodebook, problems));

        files.saveFiles.push(Optional.of(folder.resolve("donacion.qdpx")));
        titles.addAll(walk(robot, viewModel.refi()::exportProject, problems));

        Path other = folder.resolve("other.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(1), other);
        files.openFiles.push(Optional.of(other));
        titles.addAll(walk(robot, viewModel.merge()::mergeProject, problems));

        titles.addAll(walk(robot, viewModel.studyReport()::exportStudyReport, problems));
        titles.addAll(walk(robot, () -> menuItem("menu-study-properties").fire(), problems));

        titles.addAll(walk(robot, () -> menuItem("menu-new-code").fire(), problems));
        titles.addAll(walk(robot, () -> menuItem("menu-coder-name").fire(), problems));
        titles.addAll(walk(robot, () -> menuItem("menu-preferences").fire(), problems));
        titles.addAll(walk(robot, () -> menuItem("menu-shortcuts").fire(), problems));
        titles.addAll(walk(robot, () -> menuItem("menu-about").fire(), problems));
        titles.addAll(walk(robot, () -> dialogs.pick("Merge code", "Merge 'Apoyo' into which code?",
                viewModel.workspace().project().orElseThrow().codes().stream().map(code -> code.name()).toList(),
                name -> name), problems));
        titles.addAll(walk(robot, () -> dialogs.showError("Cannot import", "Grounded could not read "
                + folder.resolve("broken.docx") + ": the file is not a Word document.", new IOException("zip END header not found")),
                problems));
        RefiImportReport report = new RefiImportReport(Path.of("/data/shared.qdpx"), "", "",
                new RefiImportReport.Counts(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                List.of(), List.of(), List.of(new RefiImportReport.ExternalFile("text source 'Entrevista 1'",
                        Path.of("/home/ana/Documents/entrevistas/entrevista-1.docx"))));
        titles.addAll(walk(robot, () -> dialogs.showDialog(new ExternalSourcesViewModel(report),
                ExternalSourcesView::new), problems));

        assertThat(titles).as("the dialogs seen").contains("Import transcripts", "Keyboard shortcuts", "About Grounded",
                "Export study report", "Study report written", "Study properties");
        assertThat(titles.size()).as("dialogs seen: " + titles).isGreaterThanOrEqualTo(16);
        assertThat(problems).isEmpty();
    }
}
