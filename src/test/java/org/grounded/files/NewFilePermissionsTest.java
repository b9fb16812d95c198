package org.grounded.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a new export gets the permissions any new file of the user gets (the umask), never
 * owner-only; a file written over keeps the permissions it had.
 */
class NewFilePermissionsTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileHasTheUsersNormalPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(Files.createFile(folder.resolve("any-new-file")));

        Path export = folder.resolve("table.csv");
        AtomicFileWriter.withoutBackup().write(export, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        Path project = folder.resolve("study.grounded");
        new AtomicFileWriter().write(project, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(normal);
        assertThat(Files.getPosixFilePermissions(project)).isEqualTo(normal);
    }

    @Test
    void aFileWrittenOverKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path export = folder.resolve("table.csv");
        Files.writeString(export, "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(export, chosen);

        AtomicFileWriter.withoutBackup().write(export, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(export)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(chosen);
    }
}
