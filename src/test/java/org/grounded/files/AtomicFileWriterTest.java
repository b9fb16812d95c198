package org.grounded.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void aMissingFolderIsNamedInTheMessage() {
        Path file = folder.resolve("no-such-folder").resolve("tabla.csv");

        assertThatThrownBy(() -> AtomicFileWriter.withoutBackup().write(file, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-folder")
                .hasMessageContaining("does not exist");
    }
}
