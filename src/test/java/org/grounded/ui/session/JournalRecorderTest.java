package org.grounded.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.model.edits.CodingEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits, undos, redos and combined edits made in a session come back whole from its journal. */
class JournalRecorderTest {

    @TempDir
    Path folder;

    private final ProjectFileStore store = new ProjectFileStore();
    private final ProjectStorage storage = ProjectStorage.of(store);

    private ProjectSession open(Path file) throws Exception {
        ProjectStorage.Opened opened = storage.openForEditing(file);
        return ProjectSession.opened(opened.project(), file, null, opened.savedRevision(), opened.journal());
    }

    @Test
    void whatASessionDidIsWhatReopeningAfterACrashFinds() throws Exception {
        Path file = folder.resolve("study.grounded");
        Project saved = Project.create("Study", Instant.parse("2026-05-01T08:00:00Z"));
        saved.apply(EntityEdit.add("Import", Document.of("Ana", "I was afraid at first, but my family helped.")));
        store.save(saved, file);

        ProjectSession session = open(file);
        Project project = session.project();
        Document ana = project.documents().iterator().next();
        session.undoManager().perform(CodebookEdits.createCode(project, "Fear", "#FF0000"));
        Code fear = project.codeNamed("Fear").orElseThrow();
        session.undoManager().perform(CodingEdits.applyCodes(project, ana.id(), 0, 20, List.of(fear.id()), "me",
                Instant.parse("2026-05-01T09:00:00Z")).orElseThrow());
        session.undoManager().perform(CodebookEdits.createCode(project, "Support", "#00FF00"));
        session.undoManager().undo(); // Support is gone again
        session.undoManager().perform(new ProjectInfoEdit(project.info(), new ProjectInfo("Study (coded)", "", project.info().createdAt())));
        Project scratch = project.copy();
        EntityEdit family = CodebookEdits.createCode(scratch, "Family", "#0000FF");
        scratch.apply(family);
        EntityEdit rename = CodebookEdits.rename(scratch, fear.id(), "Fears").orElseThrow();
        session.undoManager().perform(new CompositeEdit(org.grounded.model.EditName.plain("Add and rename"), List.of(family, rename)));
        session.undoManager().undo();
        session.undoManager().redo();
        // crash: nothing saved, nothing closed

        ProjectSession reopened = open(file);
        assertThat(reopened.project().entities()).containsExactlyInAnyOrderElementsOf(project.entities());
        assertThat(reopened.project().codes()).extracting(Code::name).containsExactlyInAnyOrder("Fears", "Family");
        assertThat(reopened.project().quotations()).hasSize(1);
        assertThat(reopened.project().info().name()).isEqualTo("Study (coded)");
        assertThat(reopened.isDirty()).as("recovered edits are unsaved work").isTrue();
        assertThat(reopened.recoveryMessage().orElseThrow()).startsWith("Recovered 8 edits made after the last save (");
    }

    @Test
    void closingASavedSessionLeavesNoJournalAndSaveAsDropsTheOldOne() throws Exception {
        Path file = folder.resolve("plain.grounded");
        store.save(Project.create("Plain"), file);
        ProjectSession session = open(file);
        session.undoManager().perform(CodebookEdits.createCode(session.project(), "Fear", "#FF0000"));
        Project copy = session.project().copy();
        storage.save(copy, file, copy.revision(), session.journal().orElseThrow());
        session.close();
        assertThat(ProjectJournal.fileFor(file)).doesNotExist();
        assertThat(store.load(file).codes()).extracting(Code::name).containsExactly("Fear");

        ProjectSession again = open(file);
        again.undoManager().perform(CodebookEdits.createCode(again.project(), "Hope", "#00FF00"));
        assertThat(Files.size(ProjectJournal.fileFor(file))).isPositive();
        again.movedTo(folder.resolve("elsewhere.grounded"), null);
        assertThat(ProjectJournal.fileFor(file)).doesNotExist();
        assertThat(again.journal()).isEmpty();
    }

    @Test
    void anEditIsInTheJournalBeforeItsForceRunsAndOneForceCoversTheEditsWaitingForIt() throws Exception {
        Path file = folder.resolve("forced.grounded");
        store.save(Project.create("Forced"), file);
        ProjectSession session = open(file);
        List<Runnable> forces = new java.util.ArrayList<>();
        session.forceJournalOn(forces::add);
        session.undoManager().perform(CodebookEdits.createCode(session.project(), "Fear", "#FF0000"));
        session.undoManager().perform(CodebookEdits.createCode(session.project(), "Hope", "#00FF00"));
        session.undoManager().undo();

        assertThat(forces).as("the forces wait off the editing thread, one for all three").hasSize(1);
        // Killed now, before any force ran: what was written is what reopening finds (on copies of
        // the files, since reopening rewrites the journal under the session that still runs).
        Path crashed = Files.createDirectories(folder.resolve("crashed")).resolve("forced.grounded");
        Files.copy(file, crashed);
        Files.copy(ProjectJournal.fileFor(file), ProjectJournal.fileFor(crashed));
        assertThat(open(crashed).project().codes()).extracting(Code::name).containsExactly("Fear");

        forces.remove(0).run();
        session.undoManager().redo();
        assertThat(forces).as("an edit after the force asks for another").hasSize(1);
        session.close();
        forces.remove(0).run(); // the journal closed meanwhile, forced by closing: nothing to do, no failure
        assertThat(open(file).project().codes()).extracting(Code::name).containsExactlyInAnyOrder("Fear", "Hope");
    }
}
