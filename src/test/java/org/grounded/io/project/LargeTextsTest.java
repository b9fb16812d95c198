package org.grounded.io.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.grounded.io.SizeLimits;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What Grounded writes, Grounded reads: a 50 MB text in any place of a project opens again
 * (Jackson's default reader stopped at 20,000,000 characters and called such a project damaged).
 */
class LargeTextsTest {

    /** 50 MB of text, the transcript import's limit, with a few characters outside ASCII. */
    private static final int LENGTH = 50 * 1024 * 1024;

    @TempDir
    Path folder;

    private static String largeText() {
        String line = "Ana: Gracias, mamá 🍼 — the milk bank helped us.\n";
        StringBuilder text = new StringBuilder(LENGTH);
        while (text.length() + line.length() <= LENGTH) {
            text.append(line);
        }
        while (text.length() < LENGTH) {
            text.append('.');
        }
        return text.toString();
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("memo", (Function<String, EntityEdit>) text ->
                        EntityEdit.builder("Add").add(Memo.of("Field notes", text, "ana")).build()),
                Arguments.of("code description", (Function<String, EntityEdit>) text ->
                        EntityEdit.builder("Add").add(Code.of("Empowerment", "#FF0000").withDescription(text)).build()),
                Arguments.of("document text", (Function<String, EntityEdit>) text ->
                        EntityEdit.builder("Add").add(Document.of("Interview 1", text)).build()));
    }

    @ParameterizedTest(name = "a 50 MB {0}")
    @MethodSource("places")
    void aFiftyMegabyteTextOpensAgain(String place, Function<String, EntityEdit> adding) throws Exception {
        Project project = Project.create("Large");
        String text = largeText();
        project.apply(adding.apply(text));
        Path file = folder.resolve("large.grounded");
        ProjectFileStore store = new ProjectFileStore();
        store.save(project, file);

        Project opened = store.load(file);

        assertThat(opened.memos()).containsExactlyElementsOf(project.memos());
        assertThat(opened.codes()).containsExactlyElementsOf(project.codes());
        assertThat(opened.documents()).containsExactlyElementsOf(project.documents());
        assertThat(Files.size(file)).isGreaterThan((long) LENGTH);
    }

    @Test
    void aProjectLargerThanTheMemoryJavaMayUseIsRefusedInPlainWords() throws Exception {
        // Two 50 MB texts need about 400 MB to open; the child JVM may use 256 MB.
        Project project = Project.create("Large");
        String text = largeText();
        project.apply(EntityEdit.builder("Add").add(Memo.of("Field notes", text, "ana"))
                .add(Code.of("Empowerment", "#FF0000").withDescription(text)).build());
        Path file = folder.resolve("huge.grounded");
        new ProjectFileStore().save(project, file);
        byte[] before = Files.readAllBytes(file);

        try (ChildJvm child = ChildJvm.start(folder.resolve("errors.log"), OpeningMain.class, file.toString())) {
            String outcome = child.awaitLine("REFUSED");

            // Java reports a little less than -Xmx256m as the most it may use.
            assertThat(outcome).matches("REFUSED UNREADABLE huge\\.grounded is too large to open in the memory Grounded "
                    + "may use here \\(the file is " + SizeLimits.describe(Files.size(file)).replace(".", "\\.")
                    + "; Grounded may use 2[45]\\d(\\.\\d)? MB\\)\\. Start Grounded with more memory "
                    + "\\(java -Xmx4g, for instance\\) to open it\\.");
            assertThat(child.errors()).doesNotContain("OutOfMemoryError");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileNestedBeyondTheReadersLimitIsDamagedInPlainWords() throws IOException {
        String deep = "{\"schemaVersion\": 1, \"project\": " + "[".repeat(1500) + "]".repeat(1500) + "}";
        Path file = Files.writeString(folder.resolve("deep.grounded"), deep, StandardCharsets.UTF_8);

        ProjectFileException e = catchThrowableOfType(() -> new ProjectFileStore().load(file), ProjectFileException.class);

        assertThat(e.getMessage()).startsWith("deep.grounded is damaged: its JSON nests deeper than 1000 levels at line 1")
                .doesNotContain("StreamReadConstraints").doesNotContain("Jackson").doesNotContain("getMax");
    }
}
