package org.grounded.ui.report;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.report.Grouping;
import org.grounded.export.report.ReportSection;
import org.grounded.ui.i18n.ChoiceLabels;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * File → Export study report…: the report's options, then "Write report". The options can be
 * saved as the file {@code grounded report --options} reads, and loaded from one.
 */
public final class ReportOptionsView extends Dialog<Boolean> {

    /** The spinner's top for the figure's least link weight. */
    private static final double MAX_FIGURE_WEIGHT = 100_000;

    public ReportOptionsView(ReportOptionsViewModel viewModel) {
        setTitle(lang("Export study report"));
        setHeaderText(lang("What the study report holds"));

        TextField title = new TextField();
        title.setId("report-title");
        title.promptTextProperty().bind(viewModel.defaultTitleProperty());
        title.setPrefColumnCount(30);
        title.textProperty().bindBidirectional(viewModel.titleProperty());

        VBox sections = new VBox(4);
        sections.setId("report-sections");
        for (ReportSection section : ReportSection.values()) {
            CheckBox box = new CheckBox(heading(section));
            box.setId("report-section-" + section.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(viewModel.sectionProperty(section));
            sections.getChildren().add(box);
        }

        CheckBox marks = new CheckBox(lang("Marks in the citations table"));
        marks.setId("report-marks");
        marks.selectedProperty().bindBidirectional(viewModel.marksProperty());
        ChoiceBox<CooccurrenceMeasure> cooccurrence = new ChoiceBox<>();
        cooccurrence.setId("report-cooccurrence");
        cooccurrence.getItems().setAll(CooccurrenceMeasure.values());
        cooccurrence.setConverter(ChoiceLabels.of(measure -> measure == CooccurrenceMeasure.COUNT
                ? lang("Quotations coded with both") : lang("C-coefficient")));
        cooccurrence.valueProperty().bindBidirectional(viewModel.cooccurrenceProperty());

        Spinner<Integer> examples = new Spinner<>(0, ReportOptionsViewModel.MAX_EXAMPLES, viewModel.examplesProperty().get());
        examples.setId("report-examples");
        examples.setEditable(true);
        examples.setPrefWidth(90);
        examples.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.examplesProperty().set(after);
            }
        });
        viewModel.examplesProperty().addListener((observable, before, after) ->
                examples.getValueFactory().setValue(after.intValue()));

        ChoiceBox<Grouping> grouping = new ChoiceBox<>();
        grouping.setId("report-grouping");
        grouping.getItems().setAll(Grouping.values());
        grouping.setConverter(ChoiceLabels.of(group -> group == Grouping.CODE ? lang("By category and code") : lang("By participant")));
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());

        ChoiceBox<String> network = new ChoiceBox<>();
        network.setId("report-network");
        network.getItems().setAll(viewModel.networkChoices());
        network.setConverter(ChoiceLabels.of(name -> name.isEmpty() ? lang("Codes and participants (default)") : name));
        network.valueProperty().bindBidirectional(viewModel.networkProperty());
        network.disableProperty().bind(viewModel.sectionProperty(ReportSection.NETWORK).not());

        HBox figureLinks = figureLinks(viewModel);

        FlowPane coders = new FlowPane(10, 4);
        coders.setId("report-coders");
        for (String coder : viewModel.coders()) {
            CheckBox box = new CheckBox(coder);
            box.selectedProperty().bindBidirectional(viewModel.coderProperty(coder));
            coders.getChildren().add(box);
        }
        Label everyCoder = new Label(lang("(none ticked: every coder)"));
        everyCoder.getStyleClass().add("details-muted");
        coders.getChildren().add(everyCoder);
        coders.setPrefWrapLength(360);
        Label codersLabel = label(lang("Count codings of:"));
        Tooltip.install(coders, new Tooltip(lang("None ticked counts every coder's codings")));

        TextField folder = new TextField();
        folder.setId("report-folder");
        folder.setPrefColumnCount(30);
        folder.textProperty().bindBidirectional(viewModel.folderProperty());
        Button choose = new Button(lang("Choose…"));
        choose.setId("report-choose-folder");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> viewModel.chooseFolder());
        HBox folderRow = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);

        Button save = new Button(lang("Save report options…"));
        save.setId("report-save-options");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setTooltip(new Tooltip(lang("A JSON file: grounded report PROJECT --options FILE -o FOLDER rebuilds this report")));
        save.setOnAction(event -> viewModel.saveOptions());
        Button load = new Button(lang("Load options…"));
        load.setId("report-load-options");
        load.setMinWidth(Region.USE_PREF_SIZE);
        load.setOnAction(event -> viewModel.loadOptions());
        HBox files = new HBox(6, load, save);
        files.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label(lang("Title:")), title);
        Label sectionsLabel = label(lang("Sections:"));
        GridPane.setValignment(sectionsLabel, javafx.geometry.VPos.TOP);
        GridPane.setValignment(codersLabel, javafx.geometry.VPos.TOP);
        grid.addRow(row++, sectionsLabel, sections);
        grid.addRow(row++, label(lang("Citations:")), marks);
        grid.addRow(row++, label(lang("Co-occurrence counts:")), cooccurrence);
        grid.addRow(row++, label(lang("Example quotations per code:")), examples);
        grid.addRow(row++, label(lang("Quotations grouped:")), grouping);
        grid.addRow(row++, label(lang("Figure:")), network);
        Label figureLinksLabel = label(lang("Figure's links:"));
        grid.addRow(row++, figureLinksLabel, figureLinks);
        // Shown with the network figure's section only, as it changes nothing else.
        for (Node node : List.of(figureLinksLabel, figureLinks)) {
            node.visibleProperty().bind(viewModel.sectionProperty(ReportSection.NETWORK));
            node.managedProperty().bind(node.visibleProperty());
        }
        if (viewModel.offersCoderChoice()) {
            grid.addRow(row++, codersLabel, coders);
        }
        grid.addRow(row++, label(lang("Folder:")), folderRow);
        grid.add(files, 1, row);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(620);

        ButtonType write = new ButtonType(lang("Write report"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(write, ButtonType.CANCEL);
        Node writeButton = getDialogPane().lookupButton(write);
        writeButton.setId("report-write");
        writeButton.disableProperty().bind(viewModel.validProperty().not());
        setResultConverter(button -> button == write);
    }

    /** A section's heading as the window's language writes it (the report itself is written in English). */
    static String heading(ReportSection section) {
        return switch (section) {
            case CITATIONS -> lang("Citations by participant");
            case COOCCURRENCE -> lang("Co-occurrence of codes");
            case STATISTICS -> lang("Participant statistics");
            case CODEBOOK -> lang("Codebook");
            case QUOTATIONS -> lang("Quotations by category");
            case MEMOS -> lang("Memos");
            case NETWORK -> lang("Semantic network");
        };
    }

    /** A label the growing fields beside it never squeeze to "…". */
    /**
     * "Only links cited at least [n] times (0 = all)": unticked, the figure draws its strongest
     * links as by default ({@code figureMinWeight} of the options file, {@code --figure-min-weight}).
     */
    private static HBox figureLinks(ReportOptionsViewModel viewModel) {
        CheckBox cut = new CheckBox(lang("Only links cited at least"));
        cut.setId("report-figure-cut");
        cut.setMinWidth(Region.USE_PREF_SIZE);
        cut.selectedProperty().bindBidirectional(viewModel.figureCutProperty());
        cut.setTooltip(new Tooltip(lang("Unticked, the figure draws its %0 strongest links",
                org.grounded.analysis.network.StrongestLinks.DEFAULT_MOST_LINKS)));
        javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory values =
                new javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory(0, MAX_FIGURE_WEIGHT,
                        viewModel.figureMinWeightProperty().get(), 1);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                if (value == null) {
                    return "";
                }
                return value == Math.rint(value) ? org.grounded.ui.i18n.Localization.number(value.longValue())
                        : org.grounded.ui.i18n.Localization.decimal(value, 2);
            }

            @Override
            public Double fromString(String text) {
                try {
                    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(
                            org.grounded.ui.i18n.Localization.locale());
                    return Math.max(0, format.parse(text.strip()).doubleValue());
                } catch (java.text.ParseException e) {
                    return viewModel.figureMinWeightProperty().get();
                }
            }
        });
        Spinner<Double> weight = new Spinner<>(values);
        weight.setId("report-figure-min-weight");
        weight.setEditable(true);
        weight.setPrefWidth(90);
        weight.setMinWidth(Region.USE_PREF_SIZE);
        weight.disableProperty().bind(cut.selectedProperty().not());
        weight.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.figureMinWeightProperty().set(after);
            }
        });
        viewModel.figureMinWeightProperty().addListener((observable, before, after) ->
                values.setValue(after.doubleValue()));
        Label times = new Label(lang("times (0 = all)"));
        times.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, cut, weight, times);
        row.setId("report-figure-links");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
