package org.grounded.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Counts the bytes that reach a folder, looking every 10 ms, for {@code grounded bench --window}:
 * a file that grows in place (a journal) counts its growth; a file that appears, or comes back as
 * another file (an atomic save moves a new file over the old), counts whole. Temporary files
 * count when they take the real name, not before, so nothing is counted twice.
 */
final class FolderWrites {

    /** What was written: bytes in all, and how many whole files (saves and backups) among them. */
    record Total(long bytes, int wholeFiles) {
    }

    private record Seen(Object key, long size, long modified) {
    }

    private final Path folder;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor();
    private long bytes;
    private int wholeFiles;

    private FolderWrites(Path folder) {
        this.folder = folder;
    }

    /** Starts counting what is written to the folder from now on. */
    static FolderWrites start(Path folder) {
        FolderWrites writes = new FolderWrites(folder);
        writes.look(false);
        writes.looker.scheduleWithFixedDelay(() -> writes.look(true), 10, 10, TimeUnit.MILLISECONDS);
        return writes;
    }

    /** Stops counting (after a last look) and says how much was written. */
    synchronized Total stop() {
        looker.shutdownNow();
        look(true);
        return new Total(bytes, wholeFiles);
    }

    private synchronized void look(boolean count) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp") || name.endsWith(".lock")) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException gone) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Seen now = new Seen(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
                Seen before = seen.put(file, now);
                if (!count || now.equals(before)) {
                    continue;
                }
                if (before != null && Objects.equals(before.key(), now.key()) && now.size() >= before.size()) {
                    bytes += now.size() - before.size();
                } else {
                    bytes += now.size();
                    wholeFiles++;
                }
            }
        } catch (IOException e) {
            // The folder is looked at again in 10 ms.
        }
    }
}
