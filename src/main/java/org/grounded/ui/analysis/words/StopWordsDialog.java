package org.grounded.ui.analysis.words;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.ui.analysis.Combos;

import static org.grounded.ui.i18n.Localization.lang;

/** Edits the project's stop words, one language at a time, one word a line. */
public final class StopWordsDialog extends Dialog<Boolean> {

    public StopWordsDialog(StopWordsDialogViewModel viewModel) {
        setTitle(lang("Stop words"));
        setHeaderText(lang("Words the word list leaves out"));
        setResizable(true);

        Label message = new Label(lang("Each language has Lucene's list to start with; change it here, one word a line. The lists are kept in the project, and the change can be undone."));
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("dialog-message");

        ComboBox<StopWordsDialogViewModel.Language> language = Combos.of("stop-words-language",
                FXCollections.observableArrayList(viewModel.languages()), viewModel.languageProperty(),
                StopWordsDialogViewModel.Language::label);
        Button restore = new Button(lang("Restore the built-in list"));
        restore.setId("stop-words-restore");
        restore.setOnAction(event -> viewModel.restoreBuiltIn());
        Label count = new Label();
        count.setId("stop-words-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> lang("%0 words", viewModel.wordCount()),
                viewModel.textProperty()));
        HBox top = new HBox(8, Combos.caption(lang("Language")), language, restore, count);
        top.setAlignment(Pos.CENTER_LEFT);

        TextArea words = new TextArea();
        words.setId("stop-words-text");
        words.textProperty().bindBidirectional(viewModel.textProperty());
        words.setPrefRowCount(18);
        words.setPrefColumnCount(30);

        VBox content = new VBox(10, message, top, words);
        VBox.setVgrow(words, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(520);

        ButtonType save = new ButtonType(lang("Save stop words"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        setResultConverter(button -> button == save);
    }
}
