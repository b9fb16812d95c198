package org.grounded.ui.analysis;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.grounded.export.table.ExportFormat;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.Change;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

/**
 * The skeleton every analysis window's view model is built on, so that each window does the same
 * things the same way: <b>options → {@link Recomputation} → result → exporter → problem / message</b>.
 * <ul>
 * <li>The window's option choices (codes, groups, attributes) follow the project: on every new
 *     session and every edit the {@code refreshChoices} callback runs first, and option changes it
 *     makes do not start a count of their own.</li>
 * <li>An option the user changes recounts at once ({@link #recomputeWhen}); edits recount a moment
 *     later; nothing is counted while the window is closed ({@link #setActive}).</li>
 * <li>The result comes with the project copy it was counted on ({@link #result()}), for
 *     drill-downs; a request the analysis refuses shows its message in {@link #problemProperty()}.</li>
 * <li>Exports ask for a file in the project's folder and write it in the background through the
 *     one atomic writer; Copy puts text on the clipboard; both report in {@link #messageProperty()}.</li>
 * </ul>
 *
 * <p>How a new window (network, search, reports) uses it, with its own options object and result:
 * <pre>{@code
 * window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard, "Building the network",
 *         () -> { NetworkRequest request = options.request(); return copy -> Networks.of(copy, request); },
 *         options::refreshChoices);
 * window.recomputeWhen(options.all());
 * window.resultProperty().addListener((observable, before, after) -> show());
 * window.refreshChoices();
 * // export: window.export("network", window.studyName("network") + " network", format, out -> ...);
 * // copy:   window.copy(text, "Copied the network's edges to the clipboard");
 * }</pre>
 * The view binds its status line to {@link #computingProperty()}, {@link #problemProperty()} and
 * {@link #messageProperty()}, and its export bar to the view model's {@code export(format)}.
 *
 * @param <R> the analysis' result
 */
public final class AnalysisWindowModel<R> {

    private final Workspace workspace;
    private final TextClipboard clipboard;
    private final AnalysisExporter exporter;
    private final Consumer<Project> choices;
    private final Recomputation<R> recomputation;
    private boolean refreshingChoices;
    /** The project's coders when the choices were last brought up to date; null before. */
    private Set<String> codersOfChoices;

    /**
     * @param title          what the status bar says while counting ("Counting citations")
     * @param jobs           the job for the current options (see {@link Recomputation})
     * @param refreshChoices brings the options' choices up to date with a project (null: none open)
     */
    public AnalysisWindowModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                               TextClipboard clipboard, String title, Supplier<Recomputation.Job<R>> jobs,
                               Consumer<Project> refreshChoices) {
        this.workspace = Objects.requireNonNull(workspace);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.choices = Objects.requireNonNull(refreshChoices);
        this.exporter = new AnalysisExporter(workspace, dialogs, executor);
        // The choices follow the project before the result is recounted (listeners run in order).
        workspace.sessionProperty().addListener((observable, before, after) -> refreshChoices());
        workspace.revisionProperty().addListener((observable, before, after) -> {
            if (choicesMayHaveChanged(workspace.lastChange())) {
                refreshChoices();
            }
        });
        this.recomputation = new Recomputation<>(workspace, executor, title, jobs);
    }

    /** Brings the choices up to date with the open project without recounting for each change. */
    public void refreshChoices() {
        refreshingChoices = true;
        try {
            Project project = workspace.project().orElse(null);
            codersOfChoices = project == null ? null : Set.copyOf(project.coderSpellings());
            choices.accept(project);
        } finally {
            refreshingChoices = false;
        }
    }

    /**
     * The choices name codes, documents, participants, groups, attributes and coders: an edit of
     * quotations alone (a coding) reaches them only through the coders, so it is passed over, with
     * no pass over the study, while it names no coder the choices did not know and the project's
     * coders stay those the choices were made from.
     */
    private boolean choicesMayHaveChanged(ChangeSet change) {
        Project project = workspace.project().orElse(null);
        if (project == null || codersOfChoices == null || !change.onlyQuotations()
                || !codersOfChoices.equals(project.coderSpellings())) {
            return true;
        }
        for (Change quotationChange : change.quotationChanges()) {
            for (Object side : new Object[] {quotationChange.before(), quotationChange.after()}) {
                if (side instanceof Quotation quotation && (unknownCoder(quotation.coder())
                        || quotation.codings().stream().anyMatch(coding -> unknownCoder(coding.coder())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean unknownCoder(String coder) {
        return !coder.isBlank() && !codersOfChoices.contains(coder);
    }

    /** Recounts whenever one of these options changes (not while the choices are being refreshed). */
    public void recomputeWhen(Collection<? extends Observable> options) {
        options.forEach(option -> option.addListener(observable -> optionsChanged()));
    }

    /** Recounts now, unless the change came from refreshing the choices. */
    public void optionsChanged() {
        if (!refreshingChoices) {
            recomputation.refreshNow();
        }
    }

    /** Whether the window is showing; the result is only counted while it is. */
    public void setActive(boolean active) {
        recomputation.setActive(active);
    }

    /** The latest result with the project copy it was counted on; null when there is none. */
    public ReadOnlyObjectProperty<Recomputation.Computed<R>> resultProperty() {
        return recomputation.resultProperty();
    }

    public Optional<Recomputation.Computed<R>> result() {
        return Optional.ofNullable(recomputation.resultProperty().get());
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return recomputation.computingProperty();
    }

    /** Why the options give no result ("" when they do). */
    public ReadOnlyStringProperty problemProperty() {
        return recomputation.problemProperty();
    }

    /** What the last export or copy did. */
    public ReadOnlyStringProperty messageProperty() {
        return exporter.messageProperty();
    }

    /** Tells the user something in the message line. */
    public void tell(String text) {
        exporter.tell(text);
    }

    /** The open project's name, or {@code fallback} without one: the start of suggested file names. */
    public String studyName(String fallback) {
        return workspace.session().map(ProjectSession::name).orElse(fallback);
    }

    /** Asks for a file and writes the content there in the background; see {@link AnalysisExporter#export}. */
    public Optional<Path> export(String what, String baseName, ExportFormat format, AtomicFileWriter.Content content) {
        return exporter.export(what, baseName, format, content);
    }

    /** Asks for a file and writes a report (quotations) there in the background. */
    public Optional<Path> export(String what, String baseName, org.grounded.export.report.ReportFormat format,
                                 AtomicFileWriter.Content content) {
        return exporter.export(what, baseName, format, content);
    }

    /** Puts text on the clipboard and says so. */
    public void copy(String text, String told) {
        clipboard.putText(text);
        exporter.tell(told);
    }

    /** Shows a drill-down's passage in the transcript viewer, or says {@code whenGone} if it was removed. */
    public void open(PassageCard card, String whenGone) {
        open(card.documentId(), card.quotationId(), whenGone);
    }

    /** Shows a quotation in the transcript viewer, or says {@code whenGone} if it was removed. */
    public void open(java.util.UUID documentId, java.util.UUID quotationId, String whenGone) {
        if (!TranscriptJump.reveal(workspace, documentId, quotationId)) {
            exporter.tell(whenGone);
        }
    }
}
