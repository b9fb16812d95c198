package org.grounded.ui.analysis.agreement;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.grounded.analysis.agreement.AgreementRow;
import org.grounded.analysis.agreement.AgreementUnit;
import org.grounded.analysis.agreement.Coefficient;
import org.grounded.analysis.agreement.Disagreement;
import org.grounded.export.report.AgreementExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.Combos;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The intercoder agreement window's content: the two coders and the unit, the coefficients per code
 * and document above, the disagreements below; a double click (or Enter) on a disagreement opens
 * its passage in the transcript.
 */
public final class AgreementView extends BorderPane {

    private final AgreementViewModel viewModel;
    private final TableView<AgreementRow> coefficients = new TableView<>();
    private final TableView<Disagreement> disagreements = new TableView<>();

    public AgreementView(AgreementViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("analysis-view", "agreement-view");

        ComboBox<String> first = Combos.of("agreement-first-coder", viewModel.coders(), viewModel.firstCoderProperty(),
                name -> name);
        ComboBox<String> second = Combos.of("agreement-second-coder", viewModel.coders(),
                viewModel.secondCoderProperty(), name -> name);
        ComboBox<AgreementUnit> unit = Combos.of("agreement-unit", FXCollections.observableArrayList(AgreementUnit.values()),
                viewModel.unitProperty(), AgreementView::unitLabel);
        Button copy = new Button(lang("Copy"));
        copy.setId("agreement-copy");
        copy.setOnAction(event -> viewModel.copy());
        copy.disableProperty().bind(viewModel.reportProperty().isNull());
        MenuButton export = new MenuButton(lang("Export…"));
        export.setId("agreement-export");
        export.getItems().addAll(
                exportItem(viewModel, lang("Coefficients as CSV…"), AgreementViewModel.ExportPart.COEFFICIENTS, ExportFormat.CSV),
                exportItem(viewModel, lang("Coefficients as Excel workbook…"), AgreementViewModel.ExportPart.COEFFICIENTS,
                        ExportFormat.XLSX),
                exportItem(viewModel, lang("Disagreements as CSV…"), AgreementViewModel.ExportPart.DISAGREEMENTS,
                        ExportFormat.CSV),
                exportItem(viewModel, lang("Disagreements as Excel workbook…"), AgreementViewModel.ExportPart.DISAGREEMENTS,
                        ExportFormat.XLSX),
                exportItem(viewModel, lang("Both as Markdown…"), AgreementViewModel.ExportPart.BOTH, ExportFormat.MARKDOWN));
        export.disableProperty().bind(viewModel.reportProperty().isNull());
        HBox top = new HBox(6, Combos.caption(lang("Coders")), first, second, Combos.caption(lang("Unit")), unit, copy, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().addAll("analysis-top", "analysis-options");
        setTop(top);

        coefficients.setId("agreement-coefficients");
        coefficients.setItems(viewModel.rows());
        coefficients.setPlaceholder(AnalysisWindowLayout.placeholder(
                lang("No codings by two coders to compare: merge a second coder's project (File → Merge project…)."),
                viewModel.computingProperty()));
        viewModel.rows().addListener((ListChangeListener<AgreementRow>) change -> rebuildColumns());
        rebuildColumns();

        disagreements.setId("agreement-disagreements");
        disagreements.setItems(viewModel.disagreements());
        disagreements.setPlaceholder(new Label(lang("No disagreements.")));
        disagreements.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected();
            }
        });
        disagreements.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        Label heading = new Label(lang("Disagreements — double-click one to see the passage"));
        heading.getStyleClass().add("analysis-legend");
        VBox center = new VBox(4, coefficients, heading, disagreements);
        VBox.setVgrow(coefficients, Priority.ALWAYS);
        VBox.setVgrow(disagreements, Priority.ALWAYS);
        setCenter(center);
        setBottom(AnalysisWindowLayout.statusLine("agreement-status", viewModel));
    }

    static String unitLabel(AgreementUnit unit) {
        return switch (unit) {
            case CHARACTER -> lang("Characters (alpha-binary)");
            case SEGMENT -> lang("Segments (kappas)");
        };
    }

    private void openSelected() {
        Disagreement selected = disagreements.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.open(selected);
        }
    }

    private void rebuildColumns() {
        coefficients.getColumns().setAll(List.of(
                column(lang("Code"), row -> row.name(), 240),
                column(lang("Document"), AgreementRow::documentName, 170),
                column(viewModel.unitProperty().get() == AgreementUnit.CHARACTER ? lang("Characters") : lang("Segments"),
                        row -> Long.toString(row.units()), 90)));
        var report = viewModel.reportProperty().get();
        if (report != null) {
            for (Coefficient coefficient : AgreementExport.columns(report)) {
                coefficients.getColumns().add(column(coefficient.label(), row -> row.coefficients().containsKey(coefficient)
                        ? AgreementExport.format(row.value(coefficient)) : "", 150));
            }
        }
        disagreements.getColumns().setAll(List.of(
                disagreementColumn(lang("Code"), Disagreement::scope, 240),
                disagreementColumn(lang("Document"), Disagreement::documentName, 170),
                disagreementColumn(lang("Characters"), d -> d.start() + "–" + d.end(), 110)));
        if (report != null) {
            for (int i = 0; i < report.coders().size(); i++) {
                int coder = i;
                disagreements.getColumns().add(disagreementColumn(report.coders().get(i), d -> {
                    List<String> codes = d.codesPerCoder().get(coder);
                    return codes.isEmpty() ? "—" : String.join("; ", codes);
                }, 220));
            }
        }
    }

    private static TableColumn<AgreementRow, String> column(String title,
                                                            java.util.function.Function<AgreementRow, String> value,
                                                            double width) {
        TableColumn<AgreementRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setId("agreement-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<Disagreement, String> disagreementColumn(String title,
                                                                       java.util.function.Function<Disagreement, String> value,
                                                                       double width) {
        TableColumn<Disagreement, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static MenuItem exportItem(AgreementViewModel viewModel, String label, AgreementViewModel.ExportPart part,
                                       ExportFormat format) {
        MenuItem item = new MenuItem(label);
        item.setId("agreement-export-" + part.name().toLowerCase(java.util.Locale.ROOT) + "-" + format.option());
        item.setOnAction(event -> viewModel.export(part, format));
        return item;
    }
}
