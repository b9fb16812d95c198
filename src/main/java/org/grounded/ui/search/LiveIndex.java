package org.grounded.ui.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.grounded.model.ChangeSet;
import org.grounded.model.Edit;
import org.grounded.model.EditDirection;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.ProjectListener;
import org.grounded.model.SpeakerRef;
import org.grounded.search.SearchIndex;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * An open project's search index, kept in step with it while it is open: the first search opens
 * the index (building what is missing or stale), and from then on every edit that adds, removes,
 * re-imports or re-attributes documents re-indexes those documents alone, in the background,
 * through the one task executor. Edits that do not touch what the index holds (coding, memos,
 * codes) cost it nothing.
 *
 * <p>The documents waiting to be indexed are collected on the JavaFX thread; whoever brings the
 * index in step (the background update or a search, whichever runs first) takes them all under
 * one lock, so a search started after an import waits for that import's documents and finds them.
 */
final class LiveIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final Supplier<SearchIndex> opener;
    private final Project project;
    private final TaskExecutor executor;
    private final ProjectListener listener = this::changed;
    /** Held while the index is opened, brought in step or closed: one at a time, in order. */
    private final Object applying = new Object();
    /** What the index has yet to take in; null when nothing. Starts as everything (not looked at yet). */
    private final AtomicReference<Pending> pending = new AtomicReference<>(Pending.everything(null));
    /** The index has been brought in step with the whole project once: from then on edits update it. */
    private volatile boolean built;
    private SearchIndex opened;
    /** The copy of the project the index is in step with (guarded by {@link #applying}). */
    private Project inStepWith;
    private boolean closed;
    /**
     * The project as the last edit that touched the index left it (JavaFX thread): edits in between
     * changed no participant, so it holds the participants' links as they were before the next one.
     */
    private Project seen;

    /** The index is in step with this copy of the project: search it with this copy. */
    record InStep(SearchIndex index, Project project) {
    }

    /**
     * What is left to index: every document, or some, with the newest copy of the project seen.
     *
     * @param copy null for the initial "everything", before any search gave a copy
     */
    private record Pending(boolean everything, Set<UUID> documents, Project copy) {

        static Pending everything(Project copy) {
            return new Pending(true, Set.of(), copy);
        }

        Pending merge(Pending other) {
            if (other == null) {
                return this;
            }
            Set<UUID> both = new HashSet<>(documents);
            both.addAll(other.documents);
            return new Pending(everything || other.everything, Set.copyOf(both), newer(copy, other.copy));
        }
    }

    /**
     * @param opener  opens the index (on a background thread: it checks the folder)
     * @param project the session's project, which this follows; read on the JavaFX thread only
     */
    LiveIndex(Supplier<SearchIndex> opener, Project project, TaskExecutor executor) {
        this.opener = Objects.requireNonNull(opener);
        this.project = Objects.requireNonNull(project);
        this.executor = Objects.requireNonNull(executor);
        this.seen = project.copy();
        project.addListener(listener);
    }

    /** The index has been built for this session (a search ran): edits now update it as they happen. */
    boolean isBuilt() {
        return built;
    }

    /**
     * Opens the index if needed and gives it everything waiting; on a background thread.
     *
     * @param copy the caller's copy of the project (a search's), or null to use the newest waiting
     */
    InStep bringInStep(Project copy, Progress progress) throws IOException {
        synchronized (applying) {
            if (closed) {
                throw new IllegalStateException("The project was closed");
            }
            if (opened == null) {
                opened = opener.get();
            }
            Pending taken = pending.getAndSet(null);
            Project newest = newer(copy, taken == null ? null : taken.copy());
            if (taken != null && newest != null) {
                try {
                    if (taken.everything()) {
                        opened.update(newest, progress);
                    } else {
                        opened.update(newest, taken.documents(), progress);
                    }
                } catch (IOException | RuntimeException e) {
                    putBack(taken);
                    throw e;
                }
                if (progress.isCancelled()) {
                    putBack(taken);
                } else {
                    built = true;
                }
            } else if (taken != null) {
                putBack(taken);
            }
            inStepWith = newer(newest, inStepWith);
            // A search whose copy is older than what the index holds reads the index's copy, so offsets and text agree.
            return new InStep(opened, inStepWith == null ? copy : inStepWith);
        }
    }

    private void putBack(Pending taken) {
        pending.accumulateAndGet(taken, (now, back) -> back.merge(now));
    }

    /** Stops following the project and closes the index, in the background (an update may be running). */
    void close() {
        project.removeListener(listener);
        BackgroundTask.wrap(lang("Closing the search index"), progress -> {
            synchronized (applying) {
                closed = true;
                if (opened != null) {
                    opened.close();
                }
            }
            return null;
        }).onFailure(failure -> LOG.warn("Closing the search index failed", failure)).executeWith(executor);
    }

    /** Hears an edit on the JavaFX thread: notes the documents it touched and, once built, updates the index for them. */
    private void changed(Edit edit, EditDirection direction) {
        ChangeSet change = edit.changeSet();
        if (!change.structure() && change.documents().isEmpty() && change.participants().isEmpty()) {
            return;
        }
        Project copy = project.copy();
        Pending waiting = change.structure() ? Pending.everything(copy)
                : new Pending(false, documentsTouched(change, seen, copy), copy);
        seen = copy;
        pending.accumulateAndGet(waiting, (now, added) -> added.merge(now));
        if (built) {
            BackgroundTask.wrap(lang("Updating the search index"), progress -> bringInStep(null, progress))
                    .onFailure(failure -> LOG.warn("Updating the search index failed; the next search tries again",
                            failure))
                    .executeWith(executor);
        }
    }

    /**
     * The documents whose indexed passages an edit may have changed: the documents it added,
     * removed or changed, and the documents of the participants it changed (whose words the
     * passages are), those they were linked to before the edit and those after it.
     */
    static Set<UUID> documentsTouched(ChangeSet change, Project before, Project after) {
        Set<UUID> documents = new HashSet<>(change.documents());
        for (UUID participantId : change.participants()) {
            for (Project side : new Project[] {before, after}) {
                side.participant(participantId).ifPresent(participant -> {
                    documents.addAll(participant.documentIds());
                    participant.speakers().stream().map(SpeakerRef::documentId).forEach(documents::add);
                });
            }
        }
        return documents;
    }

    private static Project newer(Project a, Project b) {
        if (a == null) {
            return b;
        }
        return b == null || a.revision() >= b.revision() ? a : b;
    }
}
