package org.grounded.ui.analysis.statistics;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.export.table.StatisticsLine;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.SplitKind;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.Combos;
import org.grounded.ui.analysis.ExportBar;

import static org.grounded.ui.i18n.Localization.lang;

/** The participant statistics window's content: how to split, the table, the exports. */
public final class ParticipantStatisticsView extends BorderPane {

    private final ParticipantStatisticsViewModel viewModel;
    private final TableView<StatisticsLine> table = new TableView<>();

    public ParticipantStatisticsView(ParticipantStatisticsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("analysis-view", "statistics-view");

        ComboBox<SplitKind> split = Combos.of("statistics-split", FXCollections.observableArrayList(SplitKind.values()),
                viewModel.splitProperty(), ParticipantStatisticsView::splitLabel);
        ComboBox<String> attribute = Combos.of("statistics-split-attribute", viewModel.attributes(),
                viewModel.splitAttributeProperty(), name -> name);
        attribute.visibleProperty().bind(viewModel.splitProperty().isEqualTo(SplitKind.ATTRIBUTE));
        attribute.managedProperty().bind(attribute.visibleProperty());
        javafx.scene.control.TextField ranges = new javafx.scene.control.TextField();
        ranges.setId("statistics-ranges");
        ranges.setPromptText(lang("Age=20,30,40"));
        ranges.setPrefColumnCount(22); // "Age=20,30,40; Child age=4-6,7-9" fits
        ranges.setTooltip(new javafx.scene.control.Tooltip(lang("Group number attributes into ranges, separated by ; — edges 20,30,40 give 20–30, 30–40, > 40 (each holds its lower edge: 30 is in 30–40); 20..50/10 equal widths; 4-6,7-9 closed ranges. Press Enter to apply.")));
        ranges.setText(viewModel.rangesProperty().get());
        viewModel.rangesProperty().addListener((observable, before, after) -> {
            if (!java.util.Objects.equals(after, ranges.getText())) {
                ranges.setText(after);
            }
        });
        ranges.setOnAction(event -> viewModel.rangesProperty().set(ranges.getText()));
        ranges.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                viewModel.rangesProperty().set(ranges.getText());
            }
        });
        javafx.scene.control.CheckBox paper = new javafx.scene.control.CheckBox("% (n)"); // NON-NLS: symbols
        paper.setId("statistics-paper-layout");
        paper.setTooltip(new javafx.scene.control.Tooltip(lang("Cells as a paper's table: 57.50 % (46)")));
        paper.selectedProperty().bindBidirectional(viewModel.paperLayoutProperty());
        javafx.scene.control.Button saveRanges = new javafx.scene.control.Button(lang("Save ranges"));
        saveRanges.setId("statistics-save-ranges");
        saveRanges.setTooltip(new javafx.scene.control.Tooltip(lang("Keep these ranges with their attributes, so the citations table's columns and filters and these statistics group the numbers the same way (Age= with nothing after it stops grouping Age). Undo takes it back.")));
        saveRanges.setOnAction(event -> {
            viewModel.rangesProperty().set(ranges.getText());
            viewModel.saveRanges();
        });
        HBox options = new HBox(6, Combos.caption(lang("Columns")), split, attribute, Combos.caption(lang("Ranges")), ranges,
                saveRanges, paper);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("analysis-options");
        // On a narrow window the ranges field gives up width, never a caption or a button's label.
        options.getChildren().stream().filter(javafx.scene.control.Labeled.class::isInstance)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        ranges.setMinWidth(120);
        ExportBar exports = new ExportBar("statistics", ParticipantStatisticsViewModel.EXPORT_FORMATS,
                viewModel::export, viewModel::copy, viewModel.descriptivesProperty().isNotNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, options, spacer, exports);
        top.getStyleClass().add("analysis-top");
        setTop(top);

        table.setId("statistics-table");
        table.getStyleClass().add("statistics-table");
        table.setItems(viewModel.lines());
        table.setPlaceholder(AnalysisWindowLayout.placeholder(
                lang("No participants to describe: give the participants attributes (age, role…) to see them here."),
                viewModel.computingProperty()));
        AnalysisWindowLayout.marksUpdating(table, viewModel.computingProperty());
        viewModel.parts().addListener((ListChangeListener<String>) change -> rebuildColumns());
        viewModel.lines().addListener((ListChangeListener<StatisticsLine>) change -> fitLabelColumn());
        rebuildColumns();
        Label legend = new Label();
        // The exports' notes under the table: SD, and each range's boundary rule (30 falls in 30–40).
        legend.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String notes = viewModel.notesProperty().get();
            return lang("Percentages of each column's participants; figures are rounded to two decimals.")
                    + " " + (notes == null || notes.isBlank() ? lang("SD is the sample standard deviation (n − 1).") : notes);
        }, viewModel.notesProperty()));
        legend.setId("statistics-legend");
        legend.setMinHeight(Region.USE_PREF_SIZE);
        legend.getStyleClass().add("analysis-legend");
        legend.setWrapText(true);
        VBox center = new VBox(table, legend);
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(center);
        setBottom(AnalysisWindowLayout.statusLine("statistics-status", viewModel));
    }

    static String splitLabel(SplitKind kind) {
        return switch (kind) {
            case NONE -> lang("All participants");
            case PARTICIPANT_GROUP -> lang("All, and each participant group");
            case ATTRIBUTE -> lang("All, and each value of");
        };
    }

    private void rebuildColumns() {
        List<TableColumn<StatisticsLine, ?>> columns = new ArrayList<>();
        TableColumn<StatisticsLine, StatisticsLine> label = new TableColumn<>("");
        label.setId("statistics-label");
        label.setSortable(false);
        label.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        label.setCellFactory(column -> new LabelCell());
        label.setPrefWidth(240);
        columns.add(label);
        List<String> parts = viewModel.parts();
        for (int i = 0; i < parts.size(); i++) {
            int index = i;
            TableColumn<StatisticsLine, String> part = new TableColumn<>(
                    parts.get(i).equals(Descriptives.ALL_PARTICIPANTS) ? lang("All participants") : parts.get(i));
            part.setSortable(false);
            part.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cells().get(index)));
            part.setCellFactory(column -> new ValueCell());
            part.setPrefWidth(Math.max(120, 8 * parts.get(i).length() + 24));
            part.getStyleClass().add("number-column");
            columns.add(part);
        }
        table.getColumns().setAll(columns);
        fitLabelColumn();
    }

    /** Wide enough for the longest attribute name or value, so none is cut off. */
    private void fitLabelColumn() {
        int longest = viewModel.lines().stream().mapToInt(line -> line.label().length()
                + (line.kind() == StatisticsLine.Kind.ENTRY ? 3 : 0)).max().orElse(20);
        if (!table.getColumns().isEmpty()) {
            table.getColumns().get(0).setPrefWidth(Math.min(420, Math.max(200, 8.2 * longest + 40)));
        }
    }

    /** An attribute in bold, its values and statistics indented below it. */
    private static final class LabelCell extends TableCell<StatisticsLine, StatisticsLine> {
        @Override
        protected void updateItem(StatisticsLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("attribute-line", "entry-line");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.kind() == StatisticsLine.Kind.ENTRY ? entryLabel(line.label()) : line.label());
            getStyleClass().add(line.kind() == StatisticsLine.Kind.ATTRIBUTE ? "attribute-line" : "entry-line");
        }
    }

    /**
     * The statistics' own row names ("Mean", "SD", "No value"…, which {@code StatisticsLines} writes in
     * English for the exports and the command line) in the window's language; attribute values as they are.
     */
    static String entryLabel(String label) {
        return switch (label) {
            case "Mean" -> lang("Mean"); // NON-NLS: matched against the exports' English
            case "Median" -> lang("Median"); // NON-NLS: matched against the exports' English
            case "SD" -> lang("SD"); // NON-NLS: matched against the exports' English
            case "Minimum" -> lang("Minimum"); // NON-NLS: matched against the exports' English
            case "Maximum" -> lang("Maximum"); // NON-NLS: matched against the exports' English
            case "Earliest" -> lang("Earliest"); // NON-NLS: matched against the exports' English
            case "Latest" -> lang("Latest"); // NON-NLS: matched against the exports' English
            case "No value" -> lang("No value"); // NON-NLS: matched against the exports' English
            default -> label;
        };
    }

    private static final class ValueCell extends TableCell<StatisticsLine, String> {
        ValueCell() {
            getStyleClass().add("statistics-value");
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("attribute-line");
            setText(empty ? null : value);
            if (!empty && getTableRow() != null && getTableRow().getItem() != null
                    && getTableRow().getItem().kind() == StatisticsLine.Kind.ATTRIBUTE) {
                getStyleClass().add("attribute-line");
            }
        }
    }
}
