package org.grounded.ui.session;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.edits.CodebookEdits;

/**
 * A second process editing a project as the window does (open with its journal, every edit through
 * the session's undo stack, a whole-file save on another thread now and then) and printing
 * "done N" once edit N is reported done. {@link JournalCrashTest} kills it.
 *
 * <p>Edit N creates the code "EN", except that every fifth renames the code the edit before it
 * created to "RN-1", and every seventh is made, undone and redone before it is reported.
 */
public final class EditingLoopMain {

    static final String COLOUR = "#336699";
    static final int MOST_EDITS = 5_000;
    private static final int SAVE_EVERY = 10;

    private EditingLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProjectStorage storage = ProjectStorage.of(new ProjectFileStore());
        ProjectStorage.Opened opened = storage.openForEditing(file);
        ProjectJournal journal = opened.journal();
        ProjectSession session = ProjectSession.opened(opened.project(), file, null, opened.savedRevision(), journal);
        Project project = session.project();
        ExecutorService saver = Executors.newSingleThreadExecutor();
        Future<?> save = null;
        for (int n = 1; n <= MOST_EDITS; n++) {
            if (n % 5 == 0) {
                Code created = project.codeNamed("E" + (n - 1)).orElseThrow();
                session.undoManager().perform(CodebookEdits.rename(project, created.id(), "R" + (n - 1)).orElseThrow());
            } else {
                session.undoManager().perform(CodebookEdits.createCode(project, "E" + n, COLOUR));
                if (n % 7 == 0) {
                    session.undoManager().undo();
                    session.undoManager().redo();
                }
            }
            out.println("done " + n);
            if (n % SAVE_EVERY == 0 && (save == null || save.isDone())) {
                Project copy = project.copy();
                long revision = copy.revision();
                save = saver.submit(() -> {
                    storage.save(copy, file, revision, journal);
                    return null;
                });
            }
        }
        saver.shutdown();
    }

    /** The names of the codes the loop's first {@code edits} edits leave, besides the project's own. */
    static Set<String> codesAfter(int edits) {
        Set<String> names = new TreeSet<>();
        for (int n = 1; n <= edits; n++) {
            if (n % 5 == 0) {
                names.remove("E" + (n - 1));
                names.add("R" + (n - 1));
            } else {
                names.add("E" + n);
            }
        }
        return names;
    }
}
