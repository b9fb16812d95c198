package org.grounded.ui.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.grounded.model.Code;

import static org.grounded.ui.i18n.Localization.lang;
import static org.grounded.ui.i18n.Localization.langKey;

/**
 * The merge's question about codes that match none of ours: one line per code of theirs, with a
 * choice of "Add as new code" (the default) or one of our codes to map it onto.
 */
public final class CodeMappingView extends Dialog<Boolean> {

    static final String ADD_AS_NEW = langKey("Add as new code");

    public CodeMappingView(CodeMappingViewModel viewModel) {
        setTitle(viewModel.title());
        setHeaderText(viewModel.title());
        setResizable(true);

        Label message = new Label(viewModel.message());
        message.setId("code-mapping-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("dialog-message");

        GridPane grid = new GridPane();
        grid.setId("code-mapping-rows");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        ColumnConstraints theirs = new ColumnConstraints();
        theirs.setPercentWidth(45);
        ColumnConstraints choice = new ColumnConstraints();
        choice.setPercentWidth(55);
        choice.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(theirs, choice);
        Label theirHeading = new Label(lang("Their code"));
        Label ourHeading = new Label(lang("In this project"));
        theirHeading.getStyleClass().add("column-heading");
        ourHeading.getStyleClass().add("column-heading");
        grid.addRow(0, theirHeading, ourHeading);

        List<Optional<Code>> options = new ArrayList<>();
        options.add(Optional.empty());
        viewModel.ourCodes().forEach(code -> options.add(Optional.of(code)));
        int line = 1;
        for (CodeMappingViewModel.Row row : viewModel.rows()) {
            Label name = new Label(row.label());
            name.setWrapText(true);
            ComboBox<Optional<Code>> target = new ComboBox<>(FXCollections.observableList(options));
            target.setId("code-mapping-" + (line - 1));
            target.setMaxWidth(Double.MAX_VALUE);
            target.setVisibleRowCount(14);
            StringConverter<Optional<Code>> labels = new StringConverter<>() {
                @Override
                public String toString(Optional<Code> code) {
                    return code == null || code.isEmpty() ? lang(ADD_AS_NEW) : lang("Map to %0", viewModel.ourLabel(code.get()));
                }

                @Override
                public Optional<Code> fromString(String text) {
                    return Optional.empty();
                }
            };
            target.setConverter(labels);
            target.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(Optional<Code> item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : labels.toString(item));
                }
            });
            target.valueProperty().bindBidirectional(row.target());
            grid.addRow(line++, name, target);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 34.0 * (viewModel.rows().size() + 1)));

        VBox content = new VBox(10, message, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(640);

        ButtonType merge = new ButtonType(lang("Merge"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(merge, ButtonType.CANCEL);
        setResultConverter(button -> button == merge);
    }
}
