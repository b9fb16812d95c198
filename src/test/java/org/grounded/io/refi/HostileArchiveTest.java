package org.grounded.io.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.grounded.model.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Archives built to hurt the reader: each is refused with a message that names the file and the
 * problem, and nothing is written anywhere (the importer never extracts to disk).
 */
class HostileArchiveTest {

    private static final String MINIMAL_PROJECT = """
            <Project xmlns="urn:QDA-XML:project:1.0" name="Harmless">
              <Sources><TextSource guid="22222222-2222-4222-8222-222222222222" name="T" plainTextPath="internal://t.txt"/></Sources>
            </Project>
            """;

    @TempDir
    Path folder;
    private Path archive;

    @AfterEach
    void nothingWasWrittenBesideTheArchive() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(Path::getFileName).map(Path::toString).toList())
                    .isSubsetOf(archive.getFileName().toString(), "secret.txt");
        }
        assertThat(folder.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(folder.getParent().getParent().resolve("evil.txt")).doesNotExist();
    }

    private RefiProjectImport read() throws RefiImportException {
        return new QdpxImporter().read(archive, Progress.NONE);
    }

    @Test
    void anEntryThatClimbsOutOfTheArchiveIsRefused() throws Exception {
        archive = QdpxFiles.with("project.qde", MINIMAL_PROJECT).add("sources/t.txt", "text")
                .add("../../evil.txt", "owned").writeTo(folder.resolve("slip.qdpx"));

        assertThatThrownBy(this::read).isInstanceOf(RefiImportException.class)
                .hasMessageContaining("slip.qdpx").hasMessageContaining("../../evil.txt").hasMessageContaining("outside");
    }

    @Test
    void anAbsoluteEntryNameIsRefused() throws Exception {
        archive = QdpxFiles.with("project.qde", MINIMAL_PROJECT).add("/tmp/evil.txt", "owned")
                .writeTo(folder.resolve("absolute.qdpx"));

        assertThatThrownBy(this::read).hasMessageContaining("/tmp/evil.txt").hasMessageContaining("outside");
    }

    @Test
    void aProjectXmlThatInflatesToGigabytesIsRefusedBeforeItFillsMemory() throws Exception {
        archive = bomb(folder.resolve("bomb.qdpx"), "project.qde", "");
        assertThat(Files.size(archive)).isLessThan(16L * 1024 * 1024);

        assertThatThrownBy(this::read).isInstanceOf(RefiImportException.class)
                .hasMessageContaining("bomb.qdpx").hasMessageContaining("project.qde").hasMessageContaining("zip bomb");
    }

    @Test
    void aSourceTextThatInflatesToGigabytesIsRefused() throws Exception {
        archive = bomb(folder.resolve("source-bomb.qdpx"), "sources/t.txt", MINIMAL_PROJECT);

        assertThatThrownBy(this::read).isInstanceOf(RefiImportException.class)
                .hasMessageContaining("sources/t.txt").hasMessageContaining("zip bomb");
    }

    @Test
    void anArchiveWithTooManyEntriesIsRefused() throws Exception {
        QdpxFiles files = QdpxFiles.with("project.qde", MINIMAL_PROJECT);
        for (int i = 0; i < 50; i++) {
            files.add("sources/" + i + ".txt", "x");
        }
        archive = files.writeTo(folder.resolve("many.qdpx"));
        ArchiveLimits few = new ArchiveLimits(20, 1024 * 1024, 1024 * 1024, 100, 1024);

        assertThatThrownBy(() -> new QdpxImporter(few).read(archive, Progress.NONE))
                .hasMessageContaining("many.qdpx").hasMessageContaining("more than 20 entries");
    }

    @Test
    void anExternalEntityIsRefusedNotResolved() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "password=hunter2");
        archive = QdpxFiles.with("project.qde", """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "%s">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
                """.formatted(secret.toUri())).writeTo(folder.resolve("xxe.qdpx"));

        assertThatThrownBy(this::read).isInstanceOf(RefiImportException.class)
                .hasMessageContaining("xxe.qdpx").hasMessageContaining("DOCTYPE")
                .message().doesNotContain("hunter2");
    }

    @Test
    void aProjectXmlThatIsNotXmlIsNamed() throws Exception {
        archive = QdpxFiles.with("project.qde", "PK this is not XML at all").writeTo(folder.resolve("garbage.qdpx"));

        assertThatThrownBy(this::read).hasMessageContaining("garbage.qdpx").hasMessageContaining("project.qde")
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void aFileThatIsNotAZipIsNamed() throws Exception {
        archive = Files.writeString(folder.resolve("notes.qdpx"), "just some notes");

        assertThatThrownBy(this::read).hasMessageContaining("notes.qdpx").hasMessageContaining("zip archive");
    }

    @Test
    void anArchiveWithoutProjectXmlIsNamed() throws Exception {
        archive = QdpxFiles.with("sources/t.txt", "text").writeTo(folder.resolve("empty.qdpx"));

        assertThatThrownBy(this::read).hasMessageContaining("empty.qdpx").hasMessageContaining("no project.qde");
    }

    @Test
    void severalCandidateProjectXmlsAreNamed() throws Exception {
        archive = QdpxFiles.with("a.qde", MINIMAL_PROJECT).add("b.qde", MINIMAL_PROJECT).writeTo(folder.resolve("two.qdpx"));

        assertThatThrownBy(this::read).hasMessageContaining("a.qde").hasMessageContaining("b.qde");
    }

    @Test
    void anXmlThatIsNoProjectIsNamed() throws Exception {
        archive = QdpxFiles.with("project.qde", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>").writeTo(folder.resolve("cb.qdpx"));

        assertThatThrownBy(this::read).hasMessageContaining("cb.qdpx").hasMessageContaining("<CodeBook>");
    }

    @Test
    void aMissingSourceFileIsReportedAndTheRestImported() throws Exception {
        archive = QdpxFiles.with("project.qde", MINIMAL_PROJECT).writeTo(folder.resolve("missing.qdpx"));

        RefiProjectImport result = read();

        assertThat(result.project().documents()).isEmpty();
        assertThat(result.report().skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.what()).isEqualTo("text source");
            assertThat(skipped.reason()).contains("internal://t.txt");
        });
    }

    /** About three megabytes that inflate to 3 GiB of zeros. */
    private static Path bomb(Path file, String bombEntry, String projectXml) throws IOException {
        return ZipBomb.write(file, projectXml.isEmpty() ? Map.of() : Map.of("project.qde", projectXml), bombEntry, 3 * 1024);
    }
}
