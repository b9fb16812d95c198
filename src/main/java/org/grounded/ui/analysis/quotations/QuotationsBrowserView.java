package org.grounded.ui.analysis.quotations;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.grounded.analysis.report.Grouping;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.analysis.report.TextContext;
import org.grounded.export.report.QuotationsExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.Choice;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The quotations browser's content: the filters above, the quotations listed, the chosen one in
 * context below, and the status line. Enter or a double-click shows a quotation in the transcript;
 * Ctrl+Shift+C copies it as a citation.
 */
public final class QuotationsBrowserView extends BorderPane {

    /** Copies the selected quotations as citations. */
    public static final KeyCombination COPY_CITATION = KeyCombination.keyCombination("Shortcut+Shift+C"); // NON-NLS: keys
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") // NON-NLS: a locale-neutral date pattern
            .withZone(ZoneId.systemDefault());

    /** The browser's own keys, for the keyboard-shortcuts help. */
    public static List<org.grounded.ui.help.ShortcutsDialog.Shortcut> shortcuts() {
        return List.of(
                new org.grounded.ui.help.ShortcutsDialog.Shortcut(lang("Quotations: copy as citation"),
                        COPY_CITATION.getDisplayText()),
                new org.grounded.ui.help.ShortcutsDialog.Shortcut(lang("Quotations: show in the transcript"), "Enter")); // NON-NLS: a key
    }

    private final QuotationsBrowserViewModel viewModel;
    private final TableView<QuotationRow> table = new TableView<>();
    private final Label source = new Label();
    private final Label codes = new Label();
    private final TextFlow context = new TextFlow();
    private final Label details = new Label();

    public QuotationsBrowserView(QuotationsBrowserViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("analysis-view", "quotations-browser");
        setTop(top());
        setCenter(AnalysisWindowLayout.resultAbove(table(), detailsPane(), 0.62));
        setBottom(AnalysisWindowLayout.statusLine("quotations-status", viewModel));
        sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                after.getAccelerators().put(COPY_CITATION, viewModel::copyCitations);
            }
        });
    }

    private VBox top() {
        CheckBox subCodes = new CheckBox(lang("with sub-codes"));
        subCodes.setId("quotations-subcodes");
        subCodes.setTooltip(new Tooltip(lang("A category also lists the quotations of every code below it")));
        subCodes.selectedProperty().bindBidirectional(viewModel.withSubCodesProperty());
        subCodes.setMinWidth(Region.USE_PREF_SIZE);
        Button clear = new Button(lang("Clear filters"));
        clear.setId("quotations-clear");
        clear.setOnAction(event -> viewModel.clearFilters());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane filters = new FlowPane(8, 6,
                checks("quotations-codes", viewModel.codes(), lang("Codes or categories; a quotation with any of them is listed")),
                subCodes,
                checks("quotations-documents", viewModel.documents(), lang("Documents")),
                checks("quotations-participants", viewModel.participants(),
                        lang("Participants: quotations in their words (from the speaker turns)")),
                checks("quotations-groups", viewModel.groups(), lang("Participant groups")),
                checks("quotations-attributes", viewModel.attributes(),
                        lang("Participant attribute values; values of one attribute are alternatives")),
                checks("quotations-coders", viewModel.coders(),
                        lang("Coders: quotations where they applied one of the codes (any code when none is chosen)")),
                clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("analysis-options");
        HBox.setHgrow(filters, Priority.ALWAYS);

        Label count = new Label();
        count.setId("quotations-count");
        count.getStyleClass().add("option-caption");
        count.textProperty().bind(viewModel.countText());
        count.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton export = new MenuButton(lang("Export…"));
        export.setId("quotations-export");
        export.setTooltip(new Tooltip(lang("Save the quotations listed, as grounded quotes writes them")));
        for (ReportFormat format : ReportFormat.values()) {
            MenuItem item = new MenuItem(formatLabel(format));
            item.setId("quotations-export-" + format.option());
            item.setOnAction(event -> viewModel.export(format));
            export.getItems().add(item);
        }
        // Markdown, HTML and Word put the quotations under headings: each code's or each participant's.
        ToggleGroup headings = new ToggleGroup();
        export.getItems().add(new SeparatorMenuItem());
        for (Grouping kind : Grouping.values()) {
            RadioMenuItem item = new RadioMenuItem(kind == Grouping.CODE ? lang("Markdown, HTML, Word: headings by code")
                    : lang("Markdown, HTML, Word: headings by participant"));
            item.setId("quotations-headings-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(headings);
            item.setSelected(viewModel.groupingProperty().get() == kind);
            item.setOnAction(event -> viewModel.groupingProperty().set(kind));
            export.getItems().add(item);
        }
        export.disableProperty().bind(viewModel.window().resultProperty().isNull());
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(10, count, export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, filters, actions);
        top.getStyleClass().add("analysis-top");
        return new VBox(top);
    }

    static String formatLabel(ReportFormat format) {
        return switch (format) {
            case CSV -> lang("CSV (one row per quotation)");
            case XLSX -> lang("Excel workbook");
            case JSON -> "JSON";
            case MARKDOWN -> "Markdown"; // NON-NLS: a format's name
            case HTML -> lang("HTML page");
            case DOCX -> lang("Word document");
        };
    }

    /** A multi-select filter over the view model's choices; both sides follow each other. */
    private static <T> CheckComboBox<Choice<T>> checks(String id, FilterChoices<T> filter, String tip) {
        CheckComboBox<Choice<T>> box = new CheckComboBox<>(filter.choices());
        box.setId(id);
        box.setTitle(filter.title());
        box.setShowCheckedCount(true);
        box.setTooltip(new Tooltip(tip));
        // As wide as "Participants (0/12)", not as the longest code name in the list.
        box.setPrefWidth(170);
        box.setMinWidth(170);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                for (Choice<T> choice : filter.choices()) {
                    if (filter.chosen().contains(choice.value())) {
                        box.getCheckModel().check(choice);
                    }
                }
            } finally {
                syncing[0] = false;
            }
        };
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice<T>>) change -> {
            if (!syncing[0]) {
                filter.choose(box.getCheckModel().getCheckedItems().stream().map(Choice::value).toList());
            }
        });
        filter.chosen().addListener((ListChangeListener<T>) change -> fromModel.run());
        filter.choices().addListener((ListChangeListener<Choice<T>>) change -> fromModel.run());
        fromModel.run();
        return box;
    }

    private TableView<QuotationRow> table() {
        table.setId("quotations-table");
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(AnalysisWindowLayout.placeholder(lang("No quotations match these filters."),
                viewModel.computingProperty()));
        AnalysisWindowLayout.marksUpdating(table, viewModel.computingProperty());
        table.getColumns().setAll(List.of(
                column(lang("Document"), 110, QuotationRow::document),
                column(lang("Participant"), 110, row -> String.join(QuotationsExport.JOIN, row.participants())),
                numeric(column("¶", 44, row -> String.valueOf(row.paragraph()))),
                numeric(column(lang("Characters"), 100, row -> row.start() + "–" + row.end())),
                column(lang("Codes"), 160, row -> String.join(QuotationsExport.JOIN, row.codes())),
                column(lang("Text"), 380, row -> oneLine(row.text())),
                column(lang("Comment"), 130, row -> oneLine(row.comment())),
                column(lang("Coder"), 70, QuotationRow::coder),
                column(lang("Date"), 140, row -> DATE.format(row.created()))));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<QuotationRow>) change ->
                viewModel.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.currentProperty().set(after);
            }
        });
        viewModel.currentProperty().addListener((observable, before, after) -> showDetails(after));
        // A new list starts with its first quotation in the details, so the pane is never blank for nothing.
        viewModel.rows().addListener((ListChangeListener<QuotationRow>) change -> {
            if (table.getSelectionModel().isEmpty() && !viewModel.rows().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        MenuItem copyCitation = new MenuItem(lang("Copy as citation"));
        copyCitation.setId("quotations-copy-citation-item");
        copyCitation.setAccelerator(COPY_CITATION);
        copyCitation.setOnAction(event -> viewModel.copyCitations());
        MenuItem copyRows = new MenuItem(lang("Copy rows"));
        copyRows.setAccelerator(KeyCombination.keyCombination("Shortcut+C")); // NON-NLS: keys
        copyRows.setOnAction(event -> viewModel.copyRows());
        MenuItem open = new MenuItem(lang("Show in transcript"));
        open.setAccelerator(KeyCombination.keyCombination("Enter")); // NON-NLS: keys
        open.setOnAction(event -> openSelected());
        table.setContextMenu(new ContextMenu(copyCitation, copyRows, new SeparatorMenuItem(), open));
        return table;
    }

    private static TableColumn<QuotationRow, String> column(String title, double width,
                                                           Function<QuotationRow, String> value) {
        TableColumn<QuotationRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.length() < 40 ? null : new Tooltip(text));
            }
        });
        column.getStyleClass().add("quotations-" + title.toLowerCase(java.util.Locale.ROOT).replace("¶", "paragraph"));
        return column;
    }

    /** Sorted as numbers (9 before 11), by the first number of a range. */
    private static TableColumn<QuotationRow, String> numeric(TableColumn<QuotationRow, String> column) {
        column.setComparator(java.util.Comparator.comparingInt(QuotationsBrowserView::leadingNumber));
        return column;
    }

    static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private VBox detailsPane() {
        source.setId("quotations-source");
        source.getStyleClass().add("passage-source");
        source.setMinWidth(Region.USE_PREF_SIZE);
        codes.setId("quotations-codes-shown");
        codes.getStyleClass().add("passage-code");
        context.setId("quotations-context");
        context.getStyleClass().add("passage-text");
        context.setPadding(new Insets(4, 0, 4, 0));
        ScrollPane scroll = new ScrollPane(context);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("quotations-context-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        details.setId("quotations-details");
        details.getStyleClass().add("passage-note");
        details.setWrapText(true);
        Button copy = new Button(lang("Copy as citation"));
        copy.setId("quotations-copy-citation");
        copy.setTooltip(new Tooltip(lang("María, 01-maria, ¶14: «…» on the clipboard (%0)", COPY_CITATION.getDisplayText())));
        copy.setOnAction(event -> viewModel.copyCitations());
        Button open = new Button(lang("Show in transcript"));
        open.setId("quotations-open");
        open.setTooltip(new Tooltip(lang("Open the document at this quotation (Enter or double-click in the list)")));
        open.setOnAction(event -> viewModel.open(viewModel.currentProperty().get()));
        copy.disableProperty().bind(viewModel.currentProperty().isNull());
        open.disableProperty().bind(viewModel.currentProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, source, codes, spacer, copy, open);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, heading, scroll, details);
        pane.getStyleClass().add("drill-down");
        pane.setPadding(new Insets(8, 12, 8, 12));
        showDetails(null);
        return pane;
    }

    private void showDetails(QuotationRow row) {
        context.getChildren().clear();
        if (row == null) {
            source.setText(lang("Choose a quotation to read it in context"));
            codes.setText("");
            details.setText("");
            return;
        }
        source.setText(row.source());
        codes.setText(String.join(QuotationsExport.JOIN, row.codes()));
        TextContext around = viewModel.contextOf(row).orElse(new TextContext("", ""));
        context.getChildren().addAll(run(around.before(), "passage-context"), run(row.text(), "passage-quoted"),
                run(around.after(), "passage-context"));
        StringBuilder line = new StringBuilder(lang("¶%0, characters %1–%2", row.paragraph(), row.start(), row.end()));
        if (!row.coder().isEmpty()) {
            line.append(" · ").append(lang("coded by %0", row.coder()));
        }
        line.append(" · ").append(DATE.format(row.created()));
        if (!row.comment().isEmpty()) {
            line.append(" · ").append(row.comment());
        }
        details.setText(line.toString());
    }

    private static Text run(String text, String styleClass) {
        Text run = new Text(text);
        run.getStyleClass().add(styleClass);
        return run;
    }

    /** Shows the current quotation in the transcript and brings the main window (the owner) forward. */
    private void openSelected() {
        QuotationRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        viewModel.open(row);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage
                && stage.getOwner() instanceof Stage main) {
            main.toFront();
            main.requestFocus();
        }
    }
}
