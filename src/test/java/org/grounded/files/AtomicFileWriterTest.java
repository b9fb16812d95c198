package org.grounded.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    @Test
    void writingANewFileMakesNoBackup() throws Exception {
        Path file = folder.resolve("nuevo.grounded");

        writer.write(file, out -> out.write("uno".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("uno");
        assertThat(names()).containsExactly("nuevo.grounded");
    }

    @Test
    void aFolderIsNamedAsOneAndLeftAsItWas() throws Exception {
        Path outdir = Files.createDirectories(folder.resolve("outdir"));

        assertThatThrownBy(() -> writer.write(outdir, out -> out.write("uno".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessage("outdir is a folder; give a file name");
        assertThat(names()).containsExactly("outdir");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileItsBackupAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("estudio.grounded");
        writer.write(file, out -> out.write("uno".getBytes(StandardCharsets.UTF_8)));
        writer.write(file, out -> out.write("dos".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> writer.write(file, out -> {
            out.write("tr".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(file).hasContent("dos");
        assertThat(AtomicFileWriter.backupOf(file)).hasContent("uno");
        assertThat(names()).containsExactlyInAnyOrder("estudio.grounded", "estudio.grounded.bak");
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedByTheNextWrite() throws Exception {
        Path file = folder.resolve("estudio.grounded");
        Files.writeString(folder.resolve(".estudio.grounded.1a2b3c4d5e6f.tmp"), "{\"schemaVer");
        Files.writeString(folder.resolve(".estudio.grounded.ffffffffffff.tmp"), "{");

        writer.write(file, out -> out.write("nuevo".getBytes(StandardCharsets.UTF_8)));

        assertThat(names()).containsExactly("estudio.grounded");
    }

    @Test
    void filesThatOnlyLookLikeTemporaryFilesAreLeftAlone() throws Exception {
        Path file = folder.resolve("estudio.grounded");
        for (String name : new String[] {".estudio.grounded.lock", ".otro.grounded.1a2b3c4d5e6f.tmp",
                ".estudio.grounded..tmp", "estudio.grounded.1a2b3c4d5e6f.tmp", ".estudio.grounded.notas-1.tmp"}) {
            Files.writeString(folder.resolve(name), "keep");
        }

        writer.write(file, out -> out.write("nuevo".getBytes(StandardCharsets.UTF_8)));

        assertThat(names()).hasSize(6);
    }

    @Test
    void aNewFileGetsTheFoldersUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path usual = Files.createFile(folder.resolve("usual.txt"));
        Path file = folder.resolve("nuevo.grounded");

        writer.write(file, out -> out.write('x'));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)));
    }

    private Stream<String> namesStream() throws IOException {
        return Files.list(folder).map(path -> path.getFileName().toString());
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<String> names = namesStream()) {
            return names.toList();
        }
    }

    @Test
    void aWriterWithoutBackupReplacesTheFileAndKeepsNoBakFile() throws Exception {
        Path file = folder.resolve("tabla.csv");
        AtomicFileWriter exports = AtomicFileWriter.withoutBackup();

        exports.write(file, out -> out.write("uno".getBytes(StandardCharsets.UTF_8)));
        exports.write(file, out -> out.write("dos".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("dos");
        assertThat(names()).containsExactly("tabla.csv");
    }

    @Test
    void aWriterWithAnIntervalKeepsTheBackupUntilItIsThatMuchOlderThanTheFile() throws Exception {
        Path file = folder.resolve("estudio.grounded");
        AtomicFileWriter hourly = AtomicFileWriter.withBackupEvery(Duration.ofHours(1));
        Path backup = AtomicFileWriter.backupOf(file);

        hourly.write(file, out -> out.write("uno".getBytes(StandardCharsets.UTF_8)));
        hourly.write(file, out -> out.write("dos".getBytes(StandardCharsets.UTF_8)));
        assertThat(backup).as("no backup yet: the first one is made").hasContent("uno");
        hourly.write(file, out -> out.write("tres".getBytes(StandardCharsets.UTF_8)));
        assertThat(backup).as("59 minutes apart at most: kept").hasContent("uno");

        // The file replaced next was written 59 minutes after the backup: still kept.
        Instant written = Files.getLastModifiedTime(file).toInstant();
        Files.setLastModifiedTime(backup, FileTime.from(written.minus(Duration.ofMinutes(59))));
        hourly.write(file, out -> out.write("cuatro".getBytes(StandardCharsets.UTF_8)));
        assertThat(backup).hasContent("uno");

        // An hour after: the version being replaced becomes the backup.
        written = Files.getLastModifiedTime(file).toInstant();
        Files.setLastModifiedTime(backup, FileTime.from(written.minus(Duration.ofMinutes(60))));
        hourly.write(file, out -> out.write("cinco".getBytes(StandardCharsets.UTF_8)));
        assertThat(backup).hasContent("cuatro");
        assertThat(file).hasContent("cinco");

        // A deleted backup is made again at the next write.
        Files.delete(backup);
        hourly.write(file, out -> out.write("seis".getBytes(StandardCharsets.UTF_8)));
        assertThat(backup).hasContent("cinco");
        assertThat(names()).containsExactlyInAnyOrder("estudio.grounded", "estudio.grounded.bak");
    }

    @Test
    void theDefaultWriterRenewsTheBackupOnEveryWrite() throws Exception {
        Path file = folder.resolve("estudio.grounded");
        writer.write(file, out -> out.write("uno".getBytes(StandardCharsets.UTF_8)));
        writer.write(file, out -> out.write("dos".getBytes(StandardCharsets.UTF_8)));
        writer.write(file, out -> out.write("tres".getBytes(StandardCharsets.UTF_8)));
        assertThat(AtomicFileWriter.backupOf(file)).hasContent("dos");
        assertThatThrownBy(() -> AtomicFileWriter.withBackupEvery(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path file = folder.resolve("no-such-folder").resolve("tabla.csv");

        assertThatThrownBy(() -> AtomicFileWriter.withoutBackup().write(file, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-folder")
                .hasMessageContaining("does not exist");
    }
}
