package org.grounded.ui.analysis.words;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.search.WordCounts;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.Combos;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The word-frequency window's content: whose words, the shortest word and the stop words on top;
 * the word list (word, count, documents, participants) beside the cloud of the most frequent
 * words; a double click or Enter on a word (or a double click in the cloud) searches for it.
 */
public final class WordFrequencyView extends BorderPane {

    private final WordFrequencyViewModel viewModel;
    private final TableView<WordCounts.Row> table = new TableView<>();
    private final WordCloudView cloud;

    public WordFrequencyView(WordFrequencyViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("analysis-view", "word-frequency-view");

        ComboBox<WordFrequencyViewModel.ScopeChoice> scope = Combos.of("words-scope", viewModel.scopes(),
                viewModel.scopeProperty(), WordFrequencyViewModel.ScopeChoice::label);
        scope.setPrefWidth(240);
        scope.setMinWidth(140);
        Spinner<Integer> shortest = new Spinner<>(1, 30, viewModel.minimumLengthProperty().get());
        shortest.setId("words-min-length");
        shortest.setPrefWidth(70);
        shortest.setEditable(true);
        shortest.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.minimumLengthProperty().set(after);
            }
        });
        Combos.tip(shortest, lang("Leave out words shorter than this many letters"));
        CheckBox stopWords = new CheckBox(lang("Leave out stop words"));
        stopWords.setId("words-stop-words");
        stopWords.setMinWidth(Region.USE_PREF_SIZE);
        stopWords.selectedProperty().bindBidirectional(viewModel.leaveOutStopWordsProperty());
        Button editStopWords = new Button(lang("Edit stop words…"));
        editStopWords.setId("words-edit-stop-words");
        editStopWords.setOnAction(event -> viewModel.editStopWords());
        editStopWords.setTooltip(new Tooltip(lang("The words left out, per language, kept in the project")));
        editStopWords.setMinWidth(Region.USE_PREF_SIZE);
        editStopWords.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.canEditStopWords(), viewModel.countsProperty()));

        Button csv = exportButton("words-export-csv", "CSV", lang("Save the word list as CSV…"));
        csv.setOnAction(event -> viewModel.exportList());
        Button png = exportButton("words-export-png", "PNG", lang("Save the word cloud as a PNG picture…"));
        png.setOnAction(event -> cloud().picture().ifPresent(viewModel::exportCloud));
        Button copy = exportButton("words-copy", lang("Copy"), lang("Copy the word list as a table"));
        copy.setOnAction(event -> viewModel.copy());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, caption(lang("Words of")), scope, caption(lang("Shortest word")), shortest, stopWords,
                editStopWords, spacer, csv, png, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().addAll("analysis-top", "analysis-options");
        setTop(top);

        table.setId("words-table");
        table.setItems(viewModel.rows());
        table.setPlaceholder(AnalysisWindowLayout.placeholder(
                lang("No words: the documents in this scope hold none but stop words, or none as long as the shortest word."),
                viewModel.computingProperty()));
        table.getColumns().setAll(java.util.List.of(
                column("word", lang("Word"), WordCounts.Row::word, 150),
                column("count", lang("Count"), row -> row.total(), 70),
                column("documents", lang("Documents"), row -> row.documents(), 84),
                column("participants", lang("Participants"), row -> row.participants(), 96)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                searchSelected();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                searchSelected();
                event.consume();
            }
        });
        AnalysisWindowLayout.marksUpdating(table, viewModel.computingProperty());
        Label summary = new Label();
        summary.setId("words-summary");
        summary.getStyleClass().add("analysis-legend");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label hint = new Label(lang("Double-click a word to search for it"));
        hint.getStyleClass().add("analysis-legend");
        VBox list = new VBox(4, summary, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);

        cloud = new WordCloudView(viewModel::cloudWords, viewModel::searchFor);
        viewModel.rows().addListener((ListChangeListener<WordCounts.Row>) change -> cloud.redraw());
        AnalysisWindowLayout.marksUpdating(cloud, viewModel.computingProperty());
        SplitPane split = new SplitPane(list, cloud);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(list, false);
        setCenter(split);
        setBottom(AnalysisWindowLayout.statusLine("words-status", viewModel));
    }

    WordCloudView cloud() {
        return cloud;
    }

    private void searchSelected() {
        WordCounts.Row selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.searchFor(selected.word());
        }
    }

    /** A caption that keeps its whole text when the window is narrow. */
    private static Label caption(String text) {
        Label caption = Combos.caption(text);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    private static Button exportButton(String id, String text, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static <T> TableColumn<WordCounts.Row, T> column(String id, String title, Function<WordCounts.Row, T> value,
                                                             double width) {
        TableColumn<WordCounts.Row, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setId("words-" + id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        if (!id.equals("word")) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }
}
