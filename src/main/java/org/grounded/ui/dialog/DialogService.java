package org.grounded.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog the application shows: messages, errors, questions and file choosers. View models
 * talk to this interface only, so tests replace it with a stub that answers for the user.
 * Every method blocks until the user answered (on the JavaFX thread, a nested event loop).
 */
public interface DialogService {

    void showInformation(String title, String message);

    /** An information dialog with a longer, scrollable text below the message. */
    void showInformation(String title, String message, String details);

    void showError(String title, String message);

    /** An error with its technical cause available on request. */
    void showError(String title, String message, Throwable cause);

    /** A yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /**
     * A question with several answers besides Cancel; empty when the user cancelled or closed
     * the dialog.
     */
    <T> Optional<T> choose(String title, String message, List<Choice<T>> choices);

    /**
     * Asks for one line of text (a name), showing {@code initial} selected; empty when cancelled.
     * The text is returned as typed, so the caller can refuse a blank or taken name with a message.
     */
    Optional<String> askText(String title, String message, String initial);

    /**
     * Asks the user to pick one item of a list that may be long (the codes of a project), with a
     * box that filters it as the user types; empty when cancelled.
     */
    <T> Optional<T> pick(String title, String message, List<T> options, Function<T, String> label);

    Optional<Path> showOpenDialog(FileChooserSpec spec);

    /** Several files at once; empty when cancelled. */
    List<Path> showOpenMultipleDialog(FileChooserSpec spec);

    Optional<Path> showSaveDialog(FileChooserSpec spec);

    /**
     * Shows a feature's own dialog (the transcript import's settings, a codebook preview) on its
     * view model, which the user edits; true when the user confirmed, false when cancelled. The
     * feature passes its view's constructor, so this service knows no feature and a test's stub
     * answers from the view model alone without building controls.
     */
    <M> boolean showDialog(M viewModel, DialogView<M> view);

    /** Builds a feature's dialog on its view model; the dialog's result is true when confirmed. */
    @FunctionalInterface
    interface DialogView<M> {
        javafx.scene.control.Dialog<Boolean> create(M viewModel);
    }

    /** One answer of {@link #choose}: the value returned and the button's label. */
    record Choice<T>(T value, String label) {
    }
}
