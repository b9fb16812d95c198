package org.grounded.ui.common;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.grounded.ui.session.Editor;

/**
 * Commits what is typed in a field (a memo, a comment, a description) as one edit when the user
 * pauses, leaves the field, presses Enter in a one-line field, or when the window saves, closes,
 * undoes or redoes. Each commit is one step on the undo stack, and nothing typed is lost.
 *
 * <p>The text goes to what the field showed when typing began, even if the selection moved on
 * since; showing another value while the user types commits the typing first.
 *
 * @param <T> what the field edits (a memo's id, a quotation's id)
 */
public final class CommitOnPause<T> {

    public static final Duration PAUSE = Duration.seconds(1.5);

    private final TextInputControl field;
    private final Supplier<T> target;
    private final BiConsumer<T, String> commit;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean typing;
    private boolean showing;
    private T editing;

    /**
     * @param target what the field shows now (null when nothing)
     * @param commit makes the edit for a target and the typed text
     */
    public CommitOnPause(TextInputControl field, Editor editor, Supplier<T> target, BiConsumer<T, String> commit) {
        this.field = Objects.requireNonNull(field);
        this.target = Objects.requireNonNull(target);
        this.commit = Objects.requireNonNull(commit);
        pause.setOnFinished(event -> commitNow());
        field.textProperty().addListener((observable, before, after) -> {
            if (!showing && !Objects.equals(before, after)) {
                if (!typing) {
                    typing = true;
                    editing = target.get();
                }
                pause.playFromStart();
            }
        });
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                commitNow();
            }
        });
        if (field instanceof TextField) {
            field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    commitNow();
                }
            });
        }
        editor.addPendingCommit(this::commitNow);
    }

    /**
     * Shows a value from the model; typing still pending is committed first. A name the model
     * trimmed is left as typed while the user is in the field, so a space typed before a pause
     * is not taken away from under the caret.
     */
    public void show(String value) {
        commitNow();
        String text = value == null ? "" : value;
        boolean trimmedOnly = field.isFocused() && text.equals(field.getText().strip());
        if (!text.equals(field.getText()) && !trimmedOnly) {
            showing = true;
            try {
                field.setText(text);
            } finally {
                showing = false;
            }
        }
    }

    /** Commits the typing now, if there is any. */
    public void commitNow() {
        if (!typing) {
            return;
        }
        typing = false;
        pause.stop();
        T to = editing;
        editing = null;
        if (to != null) {
            commit.accept(to, field.getText());
        }
    }
}
