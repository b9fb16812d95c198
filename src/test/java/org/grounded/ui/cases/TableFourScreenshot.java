package org.grounded.ui.cases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.grounded.io.cases.SurveyA;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.AttributeScope;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.analysis.statistics.ParticipantStatisticsViewModel;
import org.grounded.ui.main.AnalysisWindows;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowView;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;

/**
 * Not a test: study A's 80 survey answers imported from a spreadsheet into a new project, and the
 * participant statistics window in Table 4's layout (ages and children's ages in ranges), for the
 * README's screenshot under Xvfb ({@code docs/images/table4.png}). With an argument "preview" it
 * shows the import's preview dialog instead.
 */
public final class TableFourScreenshot {

    private TableFourScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("grounded-shot");
        Path project = folder.resolve("study-a.grounded");
        new ProjectFileStore().save(Project.create("Study A — survey"), project);
        Path survey = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(';', true),
                StandardCharsets.UTF_8, new byte[0]);
        boolean preview = args.length > 0 && args[0].equals("preview");
        Platform.startup(() -> {
            StubDialogService dialogs = new StubDialogService();
            MainWindowViewModel viewModel = new MainWindowViewModel(
                    TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
            Stage stage = new Stage();
            stage.setScene(GroundedApp.createScene(viewModel, Platform::exit, 1280, 800));
            stage.setTitle("Study A — survey — Grounded");
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.setWidth(1280);
            stage.setHeight(800);
            viewModel.openFile(project);
            dialogs.openFiles.push(Optional.of(survey));
            dialogs.caseImport = shown -> {
                shown.missingCodesProperty().set("99");
                shown.column("Comment").orElseThrow().skippedProperty().set(true);
                if (preview) {
                    CaseImportView dialog = new CaseImportView(shown);
                    dialog.initOwner(stage);
                    dialog.getDialogPane().getStylesheets().add(GroundedApp.stylesheet());
                    Platform.runLater(dialog::showAndWait);
                    return false;
                }
                return true;
            };
            viewModel.importCases(AttributeScope.PARTICIPANT);
            if (preview) {
                return;
            }
            ParticipantStatisticsViewModel statistics = viewModel.analysis().statistics();
            statistics.rangesProperty().set("Age=20,30,40; Child age=4-6,7-9,10-12");
            statistics.paperLayoutProperty().set(true);
            MainWindowView view = (MainWindowView) stage.getScene().getRoot();
            view.analysisWindows().show(AnalysisWindows.Kind.STATISTICS);
            view.analysisWindows().stage(AnalysisWindows.Kind.STATISTICS).ifPresent(window -> {
                window.setX(20);
                window.setY(60);
                window.setWidth(1240);
                window.setHeight(720);
            });
        });
    }
}
