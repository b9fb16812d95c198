package org.grounded.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Document;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An archive from someone else reads nothing of the user's files unless the user allows it. */
class ExternalSourcesTest {

    private static final String SECRET = "my-bank-password 7731";
    private static final String NOTE = "private diary entry";

    @TempDir
    Path folder;

    private Path archive(String name, String qde) throws Exception {
        Path qdpx = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/inside.txt"));
            zip.write("Inside the archive".getBytes(StandardCharsets.UTF_8));
        }
        return qdpx;
    }

    /** A project with one source inside the archive, one file:// source and one note pointing at the test's files. */
    private Path hostileArchive() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        Path diary = Files.writeString(folder.resolve("diary.txt"), NOTE);
        return archive("hostile.qdpx", """
                <Project xmlns="urn:QDA-XML:project:1.0" name="Hostile">
                  <Sources>
                    <TextSource guid="11111111-1111-4111-8111-111111111111" name="Inside" plainTextPath="internal://inside.txt"/>
                    <TextSource guid="22222222-2222-4222-8222-222222222222" name="Passwords" plainTextPath="file://%s"/>
                  </Sources>
                  <Notes>
                    <Note guid="33333333-3333-4333-8333-333333333333" name="Diary" plainTextPath="absolute://%s"/>
                  </Notes>
                </Project>""".formatted(secret.toAbsolutePath(), diary.toAbsolutePath()));
    }

    private static String everyText(Project project) {
        StringBuilder all = new StringBuilder();
        project.documents().forEach(document -> all.append(document.text()).append('\n'));
        project.memos().forEach(memo -> all.append(memo.text()).append('\n'));
        return all.toString();
    }

    @Test
    void externalFilesAreNotReadByDefaultAndTheReportNamesThem() throws Exception {
        Path qdpx = hostileArchive();
        Path out = folder.resolve("hostile.grounded");

        CommandLineRun run = CommandLineRun.of("convert", qdpx.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.SOME_SKIPPED);
        Project project = new ProjectFileStore().load(out);
        assertThat(everyText(project)).contains("Inside the archive").doesNotContain(SECRET).doesNotContain(NOTE);
        assertThat(project.documents()).extracting(Document::name).containsExactly("Inside");
        assertThat(project.memos()).extracting(Memo::title).containsExactly("Diary");
        assertThat(run.out()).doesNotContain(SECRET).doesNotContain("secret.txt");
        assertThat(run.err())
                .contains("hostile.qdpx points to 2 files outside the archive, on this computer, which were not read:")
                .contains("text source 'Passwords': " + folder.resolve("secret.txt").toAbsolutePath())
                .contains("note 'Diary': " + folder.resolve("diary.txt").toAbsolutePath())
                .contains("--allow-external-sources")
                .doesNotContain(SECRET);
    }

    @Test
    void externalFilesAreReadWhenAllowed() throws Exception {
        Path qdpx = hostileArchive();
        Path out = folder.resolve("allowed.grounded");

        CommandLineRun run = CommandLineRun.of("convert", "--allow-external-sources", qdpx.toString(), out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Project project = new ProjectFileStore().load(out);
        assertThat(project.documents()).extracting(Document::name).containsExactly("Inside", "Passwords");
        assertThat(everyText(project)).contains(SECRET).contains(NOTE);
        assertThat(run.out()).contains("outside the archive");
    }

    @Test
    void aRelativePathThatClimbsOutOfTheProjectFolderIsNeverRead() throws Exception {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Path inner = Files.createDirectories(folder.resolve("inner"));
        Path qdpx = archive("climb.qdpx", """
                <Project xmlns="urn:QDA-XML:project:1.0" name="Climb" basePath="%s">
                  <Sources>
                    <TextSource guid="22222222-2222-4222-8222-222222222222" name="Up" plainTextPath="relative://../outside/secret.txt"/>
                  </Sources>
                </Project>""".formatted(inner.toAbsolutePath()));
        Path out = folder.resolve("climb.grounded");

        CommandLineRun run = CommandLineRun.of("convert", "--allow-external-sources", qdpx.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.SOME_SKIPPED);
        assertThat(everyText(new ProjectFileStore().load(out))).doesNotContain(SECRET);
        assertThat(run.err()).contains("relative://../outside/secret.txt leaves the project's folder");
    }
}
