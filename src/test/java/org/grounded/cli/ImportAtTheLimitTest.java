package org.grounded.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A transcript the import accepts never makes a project that cannot be opened again. */
class ImportAtTheLimitTest {

    /** The import's limit for a .txt file, and for the text taken from any file. */
    private static final int LIMIT = 50 * 1024 * 1024;

    @TempDir
    Path folder;

    /**
     * An interview of exactly {@code bytes} ASCII bytes, so also as many characters, in turns of
     * about two thousand characters, as long answers in a real interview.
     */
    private Path transcript(String name, long bytes) throws IOException {
        Path file = folder.resolve(name);
        String answer = "Because the milk bank helped my son when he was born early. ".repeat(33);
        String[] turns = {"Interviewer: Why did you donate?\n", "Ana: " + answer + "\n"};
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; written + turns[1].length() + 64 < bytes; i++) {
                String turn = turns[i % 2];
                out.write(turn);
                written += turn.length();
            }
            out.write("Ana: ");
            written += 5;
            while (written < bytes - 1) {
                out.write('x');
                written++;
            }
            out.write('\n');
        }
        assertThat(Files.size(file)).isEqualTo(bytes);
        return file;
    }

    @Test
    void aTranscriptAtTheImportLimitOpensSavesAndOpensAgain() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path file = transcript("interview.txt", LIMIT);

        CommandLineRun imported = CommandLineRun.of("import", project.toString(), file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        ProjectFileStore store = new ProjectFileStore();
        Project opened = store.load(project);
        Document document = opened.documents().iterator().next();
        assertThat(document.text()).hasSize(LIMIT);
        store.save(opened, project);
        Project reopened = store.load(project);
        assertThat(reopened.documents()).containsExactlyElementsOf(opened.documents());
        assertThat(CommandLineRun.of("info", project.toString()).exitCode()).isZero();
    }

    @Test
    void aTranscriptOneByteOverTheLimitIsRefusedSayingByHowMuch() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path file = transcript("long.txt", LIMIT + 1L);

        CommandLineRun imported = CommandLineRun.of("import", project.toString(), file.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("long.txt is too large to be a transcript "
                + "(52,428,801 bytes, 1 byte over the 50 MB limit for .txt files)");
        assertThat(project).doesNotExist();
    }
}
