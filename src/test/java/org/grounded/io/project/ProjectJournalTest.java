package org.grounded.io.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.grounded.model.Code;
import org.grounded.model.Edit;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.model.edits.CodebookEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Appending to and replaying the journal, against projects built by hand. */
class ProjectJournalTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path folder;

    private final ProjectFileStore store = new ProjectFileStore();

    private Path savedProject(String name, Instant created) throws IOException, ProjectFileException {
        Project project = Project.create(name, created);
        project.apply(CodebookEdits.createCode(project, "Fears", "#FF0000"));
        Path file = folder.resolve(name + ".grounded");
        store.save(project, file);
        return file;
    }

    /** Opens the file as the window does: the project loaded, then its journal replayed into it. */
    private Opened open(Path file) throws IOException, ProjectFileException {
        Project project = store.load(file);
        return new Opened(project, ProjectJournal.open(file, project, ProjectFileStore.checksumOf(file)));
    }

    private record Opened(Project project, ProjectJournal journal) {
    }

    /** Makes an edit and journals it, as the window's recorder does. */
    private static void edit(Opened opened, Edit edit) throws IOException, ProjectFileException {
        opened.project().apply(edit);
        opened.journal().record(edit.description(), opened.project().revision(), List.of(edit));
    }

    private static List<String> codeNames(Project project) {
        return project.codes().stream().map(Code::name).sorted().toList();
    }

    @Test
    void editsLeftInTheJournalByACrashAreReplayedOnOpening() throws IOException, ProjectFileException {
        Path file = savedProject("study", CREATED);
        Opened first = open(file);
        assertThat(first.journal().recovery().edits()).isZero();
        Project project = first.project();
        edit(first, CodebookEdits.createCode(project, "Hopes", "#00FF00"));
        edit(first, CodebookEdits.rename(project, project.codeNamed("Fears").orElseThrow().id(), "Worries").orElseThrow());
        edit(first, new ProjectInfoEdit(project.info(), new ProjectInfo("Renamed study", "after the crash", CREATED)));
        edit(first, CodebookEdits.deleteCode(project, project.codeNamed("Hopes").orElseThrow().id()));
        // a crash: the journal is never closed and the project never saved

        Opened second = open(file);
        assertThat(codeNames(second.project())).containsExactly("Worries");
        assertThat(second.project().info().name()).isEqualTo("Renamed study");
        assertThat(second.project().entities()).containsExactlyInAnyOrderElementsOf(project.entities());
        assertThat(second.journal().recovery().edits()).isEqualTo(4);
        Instant lastSave = Files.getLastModifiedTime(file).toInstant();
        assertThat(second.journal().recovery().message(ZoneOffset.UTC)).contains("Recovered 4 edits made after the last save ("
                + lastSave.atOffset(ZoneOffset.UTC).toLocalDateTime().toString().substring(0, 16).replace('T', ' ') + ").");
    }

    @Test
    void aTornLastRecordIsIgnoredAndTheOnesBeforeItReplayed() throws IOException, ProjectFileException {
        Path file = savedProject("torn", CREATED);
        Opened first = open(file);
        for (String name : List.of("One", "Two", "Three")) {
            edit(first, CodebookEdits.createCode(first.project(), name, "#123456"));
        }
        Path journal = ProjectJournal.fileFor(file);
        long whole = Files.size(journal);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(whole - 5); // the crash hit while the third record was being written
        }

        Opened second = open(file);
        assertThat(codeNames(second.project())).containsExactly("Fears", "One", "Two");
        assertThat(second.journal().recovery().edits()).isEqualTo(2);
        assertThat(second.journal().recovery().problem()).isEmpty();
    }

    @Test
    void aRecordWhoseChecksumFailsEndsTheReplay() throws IOException, ProjectFileException {
        Path file = savedProject("flipped", CREATED);
        Opened first = open(file);
        edit(first, CodebookEdits.createCode(first.project(), "One", "#123456"));
        long afterOne = Files.size(ProjectJournal.fileFor(file));
        edit(first, CodebookEdits.createCode(first.project(), "Two", "#123456"));
        byte[] bytes = Files.readAllBytes(ProjectJournal.fileFor(file));
        bytes[(int) afterOne + 20] ^= 0x01; // one bit of the second record's payload
        Files.write(ProjectJournal.fileFor(file), bytes);

        assertThat(codeNames(open(file).project())).containsExactly("Fears", "One");
    }

    @Test
    void aJournalOfAnotherProjectIsNeverAppliedAndIsKeptAside() throws IOException, ProjectFileException {
        Path file = savedProject("mine", CREATED);
        Path other = savedProject("other", Instant.parse("2025-01-01T00:00:00Z"));
        Opened theirs = open(other);
        edit(theirs, CodebookEdits.createCode(theirs.project(), "Theirs", "#123456"));
        Files.copy(ProjectJournal.fileFor(other), ProjectJournal.fileFor(file));

        Opened mine = open(file);
        assertThat(codeNames(mine.project())).containsExactly("Fears");
        assertThat(mine.journal().recovery().edits()).isZero();
        assertThat(mine.journal().recovery().message(ZoneOffset.UTC).orElseThrow())
                .startsWith("The journal .mine.grounded.journal was not applied because it belongs to another project");
        assertThat(notApplied()).hasSize(1);
    }

    @Test
    void aJournalThatFollowsAnotherVersionOfTheFileIsNeverApplied() throws IOException, ProjectFileException {
        Path file = savedProject("versions", CREATED);
        Opened first = open(file);
        edit(first, CodebookEdits.createCode(first.project(), "Journalled", "#123456"));
        // the file is replaced behind the journal's back (restored from a backup, say)
        Project restored = store.load(file);
        restored.apply(CodebookEdits.createCode(restored, "Restored", "#654321"));
        store.save(restored, file);

        Opened second = open(file);
        assertThat(codeNames(second.project())).containsExactly("Fears", "Restored");
        assertThat(second.journal().recovery().problem().orElseThrow()).contains("follows another version of the project file");
        assertThat(notApplied()).hasSize(1);
    }

    @Test
    void aSaveEmptiesTheJournalOfWhatTheFileHoldsAndKeepsLaterEdits() throws IOException, ProjectFileException {
        Path file = savedProject("saved", CREATED);
        Opened first = open(file);
        for (int i = 0; i < 50; i++) {
            edit(first, CodebookEdits.createCode(first.project(), "Code " + i, "#123456"));
        }
        long full = first.journal().size();
        Project copy = first.project().copy();
        long revision = copy.revision();
        long checksum = store.save(copy, file, written -> first.journal().saving(revision, written));
        edit(first, CodebookEdits.createCode(first.project(), "After the copy", "#123456"));
        first.journal().saved(revision, checksum);

        assertThat(first.journal().unsavedEdits()).isEqualTo(1);
        assertThat(first.journal().size()).isLessThan(full / 10);
        Opened second = open(file);
        assertThat(second.journal().recovery().edits()).isEqualTo(1);
        assertThat(second.project().entities()).containsExactlyInAnyOrderElementsOf(first.project().entities());
    }

    @Test
    void aCrashBetweenReplacingTheFileAndEmptyingTheJournalReplaysOnlyTheLaterEdits() throws IOException, ProjectFileException {
        Path file = savedProject("between", CREATED);
        Opened first = open(file);
        edit(first, CodebookEdits.createCode(first.project(), "Saved", "#123456"));
        Project copy = first.project().copy();
        long revision = copy.revision();
        store.save(copy, file, written -> first.journal().saving(revision, written));
        edit(first, CodebookEdits.createCode(first.project(), "Not yet saved", "#123456"));
        // the crash: the new file is in place, the journal still holds everything and the save's note

        Opened second = open(file);
        assertThat(codeNames(second.project())).containsExactly("Fears", "Not yet saved", "Saved");
        assertThat(second.journal().recovery().edits()).isEqualTo(1);
    }

    @Test
    void closingAJournalWithNothingUnsavedDeletesIt() throws IOException, ProjectFileException {
        Path file = savedProject("closed", CREATED);
        Opened first = open(file);
        assertThat(ProjectJournal.fileFor(file)).exists();
        first.journal().close();
        assertThat(ProjectJournal.fileFor(file)).doesNotExist();
        assertThat(store.load(file).codes()).hasSize(1);
    }

    private List<Path> notApplied() throws IOException, ProjectFileException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().contains(".not-applied-")).toList();
        }
    }

    @Test
    void stopWordEditsAndTheirUndoAreReplayed() throws IOException, ProjectFileException {
        Path file = savedProject("palabras", CREATED);
        Opened first = open(file);
        Project project = first.project();
        edit(first, org.grounded.model.edits.StopWordEdits.change(project,
                new org.grounded.model.StopWordChanges("en", List.of("like", "yeah"), List.of("not"))).orElseThrow());
        org.grounded.model.StopWordsEdit spanish = org.grounded.model.edits.StopWordEdits.change(project,
                new org.grounded.model.StopWordChanges("es", List.of("pues"), List.of())).orElseThrow();
        edit(first, spanish);
        // an undo, written as the window's recorder writes it: the inverse edit
        edit(first, spanish.inverse());
        // a crash: the journal is never closed and the project never saved

        Opened second = open(file);

        assertThat(second.project().stopWords()).isEqualTo(project.stopWords());
        assertThat(second.project().stopWords().of("en").added()).containsExactly("like", "yeah");
        assertThat(second.project().stopWords().of("en").removed()).containsExactly("not");
        assertThat(second.project().stopWords().of("es").keepsBuiltIn()).isTrue();
    }
}
