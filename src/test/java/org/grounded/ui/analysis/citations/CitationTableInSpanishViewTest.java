package org.grounded.ui.analysis.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.i18n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The citations table window started in Spanish: its headings, options and the legend under the
 * table (whose English the exports and the command line keep) are in Spanish; the data is not.
 */
@ExtendWith(ApplicationExtension.class)
class CitationTableInSpanishViewTest {

    @TempDir
    Path folder;

    private AnalysisWindowDriver driver;

    @Start
    void start(Stage stage) throws IOException {
        Localization.use(Locale.forLanguageTag("es"));
        driver = new AnalysisWindowDriver(folder);
        driver.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        try {
            driver.close(robot);
        } finally {
            Localization.use(Locale.ENGLISH);
        }
    }

    @Test
    void headingsOptionsAndLegendAreSpanish(FxRobot robot) {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<CitationRow> table = robot.lookup("#citations-table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .contains("Código", "Rango", "Total", "María", "Nurul")
                .doesNotContain("Code", "Rank");

        String legend = robot.lookup("#citations-legend").queryAs(Label.class).getText();
        assertThat(legend).containsAnyOf("valores más altos de cada columna", "Sin marcas * ni **")
                .contains("Haga clic en un recuento para ver sus citas")
                .doesNotContain("largest", "Click");

        assertThat(shown(robot.lookup("#citations-columns").queryAs(ComboBox.class))).isEqualTo("Una por participante");
        assertThat(shown(robot.lookup("#citations-rows").queryAs(ComboBox.class))).isEqualTo("Todos los códigos");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Columnas", "Filas", "Marcar los mayores", "Filtro");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(ComboBox box) {
        return box.getConverter().toString(box.getValue());
    }
}
