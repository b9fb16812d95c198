package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.model.edits.CodingEdits;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.i18n.Localization;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Edit menu names the step it would undo in the window's language ("Deshacer Importar 2
 * transcripciones", not "Deshacer Import 2 transcripts"), while the journal beside the project keeps
 * the English words the command line reads. The expected words are written here by hand, as a
 * Mexican or Malaysian researcher would read them.
 */
@ExtendWith(ApplicationExtension.class)
class UndoNamesInTheWindowsLanguageViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private Stage stage;
    private MainWindowViewModel viewModel;
    private Path projectFile;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        projectFile = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(2), projectFile);
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        robot.interact(() -> viewModel.closeProject());
        Localization.use(Locale.ENGLISH);
    }

    private void openIn(FxRobot robot, Locale language) {
        robot.interact(() -> {
            Localization.use(language);
            viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
            stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
            stage.show();
            viewModel.openFile(projectFile);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String undoItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-undo".equals(item.getId())).findFirst().map(MenuItem::getText).orElseThrow();
    }

    private Project project() {
        return viewModel.workspace().project().orElseThrow();
    }

    @Test
    void importingAndCodingAreNamedInSpanishWhileTheJournalStaysEnglish(FxRobot robot) throws IOException {
        openIn(robot, Locale.forLanguageTag("es"));
        Path ana = Files.writeString(folder.resolve("ana.txt"), "Entrevistadora: ¿Cómo empezó?\nAna: En el grupo.\n",
                StandardCharsets.UTF_8);
        Path bea = Files.writeString(folder.resolve("bea.txt"), "Entrevistadora: ¿Y usted?\nBea: Por mi hija.\n",
                StandardCharsets.UTF_8);

        robot.interact(() -> viewModel.importFiles(List.of(ana, bea)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undoItem(robot)).isEqualTo("Deshacer Importar 2 transcripciones");

        robot.interact(() -> perform(CodebookEdits.createCode(project(), "Esperanza", "#3D6FB6")));
        assertThat(undoItem(robot)).isEqualTo("Deshacer Añadir el código 'Esperanza'");

        Document first = project().documents().iterator().next();
        List<UUID> fourCodes = project().codes().stream().limit(4).map(Code::id).toList();
        robot.interact(() -> perform(CodingEdits.applyCodes(project(), first.id(), 0, 10, fourCodes, "Rosa",
                TestServices.CLOCK.instant()).orElseThrow()));
        assertThat(undoItem(robot)).isEqualTo("Deshacer Aplicar 4 códigos");

        robot.interact(() -> viewModel.undo());
        assertThat(undoItem(robot)).isEqualTo("Deshacer Añadir el código 'Esperanza'");
        assertThat(redoItem(robot)).isEqualTo("Rehacer Aplicar 4 códigos");

        String journal = new String(Files.readAllBytes(ProjectJournal.fileFor(projectFile)), StandardCharsets.UTF_8);
        assertThat(journal).contains("\"Import 2 transcripts\"", "\"Add code 'Esperanza'\"", "\"Apply 4 codes\"")
                .doesNotContain("Importar", "Añadir", "Aplicar");
    }

    @Test
    void aCodingIsNamedInMalay(FxRobot robot) {
        openIn(robot, Locale.forLanguageTag("ms"));

        robot.interact(() -> perform(CodebookEdits.createCode(project(), "Harapan", "#3D6FB6")));
        assertThat(undoItem(robot)).isEqualTo("Buat asal Tambah kod 'Harapan'");

        Document first = project().documents().iterator().next();
        Code hope = project().codeNamed("Harapan").orElseThrow();
        robot.interact(() -> perform(CodingEdits.applyCodes(project(), first.id(), 0, 10, List.of(hope.id()), "Rosa",
                TestServices.CLOCK.instant()).orElseThrow()));
        assertThat(undoItem(robot)).isEqualTo("Buat asal Guna 'Harapan'");
    }

    private String redoItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-redo".equals(item.getId())).findFirst().map(MenuItem::getText).orElseThrow();
    }

    private void perform(org.grounded.model.Edit edit) {
        viewModel.workspace().session().orElseThrow().undoManager().perform(edit);
    }
}
