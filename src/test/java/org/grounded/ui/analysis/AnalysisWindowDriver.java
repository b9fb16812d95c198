package org.grounded.ui.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.MainWindowView;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.TaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window over a copy of the sample study, for the analysis windows' GUI tests. */
public final class AnalysisWindowDriver {

    public final StubDialogService dialogs = new StubDialogService();
    public final MainWindowViewModel viewModel;
    private final Path projectFile;
    private Stage mainStage;

    /** Copies the sample study into the folder and builds the window's view model. */
    public AnalysisWindowDriver(Path folder) throws IOException {
        this(folder, new CurrentThreadTaskExecutor());
    }

    /** With an executor of the test's, e.g. one that holds background work until the test runs it. */
    public AnalysisWindowDriver(Path folder, TaskExecutor executor) throws IOException {
        projectFile = folder.resolve("milk-donation.grounded");
        Files.copy(AnalysisFixture.SAMPLE, projectFile);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, executor, folder));
    }

    public void start(Stage stage) {
        mainStage = stage;
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    public Stage mainStage() {
        return mainStage;
    }

    public MainWindowView mainView() {
        return (MainWindowView) mainStage.getScene().getRoot();
    }

    /** Opens the copy of the sample with Ctrl+O, as a user would. */
    public void openSample(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    /** The cell of a table column shown in a row, looked up among the cells on screen. */
    @SuppressWarnings("rawtypes")
    public static TableCell cell(FxRobot robot, String styleClass, int row, java.util.function.Predicate<TableCell> column) {
        List<TableCell> cells = robot.lookup("." + styleClass).queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getIndex() == row && !cell.isEmpty() && column.test(cell)).toList();
        if (cells.isEmpty()) {
            throw new AssertionError("No ." + styleClass + " cell in row " + row);
        }
        return cells.get(0);
    }
}
