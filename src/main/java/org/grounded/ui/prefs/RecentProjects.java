package org.grounded.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projects opened last, newest first, kept in a {@link Preferences} node so that they survive
 * a restart. The node is injected: the application passes its settings file's node, tests a
 * fresh one.
 */
public final class RecentProjects {

    public static final int LIMIT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);
    private static final String KEY = "recent.";

    private final Preferences node;
    private final int limit;

    public RecentProjects(Preferences node) {
        this(node, LIMIT);
    }

    public RecentProjects(Preferences node, int limit) {
        this.node = Objects.requireNonNull(node);
        this.limit = limit;
    }

    /** Newest first, at most {@value #LIMIT}. */
    public List<Path> list() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                result.add(Path.of(value));
            }
        }
        return result;
    }

    /** Puts a project at the top, removing an older entry for the same file. */
    public List<Path> add(Path project) {
        Path normalised = project.toAbsolutePath().normalize();
        List<Path> paths = list();
        paths.remove(normalised);
        paths.add(0, normalised);
        return store(paths);
    }

    public List<Path> remove(Path project) {
        List<Path> paths = list();
        paths.remove(project.toAbsolutePath().normalize());
        paths.remove(project);
        return store(paths);
    }

    private List<Path> store(List<Path> paths) {
        List<Path> kept = paths.subList(0, Math.min(limit, paths.size()));
        for (int i = 0; i < limit; i++) {
            if (i < kept.size()) {
                node.put(KEY + i, kept.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not store the list of recent projects", e);
        }
        return List.copyOf(kept);
    }
}
