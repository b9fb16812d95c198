package org.grounded.ui.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.grounded.files.AtomicFileWriter;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The application's settings (window bounds, dividers, the coder's name, the recent projects) in
 * one small JSON file, {@code settings.json} in the user's config folder, seen as a
 * {@link Preferences} tree so that every setting keeps the ordinary {@code get/put} interface and
 * tests point the whole application at a temporary folder.
 *
 * <p>The file is a flat, sorted object of {@code "node/path/key": "value"} strings, readable and
 * editable by hand. A file that cannot be read is reported in one line through {@code problems}
 * and the defaults are used; it is replaced on the next {@link #flush()}. Writes go through the
 * one {@link AtomicFileWriter}, so a crash never leaves half a settings file.
 */
public final class SettingsFile extends AbstractPreferences {

    public static final String FILE_NAME = "settings.json";
    /** Overrides the config folder (screenshots, a portable install). */
    public static final String FOLDER_PROPERTY = "grounded.config";

    private final Store store;

    private SettingsFile(SettingsFile parent, String name, Store store) {
        super(parent, name);
        this.store = store;
    }

    /**
     * The settings kept in {@code folder} (created on the first write).
     *
     * @param problems receives one line when the file exists and cannot be read
     */
    public static SettingsFile in(Path folder, Consumer<String> problems) {
        Store store = new Store(folder.resolve(FILE_NAME));
        store.load(problems);
        return new SettingsFile(null, "", store);
    }

    /**
     * The user's config folder: {@code -Dgrounded.config=…} if given; else
     * {@code %APPDATA%\Grounded} on Windows, {@code ~/Library/Application Support/Grounded} on
     * macOS, {@code $XDG_CONFIG_HOME/grounded} (or {@code ~/.config/grounded}) elsewhere.
     */
    public static Path userFolder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)) // NON-NLS: folder names
                    .resolve("Grounded"); // NON-NLS: folder names
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Grounded"); // NON-NLS: folder names
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("grounded");
    }

    /** The file the settings are kept in. */
    public Path file() {
        return store.file;
    }

    private String prefix() {
        String path = absolutePath();
        return path.equals("/") ? "" : path.substring(1) + "/";
    }

    @Override
    protected void putSpi(String key, String value) {
        store.put(prefix() + key, value);
    }

    @Override
    protected String getSpi(String key) {
        return store.get(prefix() + key);
    }

    @Override
    protected void removeSpi(String key) {
        store.remove(prefix() + key);
    }

    @Override
    protected void removeNodeSpi() {
        store.removeAllUnder(prefix());
    }

    @Override
    protected String[] keysSpi() {
        return store.names(prefix(), false);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return store.names(prefix(), true);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new SettingsFile(this, name, store);
    }

    @Override
    protected void syncSpi() {
        // The file is read once at start; this process is its only writer.
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        try {
            store.save();
        } catch (IOException e) {
            throw new BackingStoreException("Cannot write " + store.file + ": " + e.getMessage());
        }
    }

    /** The one map behind every node of a file, and its writing. */
    private static final class Store {

        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private final Path file;
        private final TreeMap<String, String> values = new TreeMap<>();
        private boolean changed;

        Store(Path file) {
            this.file = Objects.requireNonNull(file);
        }

        synchronized void load(Consumer<String> problems) {
            if (!Files.exists(file)) {
                return;
            }
            try {
                Map<String, String> read = JSON.readValue(Files.readString(file), new TypeReference<Map<String, String>>() { });
                Optional.ofNullable(read).ifPresent(map -> map.forEach((key, value) -> {
                    if (key != null && value != null) {
                        values.put(key, value);
                    }
                }));
            } catch (JsonProcessingException e) {
                problems.accept(lang("%0: not a settings file (%1); using the default settings", file,
                        firstLine(e.getOriginalMessage())));
            } catch (IOException | RuntimeException e) {
                problems.accept(lang("%0: cannot be read (%1); using the default settings", file, e.getMessage()));
            }
        }

        private static String firstLine(String message) {
            String text = message == null ? "unreadable" : message;
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }

        synchronized void put(String key, String value) {
            changed |= !value.equals(values.put(key, value));
        }

        synchronized String get(String key) {
            return values.get(key);
        }

        synchronized void remove(String key) {
            changed |= values.remove(key) != null;
        }

        synchronized void removeAllUnder(String prefix) {
            changed |= values.keySet().removeIf(key -> key.startsWith(prefix));
        }

        /** The keys ({@code nodes == false}) or child node names directly under the node {@code prefix}. */
        synchronized String[] names(String prefix, boolean nodes) {
            TreeSet<String> names = new TreeSet<>();
            for (String key : values.tailMap(prefix, true).keySet()) {
                if (!key.startsWith(prefix)) {
                    break;
                }
                String rest = key.substring(prefix.length());
                int slash = rest.indexOf('/');
                if (nodes && slash > 0) {
                    names.add(rest.substring(0, slash));
                } else if (!nodes && slash < 0) {
                    names.add(rest);
                }
            }
            return names.toArray(String[]::new);
        }

        synchronized void save() throws IOException {
            if (!changed) {
                return;
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writeValueAsBytes(values);
            AtomicFileWriter.withoutBackup().write(file, out -> out.write(bytes));
            changed = false;
        }
    }
}
