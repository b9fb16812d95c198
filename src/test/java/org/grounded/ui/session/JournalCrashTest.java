package org.grounded.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grounded.io.project.ChildJvm;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.edits.CodebookEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process that edits a project (journal on, a whole-file save now and then) right after it
 * reported an edit done, at random moments, as a crash or a power cut would; reopens the project
 * and finds every reported edit, no half edit, and a project that opens.
 */
class JournalCrashTest {

    /**
     * The 100 trials, in every build: 125 s on a busy two-core machine (most of
     * it Java processes starting); {@code -Dgrounded.journalCrashTrials=N} runs fewer or more.
     */
    private static final int TRIALS = Integer.getInteger("grounded.journalCrashTrials", 100);
    /** Trials run side by side: most of a trial is a Java process starting. */
    private static final int AT_ONCE = 4;
    private static final int LATEST_TARGET = 60;
    private static final int MOST_EXTRA_DELAY_MILLIS = 15;

    @TempDir
    Path folder;
    private Path memoryFolder;

    private record Trial(int number, int target, int extraDelayMillis) {
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aProcessKilledRightAfterAnEditIsReportedKeepsEveryReportedEdit() throws Exception {
        Random random = new Random(20_261_203L);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++) {
            int extra = random.nextInt(3) == 0 ? random.nextInt(MOST_EXTRA_DELAY_MILLIS + 1) : 0;
            trials.add(new Trial(i, 1 + random.nextInt(LATEST_TARGET), extra));
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Trial trial : trials) {
                results.add(pool.submit(() -> {
                    run(trial);
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void run(Trial trial) throws Exception {
        Path trialFolder = Files.createDirectories(trialsFolder().resolve("trial-" + trial.number()));
        Path file = trialFolder.resolve("study.grounded");
        ProjectFileStore store = new ProjectFileStore();
        Project base = Project.create("Crash " + trial.number());
        base.apply(CodebookEdits.createCode(base, "Base", EditingLoopMain.COLOUR));
        store.save(base, file);

        int reported = 0;
        try (ChildJvm editor = ChildJvm.start(trialFolder.resolve("editor.log"), EditingLoopMain.class, file.toString())) {
            while (reported < trial.target()) {
                reported = number(editor.awaitLine("done "));
            }
            if (trial.extraDelayMillis() > 0) {
                Thread.sleep(trial.extraDelayMillis());
            }
            editor.kill();
            assertThat(reported).as("trial %d: the editor stopped by itself: %s", trial.number(), editor.errors())
                    .isLessThan(EditingLoopMain.MOST_EDITS);
        }

        store.load(file); // the project file itself is whole, whatever the journal holds
        ProjectStorage.Opened reopened = ProjectStorage.of(store).openForEditing(file);
        Project project = reopened.project();
        assertThat(reopened.journal().recovery().problem()).as("trial %d", trial.number()).isEmpty();
        Set<String> names = new TreeSet<>();
        for (Code code : project.codes()) {
            assertThat(code.colour()).isEqualTo(EditingLoopMain.COLOUR);
            names.add(code.name());
        }
        assertThat(names.remove("Base")).isTrue();
        // The editor may have gone on after the last edit this test read: the project must hold the
        // edits up to some edit at or after it, every one whole.
        assertThat(madeBy(names, reported)).as("trial %d killed after edit %d was reported: %s", trial.number(),
                reported, names).isTrue();
        reopened.journal().close();
    }

    /**
     * Where the trials keep their projects: a memory file system when there is one, because a kill
     * leaves the operating system's cache whole either way (forcing to the disk guards against power
     * cuts, which no test here can make) and on a busy shared disk every force takes long.
     */
    private Path trialsFolder() throws java.io.IOException {
        Path memory = Path.of("/dev/shm");
        if (Files.isDirectory(memory) && Files.isWritable(memory)) {
            if (memoryFolder == null) {
                memoryFolder = Files.createTempDirectory(memory, "grounded-journal-crash");
            }
            return memoryFolder;
        }
        return folder;
    }

    @org.junit.jupiter.api.AfterEach
    void deleteMemoryFolder() throws java.io.IOException {
        if (memoryFolder != null) {
            try (java.util.stream.Stream<Path> paths = Files.walk(memoryFolder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Whether the names are those the loop's first m edits leave, for some m at or after {@code reported}. */
    private static boolean madeBy(Set<String> names, int reported) {
        int highest = names.stream().mapToInt(name -> Integer.parseInt(name.substring(1))).max().orElse(0);
        for (int edits = reported; edits <= highest + 1; edits++) {
            if (EditingLoopMain.codesAfter(edits).equals(names)) {
                return true;
            }
        }
        return false;
    }

    private static int number(String line) {
        return Integer.parseInt(line.substring("done ".length()).trim());
    }
}
