package org.grounded.ui.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.grounded.model.ChangeSet;
import org.grounded.model.ProjectCounts;
import org.grounded.ui.common.Formats;
import org.grounded.ui.session.ProjectSaver;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskMonitor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The status bar: where the project lives, what it holds, whether it is saved ("Saved 10:42",
 * "Unsaved changes"), and what runs in the background.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Workspace workspace;
    private final ObservableValue<ProjectSaver> saver;
    private final TaskMonitor monitor;
    private final Clock clock;
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final InvalidationListener refresher = observable -> refresh();
    private final List<Observable> watched = new ArrayList<>();

    public StatusBarViewModel(Workspace workspace, ObservableValue<ProjectSaver> saver, TaskMonitor monitor,
                              Clock clock) {
        this.workspace = Objects.requireNonNull(workspace);
        this.saver = Objects.requireNonNull(saver);
        this.monitor = Objects.requireNonNull(monitor);
        this.clock = Objects.requireNonNull(clock);
        workspace.sessionProperty().addListener(observable -> rewatch());
        saver.addListener(observable -> rewatch());
        workspace.revisionProperty().addListener(observable -> edited(workspace.lastChange()));
        rewatch();
    }

    /** Listens to the properties of the current session and saver, which change when projects do. */
    private void rewatch() {
        watched.forEach(observable -> observable.removeListener(refresher));
        watched.clear();
        workspace.session().ifPresent(session -> {
            watched.add(session.fileProperty());
            watched.add(session.savedAtProperty());
            watched.add(session.undoManager().dirtyProperty());
        });
        ProjectSaver current = saver.getValue();
        if (current != null) {
            watched.add(current.savingProperty());
            watched.add(current.failureProperty());
        }
        watched.forEach(observable -> observable.addListener(refresher));
        refresh();
    }

    /** After an edit: counts again only when it added or removed what the counts count. */
    private void edited(ChangeSet change) {
        boolean counted = change.structure() || !change.documents().isEmpty() || !change.participants().isEmpty()
                || !change.codes().isEmpty() || !change.quotations().isEmpty();
        if (counted) {
            refresh();
        } else {
            workspace.session().ifPresent(session -> saveState.set(saveStateOf(session, saver.getValue())));
        }
    }

    private void refresh() {
        ProjectSession session = workspace.session().orElse(null);
        if (session == null) {
            location.set("");
            counts.set("");
            saveState.set("");
            return;
        }
        location.set(session.file().map(Object::toString).orElse(lang("Not saved yet")));
        ProjectCounts numbers = session.project().counts();
        counts.set(String.join(" · ",
                Formats.plural(numbers.documents(), lang("%0 document"), lang("%0 documents")),
                Formats.plural(numbers.participants(), lang("%0 participant"), lang("%0 participants")),
                Formats.plural(numbers.codes(), lang("%0 code"), lang("%0 codes")),
                Formats.plural(numbers.quotations(), lang("%0 quotation"), lang("%0 quotations"))));
        saveState.set(saveStateOf(session, saver.getValue()));
    }

    private String saveStateOf(ProjectSession session, ProjectSaver currentSaver) {
        if (session.isReadOnly()) {
            return lang("Read-only");
        }
        if (currentSaver != null && currentSaver.savingProperty().get()) {
            return lang("Saving…");
        }
        if (currentSaver != null && !currentSaver.failureProperty().get().isEmpty() && session.isDirty()) {
            return lang("Not saved: %0", currentSaver.failureProperty().get());
        }
        if (session.isDirty()) {
            return lang("Unsaved changes");
        }
        Instant savedAt = session.savedAtProperty().get();
        if (savedAt != null) {
            return lang("Saved %0", LocalTime.ofInstant(savedAt, clock.getZone()).format(TIME));
        }
        return session.file().isPresent() ? lang("All changes saved") : lang("Not saved yet");
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return monitor.busyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return monitor.messageProperty();
    }

    /** Whether the work running now offers a Cancel button. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return monitor.cancellableProperty();
    }

    /** Asks the work running now to stop (an import of a large project). */
    public void cancelActivity() {
        monitor.cancelCurrent();
    }

    /** 0 to 1, or -1 when the work does not know how far it got. */
    public ReadOnlyDoubleProperty progressProperty() {
        return monitor.progressProperty();
    }
}
