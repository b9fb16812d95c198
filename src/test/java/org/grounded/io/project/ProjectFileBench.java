package org.grounded.io.project;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Project;

/**
 * Benchmark, not a test: opening and saving a project file, each run's wall-clock time and the
 * CPU time of the thread that does it (on a shared machine the wall clock is mostly waiting for
 * a core; the CPU time says what the work costs). Saving goes to a folder of its own, by default
 * beside the file read ({@code /dev/shm} measures it without the disk).
 * <pre>
 * mvn -B -Pbench test-compile exec:java -Dbench=projectfile                     # the default study
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.grounded.Bench projectfile study.grounded 3 /dev/shm
 * </pre>
 * Arguments (optional): a project file (else the default generated study, saved first), runs (3),
 * the folder to save into.
 */
public final class ProjectFileBench {

    private ProjectFileBench() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ProjectFileStore store = new ProjectFileStore();
        Path file;
        if (args.length > 0) {
            file = Path.of(args[0]);
        } else {
            file = Files.createTempDirectory("grounded-projectfile-bench").resolve("study.grounded");
            store.save(StudyGenerator.generate(StudySize.DEFAULT, 42), file);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory(args.length > 2 ? Path.of(args[2]) : file.toAbsolutePath().getParent(),
                "grounded-save");
        System.out.printf(Locale.ROOT, "%s: %.1f MB%n", file, Files.size(file) / 1e6);
        Project project = null;
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            project = store.load(file);
            System.out.printf(Locale.ROOT, "open  %8.0f ms wall  %8.0f ms CPU%n", (System.nanoTime() - start) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        Path saved = folder.resolve("saved.grounded");
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            store.save(project, saved);
            System.out.printf(Locale.ROOT, "save  %8.0f ms wall  %8.0f ms CPU%n", (System.nanoTime() - start) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        System.out.println(Files.mismatch(file, saved) < 0 ? "the saved file is the file read, byte for byte"
                : "the saved file differs from the file read (written by another version?)");
        Files.deleteIfExists(saved);
        Files.deleteIfExists(ProjectFileStore.backupOf(saved));
        Files.deleteIfExists(folder);
        if (args.length == 0) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }
}
