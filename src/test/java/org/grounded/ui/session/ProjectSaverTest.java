package org.grounded.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grounded.io.project.ProjectFileException;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSaverTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    /** Storage whose disk is full until told otherwise; it remembers the revisions it wrote. */
    private static final class FlakyStorage implements ProjectStorage {
        boolean full = true;
        final List<Long> written = new ArrayList<>();

        @Override
        public Project load(Path file) throws ProjectFileException {
            throw new ProjectFileException(file, "not used", null);
        }

        @Override
        public void save(Project project, Path file) throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
            written.add(project.revision());
        }
    }

    private ProjectSession session(Path file) {
        return ProjectSession.opened(Project.create("Study"), file, null, ProjectSession.OpenMode.EDITABLE);
    }

    private static EntityEdit addCode(String name) {
        return EntityEdit.add("Add code", Code.of(name, "#123456"));
    }

    @Test
    void severalEditsInARowMakeOneAutosave() {
        FlakyStorage storage = new FlakyStorage();
        storage.full = false;
        ProjectSession session = session(folder.resolve("a.grounded"));
        new ProjectSaver(session, storage, path -> () -> { }, executor, dialogs, TestServices.CLOCK);

        session.undoManager().perform(addCode("A"));
        session.undoManager().perform(addCode("B"));
        session.undoManager().perform(addCode("C"));

        assertThat(executor.scheduledCount()).as("each edit restarts the delay").isEqualTo(1);
        executor.runScheduled();
        assertThat(storage.written).containsExactly(session.project().revision());
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void aFailedAutosaveKeepsTheWorkUnsavedAndTellsTheUserOnce() {
        FlakyStorage storage = new FlakyStorage();
        ProjectSession session = session(folder.resolve("a.grounded"));
        ProjectSaver saver = new ProjectSaver(session, storage, path -> () -> { }, executor, dialogs, TestServices.CLOCK);

        session.undoManager().perform(addCode("A"));
        executor.runScheduled();
        session.undoManager().perform(addCode("B"));
        executor.runScheduled();

        assertThat(session.isDirty()).isTrue();
        assertThat(saver.failureProperty().get()).isEqualTo("No space left on device");
        assertThat(dialogs.errors()).hasSize(1);

        storage.full = false;
        List<Boolean> outcome = new ArrayList<>();
        saver.saveNow(outcome::add);
        assertThat(outcome).containsExactly(true);
        assertThat(saver.failureProperty().get()).isEmpty();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void aReadOnlySessionNeverSaves() {
        FlakyStorage storage = new FlakyStorage();
        storage.full = false;
        ProjectSession session = ProjectSession.opened(Project.create("Study"), folder.resolve("a.grounded"), null,
                ProjectSession.OpenMode.READ_ONLY);
        ProjectSaver saver = new ProjectSaver(session, storage, path -> () -> { }, executor, dialogs, TestServices.CLOCK);
        List<Boolean> outcome = new ArrayList<>();

        saver.saveNow(outcome::add);

        assertThat(outcome).containsExactly(false);
        assertThat(storage.written).isEmpty();
    }

    @Test
    void saveAsMovesTheProjectToTheNewFileUnderItsLock() {
        FlakyStorage storage = new FlakyStorage();
        storage.full = false;
        ProjectSession session = ProjectSession.untitled(Project.create("Study"));
        List<Path> locked = new ArrayList<>();
        ProjectSaver saver = new ProjectSaver(session, storage, path -> {
            locked.add(path);
            return () -> { };
        }, executor, dialogs, TestServices.CLOCK);
        session.undoManager().perform(addCode("A"));

        saver.saveAs(folder.resolve("b.grounded"), ok -> { });

        assertThat(session.file()).contains(folder.resolve("b.grounded"));
        assertThat(locked).containsExactly(folder.resolve("b.grounded"));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.savedAtProperty().get()).isEqualTo(TestServices.CLOCK.instant());
    }

    @Test
    void withAJournalTheWholeFileIsSavedAfterTheIntervalThePreferencesChoose() throws Exception {
        Path file = folder.resolve("study.grounded");
        new org.grounded.io.project.ProjectFileStore().save(Project.create("Study"), file);
        ProjectStorage storage = ProjectStorage.of(new org.grounded.io.project.ProjectFileStore());
        ProjectStorage.Opened opened = storage.openForEditing(file);
        ProjectSession session = ProjectSession.opened(opened.project(), file, null, opened.savedRevision(),
                opened.journal());
        List<java.time.Duration> delays = new ArrayList<>();
        org.grounded.ui.task.TaskExecutor recording = new org.grounded.ui.task.TaskExecutor() {
            @Override
            public <T> void execute(org.grounded.ui.task.BackgroundTask<T> task) {
                executor.execute(task);
            }

            @Override
            public org.grounded.ui.task.TaskExecutor.Cancellable schedule(java.time.Duration delay, Runnable action) {
                delays.add(delay);
                return executor.schedule(delay, action);
            }

            @Override
            public org.grounded.ui.task.TaskMonitor monitor() {
                return executor.monitor();
            }

            @Override
            public void shutdown() {
                executor.shutdown();
            }
        };
        java.time.Duration[] interval = {java.time.Duration.ofMinutes(10)};
        new ProjectSaver(session, storage, path -> () -> { }, recording, dialogs, TestServices.CLOCK, () -> interval[0]);

        session.undoManager().perform(addCode("A"));
        executor.runScheduled();
        interval[0] = java.time.Duration.ofMinutes(1);
        session.undoManager().perform(addCode("B"));

        assertThat(delays).as("each save waits the interval chosen when its first edit came")
                .containsExactly(java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(1));
        session.journal().ifPresent(journal -> {
            try {
                journal.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
