package org.grounded.ui.prefs;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Preferences window's state: the values being edited, filled from what is stored each time
 * the window opens ({@link #reset}); {@link #apply} keeps them and hands them to the window (text
 * sizes and theme at once, the autosave interval for the next save, the language at the next
 * start). Cancelling is not applying: nothing changes.
 */
public final class PreferencesViewModel {

    private final UserPreferencesStore store;
    private final CoderName coder;
    private final Consumer<UserPreferences> applied;
    private UserPreferences current;

    private final IntegerProperty windowText = new SimpleIntegerProperty(this, "windowText");
    private final IntegerProperty transcriptText = new SimpleIntegerProperty(this, "transcriptText");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final IntegerProperty autosaveMinutes = new SimpleIntegerProperty(this, "autosaveMinutes");
    private final StringProperty coderName = new SimpleStringProperty(this, "coderName");

    /**
     * @param current what is stored now (read once as the application started)
     * @param applied hears the preferences once they are kept
     */
    public PreferencesViewModel(UserPreferencesStore store, UserPreferences current, CoderName coder,
                                Consumer<UserPreferences> applied) {
        this.store = Objects.requireNonNull(store);
        this.current = Objects.requireNonNull(current);
        this.coder = Objects.requireNonNull(coder);
        this.applied = Objects.requireNonNull(applied);
        reset();
    }

    /** Sets every field back to what is kept (the window opens). */
    public void reset() {
        windowText.set(current.windowTextPercent());
        transcriptText.set(current.transcriptTextPercent());
        theme.set(current.theme());
        language.set(current.language());
        autosaveMinutes.set(current.autosaveMinutes());
        coderName.set(coder.get());
    }

    /** The preferences as kept now. */
    public UserPreferences current() {
        return current;
    }

    /** The preferences as edited, each value held to its range. */
    public UserPreferences edited() {
        return new UserPreferences(clamp(windowText.get(), UserPreferences.MIN_TEXT_PERCENT, UserPreferences.MAX_TEXT_PERCENT),
                clamp(transcriptText.get(), UserPreferences.MIN_TEXT_PERCENT, UserPreferences.MAX_TEXT_PERCENT),
                Objects.requireNonNullElse(theme.get(), UserPreferences.DEFAULTS.theme()),
                Objects.requireNonNullElse(language.get(), ""),
                clamp(autosaveMinutes.get(), UserPreferences.MIN_AUTOSAVE_MINUTES, UserPreferences.MAX_AUTOSAVE_MINUTES));
    }

    /** Whether the edited language differs from the one kept (it applies at the next start). */
    public boolean languageChanged() {
        return !Objects.requireNonNullElse(language.get(), "").equals(current.language());
    }

    /**
     * Keeps the edited preferences and the coder's name and applies them.
     *
     * @return a one-line problem when the settings file could not be written (they still apply for this run)
     */
    public Optional<String> apply() {
        UserPreferences edited = edited();
        Optional<String> problem = store.save(edited);
        coder.set(coderName.get());
        current = edited;
        applied.accept(edited);
        return problem;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    public IntegerProperty windowTextProperty() {
        return windowText;
    }

    public IntegerProperty transcriptTextProperty() {
        return transcriptText;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** "" for the system's language, else {@code en}, {@code es} or {@code ms}. */
    public StringProperty languageProperty() {
        return language;
    }

    public IntegerProperty autosaveMinutesProperty() {
        return autosaveMinutes;
    }

    public StringProperty coderNameProperty() {
        return coderName;
    }
}
