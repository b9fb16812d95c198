package org.grounded.ui.prefs;

import java.util.Locale;
import java.util.Optional;

/** The window's colours: the light theme of {@code grounded.css}, or the dark one laid over it. */
public enum Theme {
    LIGHT,
    DARK;

    /** The name kept in the settings file ({@code light}, {@code dark}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a settings value names, if it names one. */
    public static Optional<Theme> ofKey(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key == null ? "" : key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
