package org.grounded.io.project;

import org.grounded.files.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process that keeps saving a large project at random moments, as a crash or a power cut
 * would, and checks each time that the file (and its backup) is a complete project of one of the
 * versions written.
 */
class AtomicSaveCrashTest {

    private static final int KILLS = 30;
    private static final int MAX_DELAY_MILLIS = 400;
    /** A crash can leave the content being written and the backup being made, no more. */
    private static final int MOST_TEMPORARY_FILES_A_CRASH_LEAVES = 2;

    @TempDir
    Path folder;

    private final ProjectFileStore store = new ProjectFileStore();

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewProjectComplete() throws Exception {
        Path file = folder.resolve("crash.grounded");
        store.save(SavingLoopMain.version(0), file);
        List<Document> documents = SavingLoopMain.documents();
        Random random = new Random(20_261_123L);
        int last = 0;

        for (int kill = 1; kill <= KILLS; kill++) {
            int first = kill * 1_000;
            try (ChildJvm saver = ChildJvm.start(folder.resolve("saver.log"), SavingLoopMain.class,
                    file.toString(), Integer.toString(first))) {
                saver.awaitLine("saved");
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS));
                assertThat(saver.isAlive()).as("the saver stopped by itself: %s", saver.errors()).isTrue();
                saver.kill();
            }

            Project project = store.load(file);
            int version = SavingLoopMain.versionOf(project);
            assertThat(version).as("after kill %d", kill).isBetween(first, first + 999);
            assertIsComplete(project, version, documents);

            Path backup = ProjectFileStore.backupOf(file);
            Project previous = store.load(backup);
            int previousVersion = SavingLoopMain.versionOf(previous);
            // The backup is renewed at most once an hour (ProjectFileStore.BACKUP_INTERVAL): an older version, complete.
            assertThat(previousVersion)
                    .as("backup version after kill %d (project version %d, before %d)", kill, version, last)
                    .isLessThanOrEqualTo(version);
            assertIsComplete(previous, previousVersion, documents);

            assertThat(temporaryFiles(file)).hasSizeLessThanOrEqualTo(MOST_TEMPORARY_FILES_A_CRASH_LEAVES);
            last = version;
        }

        store.save(SavingLoopMain.version(last + 1), file);
        assertThat(temporaryFiles(file)).as("the next save removes what crashes left").isEmpty();
    }

    private static void assertIsComplete(Project project, int version, List<Document> documents) {
        assertThat(project.quotations()).hasSize(SavingLoopMain.quotationCount(version));
        assertThat(project.codes()).hasSize(SavingLoopMain.CODES);
        assertThat(project.documents()).containsExactlyElementsOf(documents);
    }

    private List<Path> temporaryFiles(Path file) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> AtomicFileWriter.isTemporaryFileOf(file, path)).toList();
        }
    }
}
