package org.grounded.ui.network;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.grounded.analysis.network.CooccurrenceWeight;
import org.grounded.analysis.network.layout.LayoutKind;
import org.grounded.export.network.NetworkFormat;
import org.grounded.model.ColourScheme;
import java.util.UUID;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.analysis.Combos;
import org.grounded.ui.common.CoderChoice;
import org.grounded.ui.analysis.PassageListView;
import org.grounded.ui.analysis.StatusLine;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The semantic-network window's content: what to show and how to lay it out on top, the network
 * on its canvas with a colour legend, the passages of the chosen node or edge on the right.
 */
public final class NetworkView extends BorderPane {

    private final NetworkViewModel viewModel;
    private final NetworkCanvas canvas;
    private final TextField search = new TextField();

    public NetworkView(NetworkViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("analysis-view", "network-view");
        canvas = new NetworkCanvas(viewModel);
        setTop(optionsBar());
        Label title = new Label();
        title.setId("network-detail-title");
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.detailTitleProperty().get().isEmpty()
                ? lang("Quotations") : viewModel.detailTitleProperty().get(), viewModel.detailTitleProperty()));
        Label note = new Label();
        note.setId("network-detail-note");
        note.getStyleClass().add("network-detail-note");
        note.setWrapText(true);
        note.setPadding(new Insets(6, 8, 6, 8));
        note.textProperty().bind(viewModel.detailNoteProperty());
        note.visibleProperty().bind(viewModel.detailNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        PassageListView passages = new PassageListView(viewModel.details(),
                lang("Click a node to read its quotations, or an edge to read the passages behind it. Double-click a quotation to show it in the transcript."),
                viewModel::open);
        passages.setId("network-passages");
        VBox side = new VBox(title, note, passages);
        side.getStyleClass().add("drill-down");
        side.setMinWidth(260);
        VBox.setVgrow(passages, Priority.ALWAYS);

        StackPane picture = new StackPane(canvas, legend());
        StackPane.setAlignment(picture.getChildren().get(1), Pos.BOTTOM_LEFT);
        SplitPane split = new SplitPane(picture, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);
        setBottom(new StatusLine("network-status", viewModel.problemProperty(), viewModel.messageProperty(),
                viewModel.computingProperty().or(viewModel.layingOutProperty())));
        canvas.setOnKeyTyped(event -> {
            switch (event.getCharacter()) {
                case "+", "=" -> viewModel.zoom(1.25);
                case "-", "_" -> viewModel.zoom(0.8);
                default -> { }
            }
        });
    }

    /** Puts the cursor in the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The canvas (for tests). */
    public javafx.scene.canvas.Canvas canvas() {
        return canvas.surface();
    }

    private Node optionsBar() {
        NetworkOptions options = viewModel.options();
        var codes = Combos.of("network-codes", options.codeChoices(), options.codesProperty(), choice -> choice.label());
        codes.setPrefWidth(210);
        codes.setMaxWidth(210);
        CheckBox participants = check("network-participants", lang("Participants"), options.participantsProperty());
        CheckBox documents = check("network-documents", lang("Documents"), options.documentsProperty());
        CheckBox cooccurrence = check("network-cooccurrence", lang("Co-occurrence"), options.cooccurrenceProperty());
        CheckBox relations = check("network-relations", lang("Relations"), options.relationsProperty());
        CheckBox links = check("network-links", lang("Participant links"), options.participantLinksProperty());
        CheckBox tree = check("network-hierarchy", lang("Code tree"), options.hierarchyProperty());
        var measure = Combos.of("network-measure", FXCollections.observableArrayList(CooccurrenceWeight.values()),
                options.weightProperty(), weight -> weight == CooccurrenceWeight.COUNT ? lang("count") : lang("c-coefficient"));
        Spinner<Double> minimum = new Spinner<>();
        minimum.setId("network-min-weight");
        SpinnerValueFactory.DoubleSpinnerValueFactory values =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1000, options.minimumWeightProperty().get(), 1);
        minimum.setValueFactory(values);
        minimum.setEditable(true);
        minimum.setPrefWidth(82);
        values.amountToStepByProperty().bind(Bindings.when(options.weightProperty().isEqualTo(CooccurrenceWeight.COUNT))
                .then(1.0).otherwise(0.05));
        values.valueProperty().addListener((observable, before, after) -> {
            if (after != null && after != options.minimumWeightProperty().get()) {
                options.minimumWeightProperty().set(after);
            }
        });
        options.minimumWeightProperty().addListener((observable, before, after) -> values.setValue(after.doubleValue()));
        minimum.setTooltip(new Tooltip(lang("Leave out co-occurrences lighter than this")));
        minimum.disableProperty().bind(options.cooccurrenceProperty().not());
        measure.disableProperty().bind(options.cooccurrenceProperty().not());
        TextField word = new TextField(options.linkingWordProperty().get());
        word.setId("network-linking-word");
        word.setPrefColumnCount(8);
        word.setTooltip(new Tooltip(lang("The word on each participant link, such as \"mentions\"")));
        Runnable commitWord = () -> options.linkingWordProperty().set(word.getText());
        word.setOnAction(event -> commitWord.run());
        word.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                commitWord.run();
            }
        });
        options.linkingWordProperty().addListener((observable, before, after) -> word.setText(after));
        word.disableProperty().bind(options.participantLinksProperty().not());

        var layout = Combos.of("network-layout", FXCollections.observableArrayList(LayoutKind.values()),
                viewModel.layoutKindProperty(), NetworkView::layoutName);
        layout.setPrefWidth(250);
        Spinner<Integer> seed = new Spinner<>(1, 9999, viewModel.seedProperty().get());
        seed.setId("network-seed");
        seed.setEditable(true);
        seed.setPrefWidth(74);
        seed.setTooltip(new Tooltip(lang("The same seed gives the same picture")));
        seed.valueProperty().addListener((observable, before, after) -> viewModel.seedProperty().set(after));
        viewModel.seedProperty().addListener((observable, before, after) -> seed.getValueFactory()
                .setValue(after.intValue()));
        Button relayout = button("network-relayout", lang("Re-layout"), viewModel::relayout,
                lang("Lay the network out again (Ctrl+L); pinned nodes stay where you put them"));
        var colours = Combos.of("network-colours", FXCollections.observableArrayList(ColourScheme.values()),
                viewModel.coloursProperty(), NetworkView::colourName);
        colours.setPrefWidth(220);
        Button fit = button("network-fit", lang("Fit"), viewModel::fit, lang("Show the whole network (Ctrl+0)"));

        search.setId("network-search");
        search.setPromptText(lang("Find a node (Ctrl+F)"));
        search.setPrefColumnCount(14);
        search.setOnAction(event -> viewModel.find(search.getText()));
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
                canvas.requestFocus();
            }
        });

        ComboBox<Choice<UUID>> chooser = new ComboBox<>(viewModel.networks());
        chooser.setId("network-chooser");
        chooser.setPromptText(lang("No network"));
        chooser.setPrefWidth(170);
        Runnable choose = () -> chooser.getSelectionModel().select(viewModel.networks().stream()
                .filter(choice -> choice.value().equals(viewModel.currentProperty().get())).findFirst().orElse(null));
        viewModel.currentProperty().addListener(observable -> choose.run());
        viewModel.networks().addListener((javafx.collections.ListChangeListener<Choice<UUID>>) change -> choose.run());
        chooser.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.open(after.value());
            }
        });
        choose.run();
        MenuButton manage = new MenuButton("…");
        manage.setId("network-manage");
        MenuItem add = new MenuItem(lang("New network…"));
        add.setOnAction(event -> viewModel.newNetwork());
        MenuItem rename = new MenuItem(lang("Rename…"));
        rename.setOnAction(event -> viewModel.rename());
        MenuItem delete = new MenuItem(lang("Delete"));
        delete.setOnAction(event -> viewModel.delete());
        rename.disableProperty().bind(viewModel.currentProperty().isNull());
        delete.disableProperty().bind(viewModel.currentProperty().isNull());
        manage.getItems().addAll(add, rename, delete);

        // Three rows: which network and what it holds; its edges; how it is laid out, coloured, exported.
        VBox bar = new VBox(6,
                row(group(Combos.caption(lang("Network")), chooser, manage), group(Combos.caption(lang("Codes")), codes),
                        group(Combos.caption(lang("Nodes")), participants, documents), group(search, fit)),
                row(group(Combos.caption(lang("Edges")), links, relations, cooccurrence, tree),
                        group(Combos.caption(lang("Co-occurrence")), measure, Combos.caption(lang("at least")), minimum),
                        group(Combos.caption(lang("Linking word")), word), coderChoice()),
                row(group(Combos.caption(lang("Layout")), layout, Combos.caption(lang("seed")), seed, relayout),
                        group(Combos.caption(lang("Colours")), colours), exports()));
        bar.getStyleClass().add("analysis-options");
        HBox top = new HBox(16, bar);
        HBox.setHgrow(bar, Priority.ALWAYS);
        top.getStyleClass().add("analysis-top");
        return top;
    }

    /** PNG, SVG, GraphML and GEXF of exactly the picture shown. */
    private Node exports() {
        HBox buttons = new HBox(4, Combos.caption(lang("Export")));
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (NetworkFormat format : NetworkFormat.values()) {
            String text = switch (format) {
                case PNG -> "PNG";
                case SVG -> "SVG";
                case GRAPHML -> "GraphML"; // NON-NLS: a format's name
                case GEXF -> "GEXF";
            };
            Button button = button("network-export-" + format.extension(), text, () -> viewModel.export(format),
                    switch (format) {
                        case PNG -> lang("Save the picture as PNG, at twice the screen's resolution");
                        case SVG -> lang("Save the picture as SVG, with real text (for Inkscape, Illustrator, Word)");
                        case GRAPHML -> lang("Save the network as GraphML, with places (Gephi, Cytoscape, yEd)");
                        case GEXF -> lang("Save the network as GEXF 1.3, with places and colours (Gephi)");
                    });
            button.disableProperty().bind(viewModel.drawingProperty().isNull());
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    /** The colours' meaning, in the canvas' corner; it follows the colour scheme. */
    private Node legend() {
        HBox legend = new HBox(12);
        legend.setId("network-legend");
        legend.getStyleClass().add("network-legend");
        legend.setPadding(new Insets(4, 10, 4, 10));
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        StackPane.setMargin(legend, new Insets(8));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-background-radius: 4;");
        Runnable fill = () -> {
            legend.getChildren().clear();
            for (NetworkViewModel.LegendEntry entry : viewModel.legend()) {
                legend.getChildren().add(swatch(entry));
            }
            if (!legend.getChildren().isEmpty()) {
                legend.getChildren().add(new Label(lang("· size: citations")));
            }
            legend.setVisible(!legend.getChildren().isEmpty());
        };
        viewModel.drawingProperty().addListener(observable -> fill.run());
        fill.run();
        return legend;
    }

    private static Label swatch(NetworkViewModel.LegendEntry entry) {
        Shape mark = switch (entry.shape()) {
            case CIRCLE -> new Circle(6);
            case ROUNDED_SQUARE -> {
                Rectangle square = new Rectangle(12, 12);
                square.setArcWidth(5);
                square.setArcHeight(5);
                yield square;
            }
            case SQUARE -> new Rectangle(12, 12);
            case DIAMOND -> new Polygon(6, 0, 12, 6, 6, 12, 0, 6);
        };
        mark.setFill(Color.web(entry.fill()));
        mark.setStroke(Color.web(entry.stroke()));
        Label label = new Label(entry.text(), mark);
        label.getStyleClass().add("network-legend-item");
        return label;
    }

    static String colourName(ColourScheme scheme) {
        return switch (scheme) {
            case CODE -> lang("Code colours");
            case LEVEL -> lang("Coding level");
            case FIGURE -> lang("Figure 1 (central, isolated)");
        };
    }

    static String layoutName(LayoutKind kind) {
        return switch (kind) {
            case FORCE -> lang("Force-directed");
            case FIGURE -> lang("Figure 1 (participants around)");
            case TREE -> lang("Code tree");
        };
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty option) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(option);
        return box;
    }

    private static Button button(String id, String text, Runnable action, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private CoderChoice coderChoice() {
        CoderChoice coders = new CoderChoice(viewModel.coders().codersProperty(), viewModel.coders().filterProperty());
        coders.setId("network-coders");
        return coders;
    }

    private static FlowPane row(Node... groups) {
        FlowPane row = new FlowPane(18, 6, groups);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(1100);
        return row;
    }

    private static HBox group(Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }
}
