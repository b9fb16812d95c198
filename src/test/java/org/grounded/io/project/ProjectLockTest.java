package org.grounded.io.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProjectLockTest {

    private static final String SINCE = "since (\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}";

    @TempDir
    Path folder;

    @Test
    void theLockFileIsHiddenBesideTheProjectAndSaysWhoHoldsIt() throws Exception {
        Path project = folder.resolve("estudio.grounded");

        try (ProjectLock lock = ProjectLock.acquire(project)) {
            Path lockFile = folder.resolve(".estudio.grounded.lock");
            assertThat(ProjectLock.lockFileOf(project)).isEqualTo(lockFile);
            assertThat(lockFile).exists();
            assertThat(LockHolder.parse(Files.readString(lockFile))).contains(lock.holder());
            assertThat(lock.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void closingDeletesTheLockFileAndFreesTheProject() throws Exception {
        Path project = folder.resolve("estudio.grounded");
        ProjectLock.acquire(project).close();

        assertThat(ProjectLock.lockFileOf(project)).doesNotExist();
        try (ProjectLock again = ProjectLock.acquire(project)) {
            assertThat(again.projectFile()).isEqualTo(project);
        }
    }

    @Test
    void aProjectLockedByAnotherProcessIsRefusedNamingThatProcess() throws Exception {
        Path project = folder.resolve("estudio.grounded");
        try (ChildJvm other = ChildJvm.start(folder.resolve("child.log"), LockHoldingMain.class, project.toString())) {
            other.awaitLine("ready");
            other.send("lock");
            assertThat(other.awaitLine("locked")).isEqualTo("locked");

            ProjectLockedException e = catchThrowableOfType(ProjectLockedException.class, () -> ProjectLock.acquire(project));

            assertThat(e).isNotNull();
            assertThat(e.file()).isEqualTo(project);
            assertThat(e.getMessage()).matches("estudio\\.grounded is open in another Grounded window \\(process "
                    + other.pid() + " on host .+, " + SINCE + "\\)\\. Open it read-only\\?");
            assertThat(e.holder()).hasValueSatisfying(holder -> assertThat(holder.pid()).isEqualTo(other.pid()));

            other.send("release");
            other.awaitLine("released");
            try (ProjectLock mine = ProjectLock.acquire(project)) {
                assertThat(mine.holder().pid()).isEqualTo(ProcessHandle.current().pid());
            }
        }
    }

    @Test
    void aCrashedHolderLeavesNoStaleLock() throws Exception {
        Path project = folder.resolve("estudio.grounded");
        try (ChildJvm other = ChildJvm.start(folder.resolve("child.log"), LockHoldingMain.class, project.toString())) {
            other.awaitLine("ready");
            other.send("lock");
            other.awaitLine("locked");

            other.kill();

            assertThat(ProjectLock.lockFileOf(project)).as("the crashed holder's lock file is still there").exists();
            try (ProjectLock mine = ProjectLock.acquire(project)) {
                assertThat(LockHolder.parse(Files.readString(ProjectLock.lockFileOf(project)))).contains(mine.holder());
            }
        }
    }

    @Test
    void aSecondLockInTheSameProcessIsRefusedAndTheFirstStaysHeld() throws Exception {
        Path project = folder.resolve("estudio.grounded");
        try (ChildJvm other = ChildJvm.start(folder.resolve("child.log"), LockHoldingMain.class, project.toString())) {
            other.awaitLine("ready");
            try (ProjectLock first = ProjectLock.acquire(project)) {

                ProjectLockedException e = catchThrowableOfType(ProjectLockedException.class,
                        () -> ProjectLock.acquire(folder.resolve(".").resolve("estudio.grounded")));

                assertThat(e).isNotNull();
                assertThat(e.getMessage()).matches("estudio\\.grounded is already open in another window of this Grounded \\("
                        + SINCE + "\\)\\. Open it read-only\\?");
                other.send("lock");
                assertThat(other.awaitLine("")).as("the first lock must still keep other processes out")
                        .startsWith("refused estudio.grounded is open in another Grounded window (process "
                                + ProcessHandle.current().pid() + " ");
            }
            other.send("lock");
            assertThat(other.awaitLine("")).isEqualTo("locked");
        }
    }

    @Test
    void aProjectThatIsNotSavedYetCanBeLocked() throws Exception {
        Path project = folder.resolve("nuevo.grounded");

        try (ProjectLock lock = ProjectLock.acquire(project)) {
            assertThat(project).doesNotExist();
            assertThat(ProjectLock.lockFileOf(project)).exists();
        }
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        Path project = folder.resolve("estudio.grounded");
        ProjectLock lock = ProjectLock.acquire(project);
        lock.close();
        try (ProjectLock other = ProjectLock.acquire(project)) {
            lock.close();
            assertThat(ProjectLock.lockFileOf(project)).as("a late second close must not delete the new holder's file").exists();
        }
    }
}
