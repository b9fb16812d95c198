package org.grounded.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file's content so that, whenever the process or the machine stops, the file holds
 * either its old content or its new content, complete. The previous content is kept as
 * {@code NAME.bak} (on every write, or at most once per interval: {@link #withBackupEvery}), and
 * that too is replaced without ever being half-written.
 *
 * <ol>
 * <li>The content goes to a temporary file {@code .NAME.<random>.tmp} in the same folder (so the
 *     final move stays on one file system), which is forced to disk before it is used.</li>
 * <li>The old file is hard-linked (or, where links are not supported, copied and forced) to a
 *     second temporary name, which is then moved over {@code NAME.bak}.</li>
 * <li>The first temporary file is moved over the old file in one atomic step; the folder is then
 *     forced so that the new name survives a power cut.</li>
 * </ol>
 * The old file keeps its name until the last step, so the file is never absent. Its permissions
 * are copied to the new content. A temporary file left by a crash is removed by the next write of
 * the same file: one that no live writer holds a lock on is stale. Two writers of the same file at
 * the same time are not supported (the project lock in {@code io.project} keeps other processes away).
 *
 * <p>Every file Grounded writes goes through this class: the project file (with a backup), and
 * exports, REFI-QDA files and the sample study's copy ({@link #withoutBackup()}: the previous
 * export is replaced, never kept). It lives in {@code org.grounded.files}, below {@code io} and
 * {@code export}, so that both may use it without knowing each other.
 */
public final class AtomicFileWriter {

    /** Writes the new content; the stream must not be closed. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final int BUFFER_SIZE = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);

    private final boolean keepsBackup;
    private final Duration backupInterval;

    /** A writer that keeps the previous content as {@code NAME.bak} on every write. */
    public AtomicFileWriter() {
        this(true, Duration.ZERO);
    }

    private AtomicFileWriter(boolean keepsBackup, Duration backupInterval) {
        this.keepsBackup = keepsBackup;
        this.backupInterval = backupInterval;
    }

    /** A writer for exports and copies: the previous content is replaced and not kept. */
    public static AtomicFileWriter withoutBackup() {
        return new AtomicFileWriter(false, Duration.ZERO);
    }

    /**
     * A writer that renews {@code NAME.bak} only when the backup is at least {@code interval} older
     * than the content being replaced (or missing), so the backup stays a version from up to an
     * interval before rather than the one from a few minutes ago, and a folder kept in sync by
     * Dropbox or OneDrive does not upload a second full copy of a large project on every save.
     * Modification times decide: a backup is a link to (or a copy with the times of) the content
     * it keeps.
     */
    public static AtomicFileWriter withBackupEvery(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("A backup interval cannot be negative: " + interval);
        }
        return new AtomicFileWriter(true, interval);
    }

    /** Where the previous content of a file is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** Whether a name in the folder is one of this writer's temporary files for {@code file}. */
    public static boolean isTemporaryFileOf(Path file, Path candidate) {
        String name = candidate.getFileName().toString();
        String prefix = "." + file.getFileName() + ".";
        if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX)) {
            return false;
        }
        String random = name.substring(prefix.length(), name.length() - TEMPORARY_SUFFIX.length());
        return !random.isEmpty() && random.chars().allMatch(c -> Character.isLetterOrDigit(c));
    }

    /** Replaces {@code target} (a new file when there is none) with the content. */
    public void write(Path target, Content content) throws IOException {
        Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IOException(target.getFileName() + " is a folder; give a file name");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot write " + target + ": the folder " + folder + " does not exist");
        }
        removeStaleTemporaryFiles(file);
        Path temporary = temporaryPathFor(file);
        boolean done = false;
        try {
            writeForced(temporary, content, file);
            if (keepsBackup && Files.exists(file) && backupIsDue(file)) {
                keepBackup(file);
            }
            move(temporary, file);
            done = true;
        } finally {
            if (!done) {
                deleteQuietly(temporary);
            }
        }
        forceFolder(folder);
    }

    /** Whether the backup is missing or at least the interval older than the content it would keep. */
    private boolean backupIsDue(Path file) {
        if (backupInterval.isZero()) {
            return true;
        }
        Path backup = backupOf(file);
        try {
            if (!Files.exists(backup)) {
                return true;
            }
            Instant current = Files.getLastModifiedTime(file).toInstant();
            Instant kept = Files.getLastModifiedTime(backup).toInstant();
            return Duration.between(kept, current).compareTo(backupInterval) >= 0;
        } catch (IOException e) {
            LOG.debug("Cannot read the times of {} or its backup ({}); renewing the backup", file, e.toString());
            return true;
        }
    }

    private static Path temporaryPathFor(Path file) {
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return file.resolveSibling("." + file.getFileName() + "." + random + TEMPORARY_SUFFIX);
    }

    /**
     * Writes and forces the temporary file while holding an operating-system lock on it, which
     * tells {@link #removeStaleTemporaryFiles} that it is in use; a crash releases the lock.
     */
    private static void writeForced(Path temporary, Content content, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.lock(); // released when the channel closes
            copyPermissions(file, temporary);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE);
            content.writeTo(new UnclosableOutputStream(out));
            out.flush();
            channel.force(true);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    /**
     * Puts the current content of {@code file} at {@code NAME.bak} without a moment in which
     * either name is missing or half-written. A failure here costs only the backup, so it is
     * logged and the save goes on.
     */
    private static void keepBackup(Path file) {
        Path temporary = temporaryPathFor(file);
        try {
            try {
                Files.createLink(temporary, file);
            } catch (UnsupportedOperationException | IOException e) {
                LOG.debug("Cannot hard-link {} ({}); copying it for the backup", file, e.toString());
                Files.copy(file, temporary, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            move(temporary, backupOf(file));
        } catch (IOException e) {
            LOG.warn("Could not keep the previous version of {} as {}: {}", file, backupOf(file).getFileName(), e.toString());
            deleteQuietly(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("The file system of {} cannot replace files atomically; replacing it in two steps", to);
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames durable; not every system can open a folder for this, so failure is fine. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.trace("Cannot force folder {}: {}", folder, e.toString());
        }
    }

    /** Deletes temporary files of this file that a crashed writer left: those nobody holds a lock on. */
    private static void removeStaleTemporaryFiles(Path file) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
                candidate -> isTemporaryFileOf(file, candidate))) {
            for (Path candidate : entries) {
                if (isStale(candidate)) {
                    LOG.info("Removing {}, left by an interrupted save", candidate);
                    Files.deleteIfExists(candidate);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not clean up temporary files beside {}: {}", file, e.toString());
        }
    }

    private static boolean isStale(Path candidate) {
        try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            LOG.debug("Cannot check {}: {}", candidate, e.toString());
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary file {}: {}", path, e.toString());
        }
    }

    /** Lets the content writer close "its" stream without closing the channel before it is forced. */
    private static final class UnclosableOutputStream extends FilterOutputStream {

        UnclosableOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
