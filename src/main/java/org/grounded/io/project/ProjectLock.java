package org.grounded.io.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps a second running Grounded from editing a project this one has open: a lock file beside
 * the project ({@code .NAME.grounded.lock}) held with an operating-system file lock, so a crash
 * never leaves a stale lock behind. The lock file also says who holds it (process, host, since
 * when), for the message the second Grounded shows.
 *
 * <p>Two things about operating-system locks shape this class. They belong to the process, and on
 * Linux closing <em>any</em> channel on the file drops all of the process's locks on it; so a
 * second acquisition inside this process must not even open the lock file, and a process-wide
 * register of held lock files answers it instead (the one piece of static state here, mirroring
 * state the operating system keeps per process anyway). And on Windows locks are mandatory, so the
 * lock covers one byte far beyond the holder's text, which others can then still read.
 */
public final class ProjectLock implements AutoCloseable {

    private static final ConcurrentMap<Path, LockHolder> HELD_IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final long LOCKED_BYTE = 0x4000_0000L;
    private static final int MAX_HOLDER_TEXT = 4096;
    private static final int ATTEMPTS = 5;

    private final Path projectFile;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder holder;
    private boolean closed;

    private ProjectLock(Path projectFile, Path lockFile, FileChannel channel, FileLock lock, LockHolder holder) {
        this.projectFile = projectFile;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /** The lock file of a project: {@code .NAME.grounded.lock} in the same folder. */
    public static Path lockFileOf(Path projectFile) {
        return projectFile.resolveSibling("." + projectFile.getFileName() + ".lock");
    }

    /**
     * Takes the lock for a project file (which need not exist yet; its folder must).
     *
     * @throws ProjectLockedException when another process, or another window of this one, holds
     *                                it (the message says so, for the user, who may then open the
     *                                project read-only)
     */
    public static ProjectLock acquire(Path projectFile) throws ProjectLockedException, IOException {
        Path lockFile = lockFileOf(projectFile.toAbsolutePath().getParent().toRealPath().resolve(projectFile.getFileName()));
        LockHolder me = LockHolder.current();
        LockHolder earlier = HELD_IN_THIS_PROCESS.putIfAbsent(lockFile, me);
        if (earlier != null) {
            throw new ProjectLockedException(projectFile, projectFile.getFileName()
                    + " is already open in another window of this Grounded (since "
                    + earlier.sinceText(ZoneId.systemDefault()) + "). Open it read-only?",
                    earlier);
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Optional<ProjectLock> taken = tryLock(projectFile, lockFile, me);
                if (taken.isPresent()) {
                    return taken.get();
                }
            }
            throw new IOException("Cannot lock " + projectFile.getFileName() + ": its lock file " + lockFile.getFileName()
                    + " keeps being replaced");
        } catch (IOException | ProjectLockedException | RuntimeException e) {
            HELD_IN_THIS_PROCESS.remove(lockFile, me);
            throw e;
        }
    }

    /** One attempt; empty when the lock file was replaced meanwhile (a holder closing), so try again. */
    private static Optional<ProjectLock> tryLock(Path projectFile, Path lockFile, LockHolder me)
            throws IOException, ProjectLockedException {
        Object keyBefore = fileKey(lockFile);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean keep = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                Optional<LockHolder> holder = readHolder(channel);
                throw new ProjectLockedException(projectFile, projectFile.getFileName() + " is open in another Grounded window"
                        + holder.map(h -> " (" + h.describe(ZoneId.systemDefault()) + ")").orElse("")
                        + ". Open it read-only?", holder.orElse(null));
            }
            if (!stillTheSameFile(lockFile, keyBefore)) {
                lock.release();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.toText().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            keep = true;
            return Optional.of(new ProjectLock(projectFile, lockFile, channel, lock, me));
        } finally {
            if (!keep) {
                channel.close();
            }
        }
    }

    /**
     * Whether the lock file's name still leads to the file that was opened: a holder deletes the
     * file when it lets go, and a lock on a deleted file would keep nobody out.
     */
    private static boolean stillTheSameFile(Path lockFile, Object keyBefore) throws IOException {
        Object keyNow = fileKey(lockFile);
        if (keyNow == null) {
            return Files.exists(lockFile);
        }
        return keyBefore == null || keyBefore.equals(keyNow);
    }

    /** The file's identity (device and inode), or null when it is missing or the system has none. */
    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Optional<LockHolder> readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_TEXT);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                // read until the end of the text or the buffer
            }
            return LockHolder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path projectFile() {
        return projectFile;
    }

    public LockHolder holder() {
        return holder;
    }

    /** Lets go of the project and deletes the lock file (while still holding it, so nobody locks a vanishing file). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(lockFile);
        } finally {
            try (FileChannel closing = channel) {
                lock.release();
            } finally {
                HELD_IN_THIS_PROCESS.remove(lockFile, holder);
            }
        }
    }

    @Override
    public String toString() {
        return "ProjectLock[" + projectFile + ", " + holder + "]";
    }
}
