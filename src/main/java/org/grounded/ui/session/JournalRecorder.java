package org.grounded.ui.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Change;
import org.grounded.model.Edit;
import org.grounded.model.EditDirection;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.model.ProjectListener;
import org.grounded.model.StopWordsEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every edit, undo and redo of an open project to its journal as it happens: the project
 * publishes an edit before {@code perform}, {@code undo} or {@code redo} returns, so an edit is in
 * the journal file before the window reports it done. Waiting for the disk to confirm it (a force,
 * 10–30 ms, more on a laptop disk) is handed to {@code forcer}, so that a coding action paints
 * within a frame: what is written survives Grounded crashing or being killed at once, and a power
 * cut once the force has run (within milliseconds; closing forces too). When the journal cannot be
 * written any more, it stops and says so; the saver then saves the whole file soon after each edit,
 * as without a journal.
 */
final class JournalRecorder implements ProjectListener {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRecorder.class);

    private final Project project;
    private final ProjectJournal journal;
    private volatile Executor forcer = Runnable::run;
    private final AtomicBoolean forcePending = new AtomicBoolean();
    private volatile boolean failed;

    JournalRecorder(Project project, ProjectJournal journal) {
        this.project = Objects.requireNonNull(project);
        this.journal = Objects.requireNonNull(journal);
    }

    /** Where the forces run from now on; at first on the thread that made the edit. */
    void forceOn(Executor executor) {
        forcer = Objects.requireNonNull(executor);
    }

    @Override
    public void projectChanged(Edit edit, EditDirection direction) {
        if (failed) {
            return;
        }
        try {
            journal.write(edit.description(), project.revision(), performed(edit, direction));
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        }
        // One force covers every edit written before it: while one is waiting, more edits need no other.
        if (forcePending.compareAndSet(false, true)) {
            try {
                forcer.execute(this::force);
            } catch (RejectedExecutionException stopped) {
                // The application is shutting down its threads: force here, as before.
                force();
            }
        }
    }

    private void force() {
        forcePending.set(false);
        try {
            journal.force();
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        failed = true;
        LOG.error("Could not write the journal {}; the project will be saved whole after each edit", journal.file(), e);
    }

    /** Whether every edit so far is in the journal. */
    boolean isWorking() {
        return !failed;
    }

    ProjectJournal journal() {
        return journal;
    }

    /** The model's edits an edit performed, in the order it performed them. */
    static List<Edit> performed(Edit edit, EditDirection direction) {
        List<Edit> steps = new ArrayList<>();
        collect(edit, direction, steps);
        return steps;
    }

    private static void collect(Edit edit, EditDirection direction, List<Edit> steps) {
        boolean forward = direction == EditDirection.APPLIED;
        if (edit instanceof CompositeEdit composite) {
            List<Edit> parts = new ArrayList<>(composite.parts());
            if (!forward) {
                java.util.Collections.reverse(parts);
            }
            parts.forEach(part -> collect(part, direction, steps));
        } else if (edit instanceof EntityEdit entities) {
            if (forward) {
                steps.add(entities);
            } else {
                List<Change> undone = new ArrayList<>();
                for (int i = entities.changes().size() - 1; i >= 0; i--) {
                    undone.add(entities.changes().get(i).inverse());
                }
                steps.add(EntityEdit.of("Undo " + entities.description(), undone)); // NON-NLS: the journal's record
            }
        } else if (edit instanceof ProjectInfoEdit info) {
            steps.add(forward ? info : new ProjectInfoEdit(info.after(), info.before()));
        } else if (edit instanceof StopWordsEdit stopWords) {
            steps.add(forward ? stopWords : stopWords.inverse());
        } else {
            throw new IllegalArgumentException("The journal cannot record a " + edit.getClass().getSimpleName());
        }
    }
}
