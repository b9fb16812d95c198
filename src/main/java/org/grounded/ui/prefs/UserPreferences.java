package org.grounded.ui.prefs;

import java.util.Objects;

/**
 * What the user chooses in Preferences, apart from the coder's name (kept by {@link CoderName}).
 *
 * @param windowTextPercent     the size of the whole window's text, in percent of the standard size
 * @param transcriptTextPercent the size of the transcript's text, in percent of the window's
 * @param theme                 light or dark
 * @param language              the language tag the window speaks from the next start ({@code en},
 *                              {@code es}, {@code ms}), or "" for the system's
 * @param autosaveMinutes       how often the whole project file is saved while there are unsaved
 *                              edits (each edit is on disk at once in the journal)
 */
public record UserPreferences(int windowTextPercent, int transcriptTextPercent, Theme theme, String language,
                              int autosaveMinutes) {

    public static final int MIN_TEXT_PERCENT = 90;
    public static final int MAX_TEXT_PERCENT = 200;
    public static final int MIN_AUTOSAVE_MINUTES = 1;
    public static final int MAX_AUTOSAVE_MINUTES = 30;
    public static final UserPreferences DEFAULTS = new UserPreferences(100, 100, Theme.LIGHT, "", 3);

    public UserPreferences {
        Objects.requireNonNull(theme);
        language = language == null ? "" : language;
        if (!textPercentInRange(windowTextPercent) || !textPercentInRange(transcriptTextPercent)) {
            throw new IllegalArgumentException("text size out of range: " + windowTextPercent + ", " + transcriptTextPercent);
        }
        if (autosaveMinutes < MIN_AUTOSAVE_MINUTES || autosaveMinutes > MAX_AUTOSAVE_MINUTES) {
            throw new IllegalArgumentException("autosave interval out of range: " + autosaveMinutes);
        }
    }

    public static boolean textPercentInRange(int percent) {
        return percent >= MIN_TEXT_PERCENT && percent <= MAX_TEXT_PERCENT;
    }

    /** The factor the window's font sizes are multiplied by. */
    public double windowScale() {
        return windowTextPercent / 100.0;
    }

    /** The factor the transcript's font size is multiplied by (the window's size times its own). */
    public double transcriptScale() {
        return windowScale() * transcriptTextPercent / 100.0;
    }
}
