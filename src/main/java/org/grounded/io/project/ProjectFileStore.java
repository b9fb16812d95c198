package org.grounded.io.project;

import org.grounded.files.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.grounded.model.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.grounded.files.FileNames;

/**
 * Reads and writes the project file ({@code *.grounded}): one human-readable JSON file with a
 * schema version, holding the texts too. Saving is atomic and keeps the previous version as a
 * backup; a failed open never writes to the file.
 */
public final class ProjectFileStore {

    public static final String EXTENSION = FileNames.PROJECT_EXTENSION;
    private static final Logger LOG = LoggerFactory.getLogger(ProjectFileStore.class);

    private final ProjectJson json = new ProjectJson();
    private final ProjectFileMigrations migrations = new ProjectFileMigrations();
    private final ProjectFileReader reader = new ProjectFileReader(json, migrations);
    /**
     * How often the previous version is kept: a project is saved every few minutes while coding
     * (decision 0020), and a backup renewed on each save would only ever hold the last three
     * minutes' state — and cost a second full copy per save where hard links are missing or the
     * folder is synced. Once an hour it is a version to go back to after a bad afternoon.
     */
    public static final Duration BACKUP_INTERVAL = Duration.ofHours(1);

    private final AtomicFileWriter writer = AtomicFileWriter.withBackupEvery(BACKUP_INTERVAL);

    /** Where {@link #save} keeps a previous version of a project file ({@code NAME.grounded.bak}). */
    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }

    /**
     * Opens a project file.
     *
     * @throws ProjectFileException naming the file and the problem (not a project, truncated or
     *                              corrupt, written by a newer Grounded, unreadable); when the file
     *                              is damaged but its backup opens, the exception says so
     */
    public Project load(Path file) throws ProjectFileException {
        Project project = reader.read(file);
        LOG.debug("Opened {}", file);
        return project;
    }

    /** A project as read, with the CRC32 of the bytes it was read from (what names its version to a journal). */
    public record Loaded(Project project, long checksum) {
    }

    /**
     * Opens a project file as {@link #load} does and gives the CRC32 of the bytes read, as
     * {@link #checksumOf} would give it without reading the file a second time (186 MB on a large
     * study, issue 21).
     */
    public Loaded loadWithChecksum(Path file) throws ProjectFileException {
        CRC32 crc = new CRC32();
        Project project = reader.read(file, crc::update);
        LOG.debug("Opened {}", file);
        return new Loaded(project, crc.getValue());
    }

    /**
     * Saves atomically: the project is written to a temporary file in the same folder, forced to
     * disk and moved over the old file, whose previous content is kept as a backup. Reads the
     * project on the calling thread, so background saves pass a {@link Project#copy()}.
     */
    public void save(Project project, Path file) throws IOException {
        writer.write(file, out -> json.write(project, migrations.currentVersion(), out));
        LOG.debug("Saved {}", file);
    }

    /** Hears the CRC32 of a new project file once it is written and before it replaces the old one. */
    @FunctionalInterface
    public interface WrittenListener {
        void written(long checksum) throws IOException;
    }

    /**
     * Saves as {@link #save(Project, Path)} does and returns the CRC32 of the file written; tells
     * {@code written} that checksum before the new file replaces the old one (the journal notes it).
     */
    public long save(Project project, Path file, WrittenListener written) throws IOException {
        CRC32 crc = new CRC32();
        writer.write(file, out -> {
            CheckedOutputStream checked = new CheckedOutputStream(out, crc);
            json.write(project, migrations.currentVersion(), checked);
            checked.flush();
            written.written(crc.getValue());
        });
        LOG.debug("Saved {}", file);
        return crc.getValue();
    }

    /** The CRC32 of a file's bytes, which names the version of a project file a journal follows. */
    public static long checksumOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return crc.getValue();
    }
}
