package org.grounded.ui.quotations;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.grounded.ui.common.CommitOnPause;
import org.grounded.ui.session.Editor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The selected quotation: where it is, its codes as chips (× takes a code off), its text, its
 * comment (typed here, saved as the user pauses), who coded it and when, and its actions.
 */
public final class QuotationInspectorView extends StackPane {

    private final QuotationInspectorViewModel viewModel;
    private final Label where = new Label();
    private final FlowPane codes = new FlowPane(6, 6);
    private final Label text = new Label();
    private final TextArea comment = new TextArea();
    private final Label coded = new Label();
    private final CommitOnPause<UUID> commentCommit;

    /**
     * @param resize  sets the selected quotation to the text selection
     * @param delete  deletes the selected quotation
     * @param memo    writes a memo about a quotation
     */
    public QuotationInspectorView(QuotationInspectorViewModel viewModel, Editor editor, Runnable resize,
                                  Runnable delete, Consumer<UUID> memo) {
        this.viewModel = viewModel;
        setId("quotation-inspector");
        getStyleClass().add("quotation-inspector");

        where.getStyleClass().add("details-title");
        where.setMinWidth(0);
        codes.setId("quotation-codes");
        text.getStyleClass().add("quotation-text");
        text.setWrapText(true);
        text.setMaxHeight(54);
        text.setMinHeight(0);
        comment.setId("quotation-comment");
        comment.setPromptText(lang("Comment on this quotation…"));
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        commentCommit = new CommitOnPause<>(comment, editor,
                () -> viewModel.detailsProperty().get() == null ? null : viewModel.detailsProperty().get().id(),
                viewModel::comment);
        coded.getStyleClass().add("details-muted");

        Button toSelection = button(lang("To selection"), "quotation-resize",
                lang("Move the quotation's ends to the selected text (Ctrl+R)"), resize);
        Button memoButton = button(lang("Memo…"), "quotation-memo", lang("Write a memo about this quotation"),
                () -> memo.accept(viewModel.detailsProperty().get().id()));
        Button deleteButton = button(lang("Delete"), "quotation-delete", lang("Delete the quotation (Ctrl+Delete)"), delete);
        toSelection.getStyleClass().add("small");
        memoButton.getStyleClass().add("small");
        deleteButton.getStyleClass().add("small");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        coded.setMinWidth(0);
        HBox actions = new HBox(6, coded, spacer, toSelection, memoButton, deleteButton);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(6, where, codes, text, comment, actions);
        content.getStyleClass().add("details-content");
        // A short pane scrolls rather than squeezing the comment.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Label none = new Label(lang("Click a highlighted passage or a bracket in the margin to see its quotation here."));
        none.getStyleClass().add("placeholder");
        none.setWrapText(true);
        scroll.visibleProperty().bind(viewModel.detailsProperty().isNotNull());
        none.visibleProperty().bind(viewModel.detailsProperty().isNull());
        getChildren().addAll(scroll, none);

        viewModel.detailsProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.detailsProperty().get());
    }

    private static Button button(String label, String id, String tip, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().add("pane-button");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void show(QuotationInspectorViewModel.Details details) {
        commentCommit.show(details == null ? "" : details.comment());
        codes.getChildren().clear();
        if (details == null) {
            return;
        }
        where.setText(details.where());
        text.setText("“" + details.text() + "”");
        coded.setText(details.coded());
        coded.setTooltip(new Tooltip(details.coded()));
        comment.setEditable(viewModel.canEdit());
        for (QuotationInspectorViewModel.CodeChip chip : details.codes()) {
            Label name = new Label(chip.name(), new Circle(5, Color.web(chip.colour())));
            name.setOnMouseClicked(event -> viewModel.showCode(chip.id()));
            Button remove = new Button("×");
            remove.getStyleClass().add("chip-remove");
            remove.setTooltip(new Tooltip(lang("Take '%0' off this quotation", chip.name())));
            remove.setOnAction(event -> viewModel.removeCode(details.id(), chip.id()));
            remove.setDisable(!viewModel.canEdit());
            HBox box = new HBox(4, name, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("code-chip");
            codes.getChildren().add(box);
        }
        if (details.codes().isEmpty()) {
            Label none = new Label(lang("No code (kept for its comment or memo)"));
            none.getStyleClass().add("details-muted");
            codes.getChildren().add(none);
        }
    }

    /** Puts the keyboard in the comment (Ctrl+Shift+M). */
    public void focusComment() {
        if (viewModel.detailsProperty().get() != null) {
            comment.requestFocus();
        }
    }
}
