package org.grounded.ui.analysis.citations;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.grounded.analysis.citations.ColumnKind;
import org.grounded.analysis.citations.RowCodes;
import org.grounded.ui.analysis.Combos;
import org.grounded.ui.common.CoderChoice;

import static org.grounded.ui.i18n.Localization.lang;

/** The citations table's options: columns, rows, sub-codes, marks, and the filters. */
final class CitationOptionsBar extends VBox {

    /** @param exports placed at the right end of the filters' line */
    CitationOptionsBar(CitationOptions options, javafx.scene.Node exports) {
        super(10);
        getStyleClass().add("analysis-options");

        ComboBox<ColumnKind> columns = Combos.of("citations-columns",
                FXCollections.observableArrayList(ColumnKind.values()), options.columnsProperty(),
                CitationOptionsBar::columnsLabel);
        ComboBox<String> columnAttribute = Combos.of("citations-column-attribute", options.attributes(),
                options.columnAttributeProperty(), name -> name);
        columnAttribute.visibleProperty().bind(options.columnsProperty().isEqualTo(ColumnKind.ATTRIBUTE));
        columnAttribute.managedProperty().bind(columnAttribute.visibleProperty());

        ComboBox<RowCodes> rows = Combos.of("citations-rows", FXCollections.observableArrayList(RowCodes.values()),
                options.rowsProperty(), value -> value == RowCodes.ALL_CODES ? lang("All codes") : lang("Categories only"));
        Combos.tip(rows, lang("Categories are codes with sub-codes"));
        var level = Combos.of("citations-level", options.levels(), options.levelProperty(), choice -> choice.label());

        CheckBox subCodes = new CheckBox(lang("Count sub-codes in their category"));
        subCodes.setId("citations-sub-codes");
        subCodes.selectedProperty().bindBidirectional(options.includeSubCodesProperty());
        Combos.tip(subCodes, lang("A category's row counts the quotations coded with it or any sub-code, each once"));

        Spinner<Integer> top = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                CitationOptions.MAX_TOP, options.topProperty().get()));
        top.setId("citations-top");
        top.setEditable(true);
        top.setPrefWidth(72);
        top.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                options.topProperty().set(after);
            }
        });
        options.topProperty().addListener((observable, before, after) -> top.getValueFactory().setValue(after.intValue()));
        Combos.tip(top, lang("* marks the N largest values of each column, ** the N largest totals (ties are all marked)"));

        FlowPane first = row(
                group(Combos.caption(lang("Columns")), columns, columnAttribute),
                group(Combos.caption(lang("Rows")), rows, level),
                subCodes,
                group(Combos.caption(lang("Mark the largest")), top));

        var codeGroup = Combos.of("citations-code-group", options.codeGroups(), options.codeGroupProperty(),
                choice -> choice.label());
        Combos.tip(codeGroup, lang("Only the codes of a code group"));
        var documentGroup = Combos.of("citations-document-group", options.documentGroups(),
                options.documentGroupProperty(), choice -> choice.label());
        Combos.tip(documentGroup, lang("Only the quotations in the documents of a document group"));
        var participantGroup = Combos.of("citations-participant-group", options.participantGroups(),
                options.participantGroupProperty(), choice -> choice.label());
        Combos.tip(participantGroup, lang("Only the words of the participants in a group"));
        var attribute = Combos.of("citations-filter-attribute", options.filterAttributes(),
                options.filterAttributeProperty(), choice -> choice.label());
        Combos.tip(attribute, lang("Only the words of participants with this attribute value"));
        ComboBox<String> value = Combos.of("citations-filter-value", options.filterValues(),
                options.filterValueProperty(), text -> text);
        Label equals = new Label("=");
        value.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> options.filterAttributeProperty().get() != null
                        && options.filterAttributeProperty().get().selected().isPresent(),
                options.filterAttributeProperty()));
        value.managedProperty().bind(value.visibleProperty());
        equals.visibleProperty().bind(value.visibleProperty());
        equals.managedProperty().bind(value.visibleProperty());

        CoderChoice coders = new CoderChoice(options.coders().codersProperty(), options.coders().filterProperty());
        coders.setId("citations-coders");
        FlowPane filters = row(group(Combos.caption(lang("Filter")), codeGroup, documentGroup, participantGroup),
                group(attribute, equals, value), coders);
        javafx.scene.layout.HBox.setHgrow(filters, javafx.scene.layout.Priority.ALWAYS);
        HBox second = new HBox(16, filters, exports);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, second);
    }

    static String columnsLabel(ColumnKind kind) {
        return switch (kind) {
            case PARTICIPANT -> lang("One per participant");
            case DOCUMENT -> lang("One per document");
            case PARTICIPANT_GROUP -> lang("One per participant group");
            case ATTRIBUTE -> lang("One per value of");
        };
    }

    private static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(22, 8);
        // Wrap only when the window is too narrow for one line.
        row.setPrefWrapLength(1100);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().addAll(List.of(nodes));
        return row;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }
}
