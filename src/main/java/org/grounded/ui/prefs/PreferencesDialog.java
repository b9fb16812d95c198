package org.grounded.ui.prefs;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.grounded.ui.i18n.ChoiceLabels;
import org.grounded.ui.i18n.Localization;

/**
 * Edit → Preferences…: the text sizes of the window and of the transcript, light or dark, the
 * language (from the next start), the coder's name and how often the whole project is saved. OK
 * keeps and applies them; Cancel changes nothing.
 */
public final class PreferencesDialog extends Dialog<Boolean> {

    /** The languages offered: the system's ("") and the three the window speaks. */
    static final List<String> LANGUAGES = List.of("", "en", "es", "ms");

    public PreferencesDialog(PreferencesViewModel viewModel) {
        setTitle(Localization.lang("Preferences"));
        setHeaderText(Localization.lang("Preferences"));
        setResizable(true);

        Spinner<Integer> windowText = percentSpinner("preferences-window-text", viewModel.windowTextProperty().get());
        windowText.valueProperty().addListener((o, before, after) -> viewModel.windowTextProperty().set(after));
        Spinner<Integer> transcriptText = percentSpinner("preferences-transcript-text",
                viewModel.transcriptTextProperty().get());
        transcriptText.valueProperty().addListener((o, before, after) -> viewModel.transcriptTextProperty().set(after));

        ComboBox<Theme> theme = new ComboBox<>(FXCollections.observableArrayList(Theme.values()));
        theme.setId("preferences-theme");
        theme.setConverter(ChoiceLabels.of(PreferencesDialog::themeName));
        theme.setValue(viewModel.themeProperty().get());
        theme.valueProperty().addListener((o, before, after) -> viewModel.themeProperty().set(after));

        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(LANGUAGES));
        language.setId("preferences-language");
        language.setConverter(ChoiceLabels.of(PreferencesDialog::languageName));
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(list -> new LanguageCell());
        language.setValue(viewModel.languageProperty().get());
        language.valueProperty().addListener((o, before, after) -> viewModel.languageProperty().set(after));
        Label languageNote = note(Localization.lang("A new language applies at the next start of Grounded."));

        TextField coder = new TextField(viewModel.coderNameProperty().get());
        coder.setId("preferences-coder");
        coder.textProperty().addListener((o, before, after) -> viewModel.coderNameProperty().set(after));

        Spinner<Integer> autosave = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                UserPreferences.MIN_AUTOSAVE_MINUTES, UserPreferences.MAX_AUTOSAVE_MINUTES,
                viewModel.autosaveMinutesProperty().get(), 1));
        autosave.setId("preferences-autosave");
        autosave.setEditable(true);
        autosave.setPrefWidth(90);
        autosave.valueProperty().addListener((o, before, after) -> viewModel.autosaveMinutesProperty().set(after));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label(Localization.lang("Window text size (%):"), windowText), windowText);
        grid.addRow(row++, label(Localization.lang("Transcript text size (%):"), transcriptText), transcriptText);
        grid.add(note(Localization.lang("The transcript's size is on top of the window's: 100 % follows it.")), 1, row++);
        grid.addRow(row++, label(Localization.lang("Theme:"), theme), theme);
        grid.addRow(row++, label(Localization.lang("Language:"), language), language);
        grid.add(languageNote, 1, row++);
        grid.addRow(row++, label(Localization.lang("Coder name:"), coder), coder);
        grid.add(note(Localization.lang("Written on the quotations and memos you make.")), 1, row++);
        grid.addRow(row++, label(Localization.lang("Save the whole project every (minutes):"), autosave), autosave);
        grid.add(note(Localization.lang(
                "Each edit is on disk at once in the project's journal; this is how often the whole file is rewritten.")),
                1, row);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(600);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return false;
            }
            // A number typed but not yet confirmed with Enter counts as chosen.
            List.of(windowText, transcriptText, autosave).forEach(PreferencesDialog::commitTyped);
            return true;
        });
    }

    private static Spinner<Integer> percentSpinner(String id, int value) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                UserPreferences.MIN_TEXT_PERCENT, UserPreferences.MAX_TEXT_PERCENT, value, 10));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    private static void commitTyped(Spinner<Integer> spinner) {
        try {
            int typed = Integer.parseInt(spinner.getEditor().getText().strip());
            SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                    (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
            factory.setValue(Math.max(factory.getMin(), Math.min(factory.getMax(), typed)));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("details-muted");
        return note;
    }

    static String themeName(Theme theme) {
        return theme == Theme.DARK ? Localization.lang("Dark") : Localization.lang("Light");
    }

    /** A language in its own words, so that a user who cannot read the current one finds theirs. */
    static String languageName(String tag) {
        return switch (tag == null ? "" : tag) {
            case "en" -> "English"; // NON-NLS: the language's own name
            case "es" -> "Español"; // NON-NLS: the language's own name
            case "ms" -> "Bahasa Melayu"; // NON-NLS: the language's own name
            default -> Localization.lang("The system's language");
        };
    }


    private static final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String tag, boolean empty) {
            super.updateItem(tag, empty);
            setText(empty || tag == null ? null : languageName(tag));
        }
    }
}
