package org.grounded.ui.dialog;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The JavaFX dialogs: alerts owned by the main window, styled with the application's stylesheet. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final String stylesheet;

    /**
     * @param owner      the main window, so dialogs centre on it and block it
     * @param stylesheet the application stylesheet's URL, applied to every dialog
     */
    public FxDialogService(Window owner, String stylesheet) {
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        if (details != null && !details.isBlank()) {
            TextArea area = detailsArea(details);
            VBox content = new VBox(10, wrappingLabel(message), area);
            VBox.setVgrow(area, Priority.ALWAYS);
            alert.getDialogPane().setContent(content);
            alert.setResizable(true);
        }
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            alert.getDialogPane().setExpandableContent(detailsArea(trace.toString()));
        }
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(confirm, cancel);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<Choice<T>> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        Map<ButtonType, T> values = new HashMap<>();
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice<T> choice = choices.get(i);
            ButtonType button = new ButtonType(choice.label(),
                    i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER);
            values.put(button, choice.value());
            buttons.add(button);
        }
        buttons.add(ButtonType.CANCEL);
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(values::get);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        // The message above the field, wrapped: beside it, a long message squeezed the field to a
        // sliver (the coder-name question on first start).
        javafx.scene.control.Label label = new javafx.scene.control.Label(message);
        label.setWrapText(true);
        dialog.getEditor().setPrefColumnCount(30);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, label, dialog.getEditor()));
        dialog.getDialogPane().setPrefWidth(480);
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> pick(String title, String message, List<T> options, Function<T, String> label) {
        PickDialog<T> dialog = new PickDialog<>(title, message, options, label);
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> showOpenDialog(FileChooserSpec spec) {
        return Optional.ofNullable(chooser(spec).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> showOpenMultipleDialog(FileChooserSpec spec) {
        List<File> files = chooser(spec).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> showSaveDialog(FileChooserSpec spec) {
        return Optional.ofNullable(chooser(spec).showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public <M> boolean showDialog(M viewModel, DialogView<M> view) {
        Dialog<Boolean> dialog = view.create(viewModel);
        prepare(dialog);
        return dialog.showAndWait().orElse(false);
    }

    private FileChooser chooser(FileChooserSpec spec) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(spec.title());
        spec.initialFolder().filter(Files::isDirectory).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        if (!spec.initialFileName().isEmpty()) {
            chooser.setInitialFileName(spec.initialFileName());
        }
        for (FileChooserSpec.FileFilter filter : spec.filters()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrappingLabel(message));
        alert.getDialogPane().setPrefWidth(520);
        prepare(alert);
        return alert;
    }

    private void prepare(Dialog<?> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (stylesheet != null) {
            dialog.getDialogPane().getStylesheets().add(stylesheet);
        }
        WindowFit.fit(dialog);
    }

    private static Label wrappingLabel(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("dialog-message");
        return label;
    }

    private static TextArea detailsArea(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount((int) Math.max(3, Math.min(12, text.lines().count() + 1)));
        area.getStyleClass().add("dialog-details");
        return area;
    }
}
