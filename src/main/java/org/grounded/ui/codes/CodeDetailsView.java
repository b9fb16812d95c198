package org.grounded.ui.codes;

import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.grounded.ui.i18n.ChoiceLabels;
import org.grounded.ui.common.CodingLevelNames;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.edits.SplitPlacement;
import org.grounded.ui.common.CommitOnPause;
import org.grounded.ui.session.Editor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The Code tab: the selected code's definition (description), its coding level and core mark,
 * its counts, and its quotations across the documents; chosen quotations can be split off into a
 * new code. A double click on a quotation shows it in the viewer.
 */
public final class CodeDetailsView extends StackPane {

    private final CodeDetailsViewModel viewModel;
    private final CodeTreeViewModel tree;
    private final Region swatch = new Region();
    private final Label name = new Label();
    private final ChoiceBox<CodingLevel> level = new ChoiceBox<>();
    private final CheckBox core = new CheckBox(lang("Core category / theme"));
    private final TextArea description = new TextArea();
    private final CommitOnPause<UUID> descriptionCommit;
    private boolean updating;

    public CodeDetailsView(CodeDetailsViewModel viewModel, CodeTreeViewModel tree, Editor editor) {
        this.viewModel = viewModel;
        this.tree = tree;
        getStyleClass().add("code-details");
        setId("code-details");

        swatch.getStyleClass().add("code-swatch");
        name.getStyleClass().add("details-title");
        name.setMinWidth(0);
        Label counts = new Label();
        counts.getStyleClass().add("details-muted");
        counts.textProperty().bind(viewModel.countsProperty());
        HBox header = new HBox(8, swatch, name);
        header.setAlignment(Pos.CENTER_LEFT);

        level.setId("code-level");
        level.getItems().setAll(CodingLevel.values());
        level.setConverter(ChoiceLabels.of(CodingLevelNames::codeOf));
        level.valueProperty().addListener((observable, before, after) -> {
            Code code = viewModel.codeProperty().get();
            if (!updating && code != null && after != null && after != code.level()) {
                tree.setLevel(List.of(code.id()), after);
            }
        });
        core.setId("code-core");
        core.selectedProperty().addListener((observable, before, after) -> {
            Code code = viewModel.codeProperty().get();
            if (!updating && code != null && after != code.core()) {
                tree.setCore(List.of(code.id()), after);
            }
        });
        core.setMinWidth(Region.USE_PREF_SIZE);
        HBox levels = new HBox(10, level, core);
        levels.setAlignment(Pos.CENTER_LEFT);

        description.setId("code-description");
        description.setPromptText(lang("What this code means, when to use it, an example…"));
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setMinHeight(46);
        descriptionCommit = new CommitOnPause<>(description, editor,
                () -> viewModel.codeProperty().get() == null ? null : viewModel.codeProperty().get().id(),
                viewModel::describe);

        ListView<CodeDetailsViewModel.QuotationRow> list = new ListView<>(viewModel.quotations());
        list.setId("code-quotations");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new QuotationCell());
        list.setPlaceholder(placeholder(lang("No quotation is coded with this code itself.")));
        list.setOnMouseClicked(event -> {
            var row = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row != null) {
                viewModel.show(row.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(60);
        list.setPrefHeight(120);
        Button split = new Button(lang("Split chosen into a new code…"));
        split.setId("split-code");
        split.setTooltip(new Tooltip(lang("Moves the chosen quotations to a new code beside this one")));
        split.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        split.setOnAction(event -> viewModel.splitOff(list.getSelectionModel().getSelectedItems().stream()
                .map(CodeDetailsViewModel.QuotationRow::id).toList(), SplitPlacement.SIBLING));

        split.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(6, header, counts, levels, section(lang("Description")), description,
                section(lang("Quotations")), list, split);
        content.getStyleClass().add("details-content");
        Label none = placeholder(lang("Choose a code in the tree to see its description and quotations."));
        content.visibleProperty().bind(viewModel.codeProperty().isNotNull());
        none.visibleProperty().bind(viewModel.codeProperty().isNull());
        getChildren().addAll(content, none);

        viewModel.codeProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.codeProperty().get());
    }

    private void show(Code code) {
        updating = true;
        try {
            descriptionCommit.show(code == null ? "" : code.description());
            if (code == null) {
                return;
            }
            swatch.setStyle("-fx-background-color: " + code.colour() + ";");
            name.setText(code.name() + (code.core() ? "  ★" : ""));
            level.setValue(code.level());
            core.setSelected(code.core());
            boolean editable = viewModel.canEdit();
            level.setDisable(!editable);
            core.setDisable(!editable);
            description.setEditable(editable);
        } finally {
            updating = false;
        }
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-section");
        return label;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        label.setWrapText(true);
        return label;
    }

    /** The document (muted) above the quotation's text. */
    private final class QuotationCell extends ListCell<CodeDetailsViewModel.QuotationRow> {
        private final Label document = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(1, document, text);

        QuotationCell() {
            document.getStyleClass().add("item-details");
            text.getStyleClass().add("item-title");
            text.setWrapText(true);
            text.setMaxHeight(40);
            text.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(CodeDetailsViewModel.QuotationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            document.setText(row.document() + (row.coder().isBlank() ? "" : " · " + row.coder()));
            text.setText(row.excerpt());
            setTooltip(new Tooltip(viewModel.codesOf(row.id())));
            setGraphic(box);
        }
    }
}
