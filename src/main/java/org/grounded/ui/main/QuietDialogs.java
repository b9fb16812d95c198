package org.grounded.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;

/**
 * The dialogs of a window that nobody watches ({@code grounded bench --window}): nothing is shown,
 * every question is declined, and what would have been said is kept for the run's report. A
 * dialog left open on a headless screen would wait for ever.
 */
class QuietDialogs implements DialogService {

    private final List<String> said = new ArrayList<>();

    /** What the window would have told the user, in order. */
    synchronized List<String> said() {
        return List.copyOf(said);
    }

    private synchronized void say(String title, String message) {
        said.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        say(title, message);
    }

    @Override
    public void showInformation(String title, String message, String details) {
        say(title, message);
    }

    @Override
    public void showError(String title, String message) {
        say(title, message);
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        say(title, message + " (" + cause + ")");
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        say(title, message);
        return false;
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<Choice<T>> choices) {
        say(title, message);
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        say(title, message);
        return Optional.empty();
    }

    @Override
    public <T> Optional<T> pick(String title, String message, List<T> options, Function<T, String> label) {
        say(title, message);
        return Optional.empty();
    }

    @Override
    public Optional<Path> showOpenDialog(FileChooserSpec spec) {
        return Optional.empty();
    }

    @Override
    public List<Path> showOpenMultipleDialog(FileChooserSpec spec) {
        return List.of();
    }

    @Override
    public Optional<Path> showSaveDialog(FileChooserSpec spec) {
        return Optional.empty();
    }

    @Override
    public <M> boolean showDialog(M viewModel, DialogView<M> view) {
        say("Dialog", String.valueOf(viewModel)); // NON-NLS: headless runs, never shown
        return false;
    }
}
