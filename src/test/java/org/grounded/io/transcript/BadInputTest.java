package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {

    @TempDir
    Path folder;

    private final TranscriptImporter importer = new TranscriptImporter();

    @ParameterizedTest
    @ValueSource(strings = {"photo.txt", "audio.md", "call.vtt", "film.srt"})
    void aFileWithNulBytesLooksBinary(String name) {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Path file = TestFiles.write(folder, name, bytes);

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessage(name + " looks like a binary file, not a transcript.")
                .extracting(e -> ((TranscriptImportException) e).file()).isEqualTo(file);
    }

    @Test
    void aFileFullOfControlCharactersLooksBinaryEvenWithoutNulBytes() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path file = TestFiles.write(folder, "strange.txt", bytes);

        assertThatThrownBy(() -> importer.read(file)).hasMessageContaining("looks like a binary file");
    }

    @Test
    void utf16TextIsNotMistakenForBinaryDespiteItsNulBytes() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path file = TestFiles.write(folder, "utf16.txt",
                TestFiles.concat(bom, "Ana: hola".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));

        assertThat(importer.read(file).text()).isEqualTo("Ana: hola");
    }

    @Test
    void anEmptyFileIsRefused() {
        Path file = TestFiles.write(folder, "nothing.txt", new byte[0]);

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessage("nothing.txt is empty.");
    }

    @ParameterizedTest
    @ValueSource(strings = {" \n\t\n  ", "\uFEFF\n\n", "\r\n\r\n"})
    void aFileOfOnlyWhiteSpaceIsRefused(String content) {
        Path file = TestFiles.write(folder, "blank.md", content);

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("blank.md is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.rtf", "interview.doc", "data.csv"})
    void anUnsupportedTypeIsRefusedNamingTheSupportedOnes(String name) {
        Path file = TestFiles.write(folder, name, "Ana: hola");

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageStartingWith(name + " cannot be imported")
                .hasMessageContaining(".txt, .md, .docx, .odt, .pdf, .vtt, .srt");
    }

    @Test
    void aFileWithoutExtensionIsRefused() {
        Path file = TestFiles.write(folder, "README", "Ana: hola");

        assertThatThrownBy(() -> importer.read(file))
                .hasMessageContaining("README has no file extension")
                .hasMessageContaining("Supported types");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = folder.resolve("gone.txt");

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("gone.txt was not found");
    }

    @Test
    void aFolderIsNotATranscript() throws Exception {
        Path file = Files.createDirectory(folder.resolve("interviews.txt"));

        assertThatThrownBy(() -> importer.read(file)).hasMessage("interviews.txt is a folder, not a file.");
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path file = TestFiles.write(folder, "locked.txt", "Ana: hola");
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads every file whatever its permissions; the check is meaningful only for other users.
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read any file");

        assertThatThrownBy(() -> importer.read(file)).hasMessage("locked.txt cannot be read: permission denied.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken.docx", "broken.odt", "broken.pdf"})
    void aCorruptDocumentIsRefusedAsDamaged(String name) {
        Path file = TestFiles.write(folder, name, "PK\u0003\u0004 this is not really a zip or a pdf at all");

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageStartingWith(name + " is damaged");
    }

    @Test
    void aTruncatedWordDocumentIsRefusedAsDamaged() throws Exception {
        Path whole = ContainerFiles.docx(folder.resolve("whole.docx"), java.util.List.of("Ana: hola", "Bea: hola"));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = TestFiles.write(folder, "cut.docx", java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageStartingWith("cut.docx is damaged");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        TranscriptImporter small = new TranscriptImporter(new ImportLimits(1024, 4096, 1024));
        Path file = TestFiles.write(folder, "huge.txt", "Ana: words words words\n".repeat(100));

        assertThatThrownBy(() -> small.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessage("huge.txt is too large to be a transcript (2.2 KB, 1.2 KB over the 1 KB limit for .txt files).");
    }

    @Test
    void aPdfWithMoreTextThanTheLimitSaysByHowMuch() throws Exception {
        TranscriptImporter small = new TranscriptImporter(new ImportLimits(1024, 1024 * 1024, 1024));
        Path file = ContainerFiles.pdf(folder.resolve("long.pdf"),
                java.util.Collections.nCopies(60, "Ana: many words in this line"));

        assertThatThrownBy(() -> small.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageMatching("long\\.pdf holds more text than a transcript import accepts "
                        + "\\(1,[0-9]{3} characters, [0-9]{1,3} over the limit of 1,024\\)\\.");
    }

    @Test
    void aDocumentWithMoreTextThanTheLimitIsRefused() throws Exception {
        TranscriptImporter small = new TranscriptImporter(new ImportLimits(1024, 1024 * 1024, 1024));
        Path file = ContainerFiles.docx(folder.resolve("long.docx"),
                java.util.Collections.nCopies(200, "Ana: many words in this paragraph"));

        assertThatThrownBy(() -> small.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("long.docx holds more text than a transcript import accepts");
    }

    @Test
    void theDefaultLimitIsFiftyMegabytesOfText() {
        assertThat(ImportLimits.DEFAULT.maxTextFileBytes()).isEqualTo(50L * 1024 * 1024);
    }
}
