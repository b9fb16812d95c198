package org.grounded.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.dialog.FxDialogService;

/** The application's dialogs, but the file choosers (the operating system's) answered from the stub. */
public record ChoosersAnsweredBy(StubDialogService stub, FxDialogService real) implements DialogService {
    @Override
    public void showInformation(String title, String message) {
        real.showInformation(title, message);
    }

    @Override
    public void showInformation(String title, String message, String details) {
        real.showInformation(title, message, details);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        real.showError(title, message, cause);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return real.confirm(title, message, confirmLabel, cancelLabel);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<Choice<T>> choices) {
        return real.choose(title, message, choices);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return real.askText(title, message, initial);
    }

    @Override
    public <T> Optional<T> pick(String title, String message, List<T> options, Function<T, String> label) {
        return real.pick(title, message, options, label);
    }

    @Override
    public Optional<Path> showOpenDialog(FileChooserSpec spec) {
        return stub.showOpenDialog(spec);
    }

    @Override
    public List<Path> showOpenMultipleDialog(FileChooserSpec spec) {
        return stub.showOpenMultipleDialog(spec);
    }

    @Override
    public Optional<Path> showSaveDialog(FileChooserSpec spec) {
        return stub.showSaveDialog(spec);
    }

    @Override
    public <M> boolean showDialog(M model, DialogView<M> dialogView) {
        return real.showDialog(model, dialogView);
    }
}
