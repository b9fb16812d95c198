package org.grounded.ui.quotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quotations table, in a tab behind another (as when coding in the viewer with the quotation's
 * details in front), selects the row of the quotation chosen and brings it into view once its tab
 * comes to the front; in front, it brings it into view at once.
 */
@ExtendWith(ApplicationExtension.class)
class QuotationsViewScrollViewTest {

    private static final int QUOTATIONS = 120;

    private final List<UUID> quotations = new ArrayList<>();
    private Workspace workspace;
    private TabPane tabs;
    private TableView<QuotationsViewModel.QuotationRow> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < QUOTATIONS; i++) {
            text.append("Ana: turn ").append(i).append(" about the milk bank.\n");
        }
        Document document = Document.of("Ana", text.toString());
        Code fear = Code.of("Fear", "#C8553D");
        Project project = Project.create("Study");
        EntityEdit.Builder setup = EntityEdit.builder("Setup").add(document).add(fear);
        int at = 0;
        for (int i = 0; i < QUOTATIONS; i++) {
            Quotation quotation = Quotation.of(document.id(), at, at + 8, List.of(fear.id()), "lucía");
            quotations.add(quotation.id());
            setup.add(quotation);
            at = text.indexOf("\n", at) + 1;
        }
        project.apply(setup.build());
        workspace = new Workspace();
        workspace.setSession(ProjectSession.untitled(project));
        workspace.selectedDocumentProperty().set(document.id());
        QuotationsView view = new QuotationsView(new QuotationsViewModel(workspace));
        tabs = new TabPane(new Tab("Details", new Label("details")), new Tab("Quotations", view));
        stage.setScene(new Scene(tabs, 600, 400));
        stage.show();
        table = (TableView<QuotationsViewModel.QuotationRow>) view.lookup("#quotation-table");
    }

    /** The quotations whose rows are on screen. */
    private List<UUID> rowsShown(FxRobot robot) {
        List<UUID> shown = new ArrayList<>();
        robot.interact(() -> {
            tabs.applyCss();
            tabs.layout();
            double top = table.localToScene(table.getBoundsInLocal()).getMinY();
            double bottom = table.localToScene(table.getBoundsInLocal()).getMaxY();
            for (Node node : table.lookupAll(".table-row-cell")) {
                TableRow<?> row = (TableRow<?>) node;
                double y = row.localToScene(row.getBoundsInLocal()).getMinY();
                if (row.isVisible() && row.getItem() != null && y >= top && y < bottom) {
                    shown.add(((QuotationsViewModel.QuotationRow) row.getItem()).id());
                }
            }
        });
        return shown;
    }

    @Test
    void aQuotationChosenWhileTheTableIsBehindIsSelectedAndInViewWhenItsTabComesToTheFront(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        UUID late = quotations.get(100);
        robot.interact(() -> workspace.selectedQuotationProperty().set(late));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(late);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(rowsShown(robot)).as("the rows shown once the table's tab is in front").contains(late);

        UUID early = quotations.get(3);
        robot.interact(() -> workspace.selectedQuotationProperty().set(early));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(early);
        assertThat(rowsShown(robot)).as("the rows shown when a quotation is chosen with the table in front")
                .contains(early).doesNotContain(late);
    }
}
