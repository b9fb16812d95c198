package org.grounded.ui.prefs;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coder's name, written on every new quotation and memo: a preference that starts as the
 * operating system's user name, so a team's quotations say who coded them without any setup.
 */
public final class CoderName {

    private static final Logger LOG = LoggerFactory.getLogger(CoderName.class);
    private static final String KEY = "coder.name";

    private final Preferences node;
    private final String fallback;
    private String name;

    /**
     * @param node     where the name is kept; null keeps it for this run only
     * @param fallback the name until the user chooses one (the OS user name)
     */
    public CoderName(Preferences node, String fallback) {
        this.node = node;
        this.fallback = fallback == null || fallback.isBlank() ? "coder" : fallback.strip();
        name = node == null ? this.fallback : node.get(KEY, this.fallback);
    }

    /** A name kept for this run only (tests, and services built without preferences). */
    public static CoderName of(String name) {
        return new CoderName(null, name);
    }

    public static String systemUserName() {
        return Objects.requireNonNullElse(System.getProperty("user.name"), "coder");
    }

    /** Whether the user has chosen a name (else the first start asks for one). */
    public boolean isChosen() {
        return node == null || node.get(KEY, null) != null;
    }

    public String get() {
        return name;
    }

    /** Changes the name; a blank name goes back to the OS user name. */
    public void set(String newName) {
        String value = newName == null || newName.isBlank() ? fallback : newName.strip();
        name = value;
        if (node != null) {
            node.put(KEY, value);
            try {
                node.flush();
            } catch (BackingStoreException e) {
                LOG.warn("Could not store the coder's name", e);
            }
        }
    }
}
