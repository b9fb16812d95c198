package org.grounded.ui.search;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import org.grounded.model.Code;
import org.grounded.model.SnapMode;
import org.grounded.search.CodeRestriction;
import org.grounded.ui.i18n.ChoiceLabels;
import org.controlsfx.control.CheckComboBox;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The search window: the query with its switches above, the hits as keyword-in-context rows
 * (left context aligned right against the hit, so the hits line up), and below the counts and the
 * auto-coding of all or the selected hits. A click on a row opens the document at the hit.
 */
public final class SearchView extends BorderPane {

    private final SearchViewModel viewModel;
    private final TextField query = new TextField();
    private final TableView<SearchRow> table = new TableView<>();
    private final ComboBox<Code> code = new ComboBox<>();
    private final CheckComboBox<SearchFilter> documents = new CheckComboBox<>();
    private final CheckComboBox<SearchFilter> participants = new CheckComboBox<>();
    private final ComboBox<Code> codeFilter = new ComboBox<>();

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("search-view");
        setTop(new VBox(queryBar(), filterBar()));
        setCenter(table());
        setBottom(codingBar());
        setPadding(new Insets(8));
    }

    private HBox queryBar() {
        query.setId("search-query");
        query.setPromptText(lang("words, \"phrases\", donat*, donor~, \"milk bank\"~5, AND / OR / NOT"));
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.setOnAction(event -> viewModel.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        CheckBox stem = new CheckBox(lang("Match word forms"));
        stem.setId("search-word-forms");
        stem.setTooltip(new Tooltip(lang("donate also finds donated, donación also donaciones (in each document's language)")));
        stem.selectedProperty().bindBidirectional(viewModel.wordFormsProperty());
        CheckBox thisDocument = new CheckBox(lang("This document only"));
        thisDocument.setId("search-this-document");
        thisDocument.selectedProperty().bindBidirectional(viewModel.thisDocumentOnlyProperty());
        Button search = new Button(lang("Search"));
        search.setId("search-run");
        search.setDefaultButton(true);
        search.setOnAction(event -> viewModel.search());
        HBox bar = new HBox(8, query, stem, thisDocument, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    /** Restrictions: documents or document groups, participants or participant groups, a code caught or missed. */
    private HBox filterBar() {
        documents.setId("search-documents");
        documents.setTitle(lang("All documents"));
        documents.setShowCheckedCount(true);
        documents.getCheckModel().getCheckedItems().addListener((ListChangeListener<SearchFilter>) change ->
                viewModel.documentFilter().setAll(documents.getCheckModel().getCheckedItems()));
        participants.setId("search-participants");
        participants.setTitle(lang("All participants"));
        participants.setShowCheckedCount(true);
        participants.getCheckModel().getCheckedItems().addListener((ListChangeListener<SearchFilter>) change ->
                viewModel.participantFilter().setAll(participants.getCheckModel().getCheckedItems()));
        ChoiceBox<CodeRestriction.Kind> kind = new ChoiceBox<>();
        kind.setId("search-code-filter-kind");
        kind.getItems().setAll(CodeRestriction.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeRestriction.Kind value) {
                return value == CodeRestriction.Kind.NOT_CODED_WITH ? lang("not coded with") : lang("coded with");
            }

            @Override
            public CodeRestriction.Kind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.codeFilterKindProperty());
        codeFilter.setId("search-code-filter");
        codeFilter.setPromptText(lang("any code"));
        codeFilter.setConverter(ChoiceLabels.of(Code::name));
        codeFilter.setOnShowing(event -> codeFilter.getItems().setAll(viewModel.codes()));
        codeFilter.valueProperty().bindBidirectional(viewModel.codeFilterProperty());
        Button clear = new Button("×");
        clear.setId("search-code-filter-clear");
        clear.setTooltip(new Tooltip(lang("Any code: no restriction by code")));
        clear.disableProperty().bind(codeFilter.valueProperty().isNull());
        clear.setOnAction(event -> codeFilter.setValue(null));
        Label in = new Label(lang("In"));
        Label by = new Label(lang("words of"));
        Label hits = new Label(lang("hits"));
        HBox bar = new HBox(8, in, documents, by, participants, hits, kind, codeFilter, clear);
        bar.getChildren().forEach(node -> {
            if (node instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        refreshFilters();
        return bar;
    }

    /** The filters' choices follow the project (documents, participants and groups added since). */
    public void refreshFilters() {
        List<SearchFilter> documentChoices = viewModel.documentChoices();
        if (!documents.getItems().equals(documentChoices)) {
            documents.getCheckModel().clearChecks();
            documents.getItems().setAll(documentChoices);
        }
        List<SearchFilter> participantChoices = viewModel.participantChoices();
        if (!participants.getItems().equals(participantChoices)) {
            participants.getCheckModel().clearChecks();
            participants.getItems().setAll(participantChoices);
        }
    }

    private TableView<SearchRow> table() {
        table.setId("search-results");
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(lang("Type a word or a phrase and press Enter")));
        table.getColumns().add(column(lang("Left context"), SearchRow::left, 300, OverrunStyle.LEADING_ELLIPSIS, "kwic-left"));
        table.getColumns().add(column(lang("Hit"), SearchRow::hit, 100, OverrunStyle.ELLIPSIS, "kwic-hit"));
        table.getColumns().add(column(lang("Right context"), SearchRow::right, 300, OverrunStyle.ELLIPSIS, "kwic-right"));
        table.getColumns().add(column(lang("Document"), SearchRow::document, 110, OverrunStyle.ELLIPSIS, ""));
        table.getColumns().add(column(lang("Participant"), SearchRow::participant, 90, OverrunStyle.ELLIPSIS, ""));
        table.getColumns().add(column(lang("Codes"), SearchRow::codes, 220, OverrunStyle.ELLIPSIS, ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(event -> openSelected());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        return table;
    }

    private void openSelected() {
        if (table.getSelectionModel().getSelectedItems().size() == 1) {
            viewModel.open(table.getSelectionModel().getSelectedItem());
        }
    }

    private static TableColumn<SearchRow, String> column(String title, java.util.function.Function<SearchRow, String> value,
                                                         double width, OverrunStyle overrun, String style) {
        TableColumn<SearchRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setPrefWidth(width);
        // Concordances sort the left context by the words nearest the hit: read backwards.
        column.setComparator(style.equals("kwic-left")
                ? java.util.Comparator.comparing((String text) -> new StringBuilder(text.strip()).reverse().toString(),
                        String.CASE_INSENSITIVE_ORDER)
                : String.CASE_INSENSITIVE_ORDER);
        column.setCellFactory(c -> {
            TableCell<SearchRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item);
                }
            };
            cell.setTextOverrun(overrun);
            if (!style.isEmpty()) {
                cell.getStyleClass().add(style);
            }
            if (style.equals("kwic-left")) {
                cell.setAlignment(Pos.CENTER_RIGHT);
            }
            if (style.equals("kwic-hit")) {
                cell.setStyle("-fx-font-weight: bold;");
            }
            return cell;
        });
        return column;
    }

    private VBox codingBar() {
        Label summary = new Label();
        summary.setId("search-summary");
        summary.textProperty().bind(Bindings.when(viewModel.problemProperty().isEmpty())
                .then(viewModel.summaryProperty()).otherwise(viewModel.problemProperty()));
        summary.setMinWidth(Region.USE_PREF_SIZE);

        code.setId("search-code");
        code.setPromptText(lang("Code…"));
        code.setConverter(ChoiceLabels.of(Code::name));
        code.setOnShowing(event -> code.getItems().setAll(viewModel.codes()));
        code.getItems().setAll(viewModel.codes());
        ChoiceBox<SnapMode> extend = new ChoiceBox<>();
        extend.setId("search-extend");
        extend.getItems().setAll(SnapMode.values());
        extend.setConverter(ChoiceLabels.of(mode -> switch (mode) {
            case WORD -> lang("word");
            case SENTENCE -> lang("sentence");
            case PARAGRAPH -> lang("paragraph");
            case SPEAKER_TURN -> lang("speaker turn");
        }));
        extend.valueProperty().bindBidirectional(viewModel.extendProperty());
        Button all = new Button(lang("Code all hits"));
        all.setId("search-code-all");
        all.disableProperty().bind(code.valueProperty().isNull().or(Bindings.isEmpty(viewModel.rows())));
        all.setOnAction(event -> viewModel.codeHits(code.getValue(), java.util.List.of()));
        Button selected = new Button(lang("Code selected"));
        selected.setId("search-code-selected");
        selected.disableProperty().bind(code.valueProperty().isNull()
                .or(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())));
        selected.setOnAction(event -> viewModel.codeHits(code.getValue(),
                java.util.List.copyOf(table.getSelectionModel().getSelectedItems())));
        Label with = new Label(lang("Code hits with"));
        with.setMinWidth(Region.USE_PREF_SIZE);
        Label to = new Label(lang("extended to"));
        to.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spacer, with, code, to, extend, all, selected);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("search-message");
        message.textProperty().bind(viewModel.messageProperty());
        VBox bottom = new VBox(4, bar, message);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    /** Puts the keyboard in the query box, its text selected. */
    public void focusQuery() {
        refreshFilters();
        query.requestFocus();
        query.selectAll();
    }
}
