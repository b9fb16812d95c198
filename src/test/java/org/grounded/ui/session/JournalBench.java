package org.grounded.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.edits.CodingEdits;

/**
 * What the journal adds to an edit: coding one passage through the session's undo stack, with and
 * without the journal (which forces each edit to disk), p50 and p99 over many edits; and the
 * journal's size before and after a save. Run with {@code -Dbench=journal}; the project file is
 * written to the system's temporary folder (pass another folder as the first argument).
 */
public final class JournalBench {

    private static final int WARM_UP = 200;
    private static final int EDITS = 1_000;

    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory(args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir")),
                "grounded-journal-bench");
        Path file = folder.resolve("bench.grounded");
        ProjectFileStore store = new ProjectFileStore();
        store.save(study(), file);
        ProjectStorage storage = ProjectStorage.of(store);

        Project plain = store.load(file);
        long[] without = codePassages(ProjectSession.opened(plain, file, null, ProjectSession.OpenMode.EDITABLE));

        ProjectStorage.Opened opened = storage.openForEditing(file);
        ProjectJournal journal = opened.journal();
        ProjectSession journalled = ProjectSession.opened(opened.project(), file, null, opened.savedRevision(), journal);
        long[] with = codePassages(journalled);
        long sizeBefore = journal.size();
        Project copy = journalled.project().copy();
        storage.save(copy, file, copy.revision(), journal);
        long sizeAfter = journal.size();

        System.out.printf("Coding one passage (%d edits after %d warm-up, folder %s):%n", EDITS, WARM_UP, folder);
        System.out.printf("  without journal: p50 %.3f ms, p99 %.3f ms%n", percentile(without, 50), percentile(without, 99));
        System.out.printf("  with journal:    p50 %.3f ms, p99 %.3f ms%n", percentile(with, 50), percentile(with, 99));
        System.out.printf("  journal size: %,d bytes after %d edits (%,d bytes per edit); %,d bytes after a save%n",
                sizeBefore, WARM_UP + EDITS, sizeBefore / (WARM_UP + EDITS), sizeAfter);
        journalled.close();
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A generated study of ten interviews of about 30,000 characters and forty codes, none applied yet. */
    private static Project study() {
        return StudyGenerator.generate(new StudySize(10, 5_000, 40, 0, 10), 42);
    }

    private static long[] codePassages(ProjectSession session) {
        Project project = session.project();
        List<Document> documents = List.copyOf(project.documents());
        List<UUID> codes = project.codes().stream().map(Code::id).toList();
        long[] nanos = new long[EDITS];
        for (int i = 0; i < WARM_UP + EDITS; i++) {
            Document document = documents.get(i % documents.size());
            int start = (i * 75) % (document.text().length() - 75);
            EntityEdit edit = CodingEdits.applyCodes(project, document.id(), start, start + 70,
                    List.of(codes.get(i % codes.size())), "bench", Instant.now()).orElseThrow();
            long began = System.nanoTime();
            session.undoManager().perform(edit);
            long took = System.nanoTime() - began;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
            }
        }
        return nanos;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[index] / 1e6;
    }
}
