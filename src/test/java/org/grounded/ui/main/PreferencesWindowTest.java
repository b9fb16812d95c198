package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.ui.ChoosersAnsweredBy;
import org.grounded.ui.InMemoryPreferences;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.dialog.FxDialogService;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.Appearance;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.prefs.SettingsFile;
import org.grounded.ui.prefs.Theme;
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
 * Edit → Preferences… on the real window with the sample study open: a larger transcript text
 * size makes the transcript's text larger at once, the dark theme darkens the window and the
 * dialogs opened after it, and Cancel changes nothing, on screen or on disk.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {

    @TempDir
    Path folder;

    private Path config;
    private final StubDialogService files = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path project = folder.resolve("milk-donation.grounded");
        Files.copy(AnalysisFixture.SAMPLE, project);
        config = folder.resolve("config");
        var dialogs = new ChoosersAnsweredBy(files, new FxDialogService(stage, GroundedApp.stylesheet()));
        AppServices services = new AppServices(dialogs, new CurrentThreadTaskExecutor(),
                ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                TranscriptImports.of(new TranscriptImporter()), new RecentProjects(new InMemoryPreferences()),
                new SampleStudy(name -> null, SampleStudy.RESOURCE, folder), TestServices.CLOCK,
                RefiExchange.standard(), CoderName.of(TestServices.CODER));
        viewModel = new MainWindowViewModel(services);
        GroundedApp.showMainWindow(stage, viewModel, SettingsFile.in(config, problem -> { }), () -> { });
        files.openFiles.push(Optional.of(project));
    }

    private void openSample(FxRobot robot) {
        robot.interact(viewModel::openProject);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != stage).forEach(Window::hide));
    }

    /** Opens Edit → Preferences…, lets {@code edit} change the dialog, and presses {@code button}. */
    private void editPreferences(FxRobot robot, Consumer<DialogPane> edit, ButtonType button) {
        DialogPane pane = openPreferences(robot);
        robot.interact(() -> edit.accept(pane));
        robot.interact(() -> ((Button) pane.lookupButton(button)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
    }

    private DialogPane openPreferences(FxRobot robot) {
        Platform.runLater(viewModel::editPreferences);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream()
                .filter(window -> window.isShowing() && window != stage && window.getScene().getRoot() instanceof DialogPane)
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no Preferences dialog"));
        assertThat(((Stage) dialog).getTitle()).isEqualTo("Preferences");
        return (DialogPane) dialog.getScene().getRoot();
    }

    @SuppressWarnings("unchecked")
    private static void setSpinner(DialogPane pane, String id, int value) {
        ((Spinner<Integer>) pane.lookup(id)).getValueFactory().setValue(value);
    }

    private double transcriptFontSize(FxRobot robot) {
        double[] size = new double[1];
        robot.interact(() -> {
            Region area = robot.lookup("#transcript-text").queryAs(Region.class);
            area.applyCss();
            area.layout();
            size[0] = area.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(text -> !text.getText().isBlank()).findFirst()
                    .orElseThrow(() -> new AssertionError("no transcript text")).getFont().getSize();
        });
        return size[0];
    }

    private double menuFontSize(FxRobot robot) {
        return robot.lookup("#menu-bar .label").queryAs(javafx.scene.control.Label.class).getFont().getSize();
    }

    private static double brightness(Region region) {
        return ((Color) region.getBackground().getFills().get(0).getFill()).getBrightness();
    }

    @Test
    void aLargerTranscriptTextSizeMakesTheTranscriptsTextLargerAtOnce(FxRobot robot) throws IOException {
        openSample(robot);
        double before = transcriptFontSize(robot);
        double menuBefore = menuFontSize(robot);
        assertThat(before).isEqualTo(15, within(0.01));

        editPreferences(robot, pane -> setSpinner(pane, "#preferences-transcript-text", 150), ButtonType.OK);

        assertThat(transcriptFontSize(robot)).isEqualTo(22.5, within(0.01));
        assertThat(menuFontSize(robot)).as("the rest of the window keeps its size").isEqualTo(menuBefore, within(0.01));
        assertThat(Files.readString(config.resolve(SettingsFile.FILE_NAME)))
                .contains("\"preferences/text-size-transcript\" : \"150\"");

        editPreferences(robot, pane -> setSpinner(pane, "#preferences-window-text", 200), ButtonType.OK);

        assertThat(menuFontSize(robot)).isEqualTo(2 * menuBefore, within(0.01));
        assertThat(transcriptFontSize(robot)).as("the transcript's size is on top of the window's")
                .isEqualTo(45, within(0.01));
    }

    /** The inline styles of the transcript's text, and the margin brackets' colours, as one list. */
    private static List<String> codeColoursShown(FxRobot robot) {
        List<String> shown = new java.util.ArrayList<>();
        robot.interact(() -> {
            org.fxmisc.richtext.InlineCssTextArea area = robot.lookup("#transcript-text")
                    .queryAs(org.fxmisc.richtext.InlineCssTextArea.class);
            area.getStyleSpans(0, area.getLength()).forEach(span -> shown.add(span.getStyle()));
            robot.lookup(".margin-bracket").queryAll().forEach(node -> shown.add(
                    "bracket " + ((javafx.scene.shape.Shape) node).getStroke().toString()));
        });
        return shown;
    }

    /** "#2B3D26" as the margin's Color prints it: "0x2b3d26ff". */
    private static String stroke(String hex) {
        return "bracket 0x" + hex.substring(1).toLowerCase(java.util.Locale.ROOT) + "ff";
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDarkThemeDrawsADarkCodesTintAndBracketLighterAndTheLightThemeAsChosen(FxRobot robot) {
        openSample(robot);
        // The sample's first interview opens; its first "Fears" quotation is at 1845–1915.
        robot.interact(() -> viewModel.transcript().revealPassage(1845, 1915));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        String fears = "#2B3D26";
        String lighter = org.grounded.ui.common.CodeColours.shown(fears, true);
        assertThat(codeColoursShown(robot)).anyMatch(style -> style.contains(fears + "3D"))
                .contains(stroke(fears)).noneMatch(style -> style.contains(lighter));

        editPreferences(robot, pane -> ((ComboBox<Theme>) pane.lookup("#preferences-theme")).setValue(Theme.DARK),
                ButtonType.OK);
        robot.interact(() -> stage.getScene().getRoot().layout());

        assertThat(codeColoursShown(robot)).anyMatch(style -> style.contains(lighter + "3D"))
                .contains(stroke(lighter)).noneMatch(style -> style.contains(fears)).doesNotContain(stroke(fears));

        editPreferences(robot, pane -> ((ComboBox<Theme>) pane.lookup("#preferences-theme")).setValue(Theme.LIGHT),
                ButtonType.OK);
        robot.interact(() -> stage.getScene().getRoot().layout());

        assertThat(codeColoursShown(robot)).anyMatch(style -> style.contains(fears + "3D")).contains(stroke(fears));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDarkThemeDarkensTheWindowAndTheDialogsOpenedAfter(FxRobot robot) {
        Region root = (Region) stage.getScene().getRoot();
        assertThat(brightness(root)).isGreaterThan(0.8);

        editPreferences(robot, pane -> ((ComboBox<Theme>) pane.lookup("#preferences-theme")).setValue(Theme.DARK),
                ButtonType.OK);

        assertThat(stage.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith(Appearance.DARK_STYLESHEET));
        assertThat(brightness(root)).as("the main window's background").isLessThan(0.2);
        DialogPane again = openPreferences(robot);
        robot.interact(again::applyCss);
        assertThat(brightness(again)).as("a dialog opened after").isLessThan(0.25);
        assertThat(((ComboBox<Theme>) again.lookup("#preferences-theme")).getValue()).isEqualTo(Theme.DARK);
        robot.interact(() -> ((Button) again.lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    @SuppressWarnings("unchecked")
    void cancelChangesNothingOnScreenOrOnDisk(FxRobot robot) throws IOException {
        openSample(robot);
        double before = transcriptFontSize(robot);
        List<String> sheets = List.copyOf(stage.getScene().getStylesheets());
        Path settings = config.resolve(SettingsFile.FILE_NAME);
        String stored = Files.exists(settings) ? Files.readString(settings) : "";

        editPreferences(robot, pane -> {
            setSpinner(pane, "#preferences-transcript-text", 200);
            setSpinner(pane, "#preferences-window-text", 150);
            ((ComboBox<Theme>) pane.lookup("#preferences-theme")).setValue(Theme.DARK);
            ((javafx.scene.control.TextField) pane.lookup("#preferences-coder")).setText("Someone else");
        }, ButtonType.CANCEL);

        assertThat(transcriptFontSize(robot)).isEqualTo(before, within(0.01));
        assertThat(stage.getScene().getStylesheets()).containsExactlyElementsOf(sheets);
        assertThat(Files.exists(settings) ? Files.readString(settings) : "").isEqualTo(stored).doesNotContain("preferences/");
        assertThat(viewModel.coderNameProperty().get()).isEqualTo(TestServices.CODER);
        DialogPane again = openPreferences(robot);
        assertThat(((Spinner<Integer>) again.lookup("#preferences-transcript-text")).getValue()).isEqualTo(100);
        robot.interact(() -> ((Button) again.lookupButton(ButtonType.CANCEL)).fire());
    }
}
