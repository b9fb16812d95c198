package org.grounded.ui.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * publishes an edit before {@code perform}, {@code undo} or {@code redo} returns, so an edit is on
 * disk before the window reports it done. When the journal cannot be written any more, it stops
 * and says so; the saver then saves the whole file soon after each edit, as without a journal.
 */
final class JournalRecorder implements ProjectListener {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRecorder.class);

    private final Project project;
    private final ProjectJournal journal;
    private boolean failed;

    JournalRecorder(Project project, ProjectJournal journal) {
        this.project = Objects.requireNonNull(project);
        this.journal = Objects.requireNonNull(journal);
    }

    @Override
    public void projectChanged(Edit edit, EditDirection direction) {
        if (failed) {
            return;
        }
        try {
            journal.record(edit.description(), project.revision(), performed(edit, direction));
        } catch (IOException | RuntimeException e) {
            failed = true;
            LOG.error("Could not write the journal {}; the project will be saved whole after each edit", journal.file(), e);
        }
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
