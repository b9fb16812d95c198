package org.grounded.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a project's index lives: the user cache folder (the platform's, or the
 * {@code grounded.cache} system property), one folder per project path and {@link SearchIndex#INDEX_VERSION},
 * so a new analysis never opens an old index and two projects never share one.
 */
public final class IndexLocation {

    private IndexLocation() {
    }

    public static Path forProject(Path projectFile) {
        String key = hash(projectFile.toAbsolutePath().normalize().toString());
        return cacheRoot().resolve("index").resolve(key + "-v" + SearchIndex.INDEX_VERSION);
    }

    /** Grounded's folder in the user cache folder of this platform. */
    public static Path cacheRoot() {
        String configured = System.getProperty("grounded.cache", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local))
                    .resolve("Grounded").resolve("Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Grounded");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".cache") : Path.of(xdg)).resolve("grounded");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
