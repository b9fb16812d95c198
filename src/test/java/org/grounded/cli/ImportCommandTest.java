package org.grounded.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Document;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void createsTheProjectAndMapsSpeakersToParticipants() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path transcript = Files.writeString(folder.resolve("ana.txt"),
                "Interviewer: ¿Por qué donaste?\n\nAna: Porque sobraba leche 🍼.\n\nInterviewer: Gracias.\n\nAna: A ti.\n",
                StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("import", project.toString(), transcript.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created project").contains("1 imported, 0 skipped");
        Project saved = new ProjectFileStore().load(project);
        assertThat(saved.info().name()).isEqualTo("study");
        Document document = saved.documents().iterator().next();
        assertThat(document.text()).contains("🍼");
        assertThat(document.interviewers()).containsExactly("Interviewer");
        assertThat(saved.participants()).extracting(Participant::name).containsExactly("Ana");
    }

    @Test
    void addsToAnExistingProjectAndReportsWhatItSkipped() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path first = Files.writeString(folder.resolve("one.txt"), "Interviewer: Hi\n\nLim: Hello\n\nLim: Bye\n");
        assertThat(CommandLineRun.of("import", project.toString(), first.toString()).exitCode()).isZero();

        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Path second = Files.writeString(folder.resolve("two.md"), "Lim: Again\n\nInterviewer: Thanks\n\nLim: Yes\n");
        CommandLineRun run = CommandLineRun.of("import", project.toString(), binary.toString(), second.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.SOME_SKIPPED);
        assertThat(run.out()).contains("Imported  two.md").contains("1 imported, 1 skipped").doesNotContain("photo.txt");
        assertThat(run.err().lines()).singleElement().asString().startsWith("grounded: photo.txt ");
        Project saved = new ProjectFileStore().load(project);
        assertThat(saved.documents()).extracting(Document::name).containsExactly("one", "two");
        assertThat(saved.participants()).extracting(Participant::name).containsExactly("Lim");
        assertThat(saved.participants().iterator().next().speakers()).hasSize(2);
    }

    @Test
    void extraInterviewerNamesAreHonoured() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path transcript = Files.writeString(folder.resolve("focus.txt"),
                "Dr. Lim: Welcome.\n\nSiti: Thanks.\n\nDr. Lim: Why share?\n\nSiti: Faith.\n");

        CommandLineRun run = CommandLineRun.of("import", "--interviewer", "dr. lim", project.toString(), transcript.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Project saved = new ProjectFileStore().load(project);
        assertThat(saved.documents().iterator().next().interviewers()).containsExactly("Dr. Lim");
        assertThat(saved.participants()).extracting(Participant::name).containsExactly("Siti");
    }

    @Test
    void whenNothingCanBeImportedNoProjectIsCreated() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path binary = Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        CommandLineRun run = CommandLineRun.of("import", project.toString(), binary.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("0 imported, 1 skipped").doesNotContain("photo.txt");
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().findFirst()).get().asString().startsWith("grounded: photo.txt ").contains("binary");
        assertThat(run.err()).endsWith("grounded: nothing was imported; no project was created" + System.lineSeparator());
        assertThat(project).doesNotExist();
    }
}
