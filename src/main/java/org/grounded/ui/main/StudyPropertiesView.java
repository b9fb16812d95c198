package org.grounded.ui.main;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import static org.grounded.ui.i18n.Localization.lang;

/** The dialog of File → Study properties: the study's name and description. */
public final class StudyPropertiesView extends Dialog<Boolean> {

    public StudyPropertiesView(StudyPropertiesViewModel viewModel) {
        setTitle(lang("Study properties"));
        setHeaderText(lang("Study properties"));
        setResizable(true);

        TextField name = new TextField();
        name.setId("study-name");
        name.setPrefColumnCount(32);
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextArea description = new TextArea();
        description.setId("study-description");
        description.setWrapText(true);
        description.setPrefRowCount(5);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, wholeLabel(lang("Name:")), name);
        grid.addRow(1, wholeLabel(lang("Description:")), description);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(description, Priority.ALWAYS);
        GridPane.setVgrow(description, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(520);

        ButtonType ok = new ButtonType(lang("OK"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.isValid(),
                viewModel.nameProperty()));
        setResultConverter(button -> button == ok);
        setOnShown(event -> name.requestFocus());
    }

    /** A label the growing fields beside it never squeeze to "…" (seen under openbox at 1280 × 800). */
    private static Label wholeLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
