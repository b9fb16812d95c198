package org.grounded.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.grounded.analysis.SmallStudy;
import org.grounded.io.project.ProjectFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** No command writes over what it reads, over another project, or into a folder's name. */
class OutputFilesTest {

    @TempDir
    Path folder;

    private Path project;
    private byte[] projectBytes;

    @BeforeEach
    void saveAProject() throws IOException {
        SmallStudy study = new SmallStudy();
        study.code(study.interview, "I donated", study.fears);
        project = folder.resolve("p.grounded");
        new ProjectFileStore().save(study.project, project);
        projectBytes = Files.readAllBytes(project);
    }

    /** Every spelling of the project's own file, made in the test's folder. */
    private List<Path> spellingsOfTheProject() throws IOException {
        List<Path> spellings = new ArrayList<>();
        spellings.add(project);
        spellings.add(folder.resolve(".").resolve("p.grounded"));
        Files.createDirectories(folder.resolve("sub"));
        spellings.add(folder.resolve("sub").resolve("..").resolve("p.grounded"));
        spellings.add(Files.createSymbolicLink(folder.resolve("link.csv"), project));
        spellings.add(Files.createLink(folder.resolve("hard.csv"), project));
        return spellings;
    }

    static Stream<Arguments> writers() {
        return Stream.of(Arguments.of("table"), Arguments.of("cooccur"), Arguments.of("stats"), Arguments.of("network"),
                Arguments.of("quotes"), Arguments.of("codebook"), Arguments.of("memos"));
    }

    @ParameterizedTest(name = "{0} -o PROJECT PROJECT")
    @MethodSource("writers")
    void anExportNeverWritesOverTheProjectItReads(String command) throws IOException {
        for (Path output : spellingsOfTheProject()) {
            CommandLineRun run = CommandLineRun.of(command, "-o", output.toString(), project.toString());

            assertThat(run.exitCode()).as("%s -o %s", command, output).isEqualTo(1);
            assertThat(run.err()).as(output.toString())
                    .contains(output.getFileName().toString()).contains("is the file this command reads")
                    .doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
            assertThat(Files.readAllBytes(project)).as("the project after %s -o %s", command, output)
                    .isEqualTo(projectBytes);
        }
    }

    @ParameterizedTest(name = "{0} -o OTHER.grounded PROJECT")
    @MethodSource("writers")
    void anExportNeverReplacesAnotherProject(String command) throws IOException {
        Path other = folder.resolve("other.grounded");
        Files.copy(project, other);
        Path linkToOther = Files.createSymbolicLink(folder.resolve("other-link.md"), other);

        for (Path output : List.of(other, linkToOther)) {
            CommandLineRun run = CommandLineRun.of(command, project.toString(), "-o", output.toString());

            assertThat(run.exitCode()).as(output.toString()).isEqualTo(1);
            assertThat(run.err()).contains(output.getFileName() + " is a Grounded project");
            assertThat(Files.readAllBytes(other)).isEqualTo(projectBytes);
        }
    }

    @Test
    void anExportIsNeverNamedLikeAProject() {
        Path named = folder.resolve("table.grounded");

        CommandLineRun run = CommandLineRun.of("table", project.toString(), "-o", named.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("table.grounded is named like a Grounded project");
        assertThat(named).doesNotExist();
    }

    @Test
    void anExportToANewFileStillWorks() throws IOException {
        Path csv = folder.resolve("table.csv");

        CommandLineRun run = CommandLineRun.of("table", project.toString(), "-o", csv.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(csv)).contains("Fears");
    }

    @Test
    void anOutputThatIsAFolderIsNamedAsOne() throws IOException {
        Path outdir = Files.createDirectories(folder.resolve("outdir"));

        CommandLineRun table = CommandLineRun.of("table", project.toString(), "-o", outdir.toString());
        CommandLineRun convert = CommandLineRun.of("convert", project.toString(), outdir.toString() + "/x.qdpx");
        CommandLineRun convertToFolder = CommandLineRun.of("convert", project.toString(),
                Files.createDirectories(folder.resolve("out.qdpx")).toString(), "--force");

        assertThat(table.exitCode()).isEqualTo(1);
        assertThat(table.err().strip()).isEqualTo("grounded: outdir is a folder; give a file name");
        assertThat(convert.exitCode()).isZero();
        assertThat(convertToFolder.exitCode()).isEqualTo(1);
        assertThat(convertToFolder.err().strip()).isEqualTo("grounded: out.qdpx is a folder; give a file name");
        try (Stream<Path> left = Files.list(outdir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("x.qdpx");
        }
    }

    @Test
    void convertNeverWritesOverItsInputEvenThroughALinkWithAnotherExtension() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("p.qdpx"), project);

        CommandLineRun run = CommandLineRun.of("convert", project.toString(), link.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("p.qdpx is the file this command reads");
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
    }

    @Test
    void convertReplacesAGroundedProjectOnlyWhenItIsTheDeclaredOutput() throws IOException {
        Path qdpx = folder.resolve("p.qdpx");
        assertThat(CommandLineRun.of("convert", project.toString(), qdpx.toString()).exitCode()).isZero();
        Path other = folder.resolve("other.grounded");
        Files.copy(project, other);
        Path qdcLinkToOther = Files.createSymbolicLink(folder.resolve("book.qdc"), other);

        CommandLineRun intoProject = CommandLineRun.of("convert", qdpx.toString(), other.toString(), "--force");
        CommandLineRun throughLink = CommandLineRun.of("convert", project.toString(), qdcLinkToOther.toString(), "--force");

        assertThat(intoProject.exitCode()).isZero();
        assertThat(throughLink.exitCode()).isEqualTo(1);
        assertThat(throughLink.err()).contains("book.qdc is a Grounded project");
    }

    @Test
    void importNeverReadsItsOwnProjectAsATranscript() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("notes.txt"), project);

        CommandLineRun run = CommandLineRun.of("import", project.toString(), link.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("notes.txt").contains("is the file this command reads");
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
    }
}
