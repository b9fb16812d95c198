package org.grounded.ui.prefs;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.grounded.ui.i18n.Localization;

/**
 * Reads and writes {@link UserPreferences} in the {@code preferences} node of the settings file
 * ({@code "preferences/theme": "dark"} …). A value that is missing takes its default quietly; a value
 * that is there but broken or out of range takes its default with one line naming the file and the
 * setting, and is replaced on the next save.
 */
public final class UserPreferencesStore {

    public static final String NODE = "preferences";
    /** The key {@code GroundedApp} reads before any window is built (decision 0035). */
    public static final String LANGUAGE = "language";
    public static final String WINDOW_TEXT = "text-size-window";
    public static final String TRANSCRIPT_TEXT = "text-size-transcript";
    public static final String THEME = "theme";
    public static final String AUTOSAVE = "autosave-minutes";

    private final Preferences node;
    private final String fileName;

    /**
     * @param node     the {@code preferences} node of the settings
     * @param fileName the settings file as messages name it
     */
    public UserPreferencesStore(Preferences node, String fileName) {
        this.node = Objects.requireNonNull(node);
        this.fileName = Objects.requireNonNull(fileName);
    }

    /** The {@code preferences} node of a settings file. */
    public static UserPreferencesStore of(SettingsFile settings) {
        return new UserPreferencesStore(settings.node(NODE), settings.file().toString());
    }

    /** The stored preferences, defaults for what is missing or broken ({@code problems} hears one line for each broken value). */
    public UserPreferences load(Consumer<String> problems) {
        UserPreferences defaults = UserPreferences.DEFAULTS;
        int window = percent(WINDOW_TEXT, defaults.windowTextPercent(), problems);
        int transcript = percent(TRANSCRIPT_TEXT, defaults.transcriptTextPercent(), problems);
        Theme theme = defaults.theme();
        String storedTheme = node.get(THEME, null);
        if (storedTheme != null) {
            theme = Theme.ofKey(storedTheme).orElseGet(() -> {
                problems.accept(problem(THEME, storedTheme, Localization.lang("light or dark"), defaults.theme().key()));
                return defaults.theme();
            });
        }
        String language = defaults.language();
        String storedLanguage = node.get(LANGUAGE, null);
        if (storedLanguage != null && !storedLanguage.isBlank()) {
            var supported = Localization.supported(Locale.forLanguageTag(storedLanguage.strip()));
            if (supported.isPresent()) {
                language = supported.get().getLanguage();
            } else {
                problems.accept(problem(LANGUAGE, storedLanguage, Localization.lang("en, es or ms"),
                        Localization.lang("the system's language")));
            }
        }
        int autosave = number(AUTOSAVE, defaults.autosaveMinutes(), UserPreferences.MIN_AUTOSAVE_MINUTES,
                UserPreferences.MAX_AUTOSAVE_MINUTES, problems);
        return new UserPreferences(window, transcript, theme, language, autosave);
    }

    /** Keeps {@code preferences} in the settings file; a write that fails is told in one line, as the returned text. */
    public java.util.Optional<String> save(UserPreferences preferences) {
        node.put(WINDOW_TEXT, Integer.toString(preferences.windowTextPercent()));
        node.put(TRANSCRIPT_TEXT, Integer.toString(preferences.transcriptTextPercent()));
        node.put(THEME, preferences.theme().key());
        node.put(LANGUAGE, preferences.language());
        node.put(AUTOSAVE, Integer.toString(preferences.autosaveMinutes()));
        try {
            node.flush();
            return java.util.Optional.empty();
        } catch (BackingStoreException e) {
            return java.util.Optional.of(Localization.lang("%0: the preferences could not be saved (%1).", fileName,
                    e.getMessage()));
        }
    }

    private int percent(String key, int fallback, Consumer<String> problems) {
        return number(key, fallback, UserPreferences.MIN_TEXT_PERCENT, UserPreferences.MAX_TEXT_PERCENT, problems);
    }

    private int number(String key, int fallback, int min, int max, Consumer<String> problems) {
        String stored = node.get(key, null);
        if (stored == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(stored.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below, as an out-of-range value is
        }
        problems.accept(problem(key, stored, Localization.lang("a whole number from %0 to %1", min, max),
                Integer.toString(fallback)));
        return fallback;
    }

    private String problem(String key, String value, String expected, String fallback) {
        return Localization.lang("%0: the setting %1 is \"%2\", not %3; using %4.", fileName, settingName(key), value,
                expected, fallback);
    }

    /** The setting as the file spells it: {@code preferences/theme}. */
    private String settingName(String key) {
        String path = node.absolutePath();
        return (path.equals("/") ? "" : path.substring(1) + "/") + key;
    }
}
