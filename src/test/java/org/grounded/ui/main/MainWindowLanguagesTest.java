package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.grounded.ui.StubDialogService;
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

/**
 * The main window built in Spanish and then in Malay (the language is chosen before the window is
 * built, as at start): its menus and the welcome screen speak the language, and no menu item is
 * left in English. The expected words are the ones a Mexican or Malaysian researcher reads in
 * their other software, written here by hand rather than read from the bundles.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowLanguagesTest {

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    @Test
    void theMenusAndTheWelcomeScreenSpeakSpanishAndMalay(FxRobot robot) {
        Map<String, String> english = menuItems(robot, Locale.ENGLISH);

        Map<String, String> spanish = menuItems(robot, Locale.forLanguageTag("es"));
        assertThat(menus(robot)).containsExactly("Archivo", "Editar", "Ver", "Codificación", "Análisis", "Red", "Ayuda");
        assertThat(items(robot, "Editar")).startsWith("Deshacer", "Rehacer");
        assertThat(items(robot, "Análisis")).contains("Buscar en el proyecto…", "Tabla de citas",
                "Coocurrencia de códigos", "Frecuencias de palabras");
        assertThat(items(robot, "Archivo")).contains("Abrir…", "Guardar como…", "Importar transcripciones…", "Salir");
        assertThat(labels(robot, "#welcome")).contains("Comenzar", "Proyecto nuevo", "Abrir proyecto…",
                "Proyectos recientes");
        assertThat(untranslated(english, spanish)).isEmpty();

        Map<String, String> malay = menuItems(robot, Locale.forLanguageTag("ms"));
        assertThat(menus(robot)).containsExactly("Fail", "Sunting", "Paparan", "Pengekodan", "Analisis", "Rangkaian",
                "Bantuan");
        assertThat(items(robot, "Sunting")).startsWith("Buat asal", "Buat semula");
        assertThat(items(robot, "Analisis")).contains("Cari dalam projek…", "Jadual petikan", "Kekerapan perkataan");
        assertThat(items(robot, "Fail")).contains("Buka…", "Simpan sebagai…", "Import transkrip…", "Keluar");
        assertThat(labels(robot, "#welcome")).contains("Projek baharu", "Projek terkini");
        assertThat(untranslated(english, malay)).isEmpty();
    }

    /** Builds the window in {@code language} and returns every menu item's text by its id. */
    private Map<String, String> menuItems(FxRobot robot, Locale language) {
        robot.interact(() -> {
            Localization.use(language);
            MainWindowViewModel viewModel = new MainWindowViewModel(
                    TestServices.with(new StubDialogService(), new CurrentThreadTaskExecutor(), folder));
            stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
            stage.show();
        });
        Map<String, String> texts = new LinkedHashMap<>();
        for (Menu menu : menuBar(robot).getMenus()) {
            collect(menu, texts);
        }
        return texts;
    }

    private static void collect(Menu menu, Map<String, String> texts) {
        for (MenuItem item : menu.getItems()) {
            if (item.getId() != null && item.getText() != null) {
                texts.put(item.getId(), item.getText());
            }
            if (item instanceof Menu sub) {
                collect(sub, texts);
            }
        }
    }

    /** The ids of menu items whose text is the same as in English. */
    private static List<String> untranslated(Map<String, String> english, Map<String, String> other) {
        return english.keySet().stream().filter(id -> english.get(id).equals(other.get(id))).toList();
    }

    private MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    private List<String> menus(FxRobot robot) {
        return menuBar(robot).getMenus().stream().map(Menu::getText).toList();
    }

    private List<String> items(FxRobot robot, String menu) {
        return menuBar(robot).getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).filter(text -> text != null).toList();
    }

    private List<String> labels(FxRobot robot, String root) {
        Node top = robot.lookup(root).query();
        return robot.from(top).lookup((Node node) -> node instanceof Labeled).queryAll().stream()
                .map(node -> ((Labeled) node).getText()).toList();
    }
}
