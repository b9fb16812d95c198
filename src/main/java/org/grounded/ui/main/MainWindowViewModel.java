package org.grounded.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.model.AttributeScope;
import org.grounded.model.Project;
import org.grounded.ui.cases.CaseImportFlow;
import org.grounded.ui.cases.ParticipantsTableExportFlow;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.codes.CodeTreeViewModel;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.documents.DocumentsViewModel;
import org.grounded.ui.importer.TranscriptImportFlow;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.quotations.QuotationsViewModel;
import org.grounded.ui.refi.RefiExchangeFlow;
import org.grounded.ui.session.ProjectLifecycle;
import org.grounded.ui.session.ProjectSaver;
import org.grounded.ui.network.NetworkViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.status.StatusBarViewModel;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.search.SearchViewModel;
import org.grounded.ui.transcript.TranscriptViewModel;
import org.grounded.ui.welcome.WelcomeViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.grounded.files.FileNames;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The main window's state and commands: which project is open, the File and Edit menu commands,
 * and the view models of the panes. Holds no controls; every question to the user goes through
 * the {@link DialogService}, and all slow work through the task executor.
 */
public final class MainWindowViewModel implements WelcomeViewModel.Actions {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);
    static FileChooserSpec.FileFilter transcriptFiles() {
        return new FileChooserSpec.FileFilter(lang("Transcripts (%0)", String.join(", ", TranscriptImports.EXTENSIONS)),
                TranscriptImports.EXTENSIONS);
    }

    private final AppServices services;
    private final ReadOnlyStringWrapper coderName = new ReadOnlyStringWrapper(this, "coderName");
    private final DialogService dialogs;
    private final org.grounded.ui.report.StudyReportFlow studyReport;
    private final Workspace workspace = new Workspace();
    private final ProjectLifecycle lifecycle;
    private final TranscriptImportFlow importFlow;
    private final RefiExchangeFlow refiFlow;
    private final CaseImportFlow casesFlow;
    private final ParticipantsTableExportFlow participantsExport;
    private final WindowState state = new WindowState(workspace);
    private final Editor editor;

    /** Where the last transcripts came from: the next import starts there. */
    private Path lastImportFolder;

    private final WelcomeViewModel welcome;
    private final DocumentsViewModel documents;
    private final TranscriptViewModel transcript;
    private final CodeTreeViewModel codes;
    private final CodingPanes panes;
    private final QuotationsViewModel quotations;
    private final StatusBarViewModel statusBar;
    private final AnalysisViewModels analysis;
    private final SearchViewModel search;
    private final NetworkViewModel network;
    private final org.grounded.ui.refi.ProjectMergeFlow mergeFlow;

    public MainWindowViewModel(AppServices services) {
        this.services = services;
        coderName.set(services.coder().get());
        this.dialogs = services.dialogs();
        this.editor = new Editor(workspace, dialogs);
        this.lifecycle = new ProjectLifecycle(editor, services.storage(), services.locker(), services.executor(),
                services.recentProjects(), services.clock());
        this.importFlow = new TranscriptImportFlow(services.transcripts(), services.executor(), editor,
                services.clock());
        this.refiFlow = new RefiExchangeFlow(services.refi(), editor, services.executor(), lifecycle::openSession,
                lifecycle::lastFolder);
        lifecycle.cancelOnClose(refiFlow::cancelPending);
        this.studyReport = new org.grounded.ui.report.StudyReportFlow(workspace, dialogs, services.executor());
        this.casesFlow = new CaseImportFlow(editor, services.executor(), lifecycle::lastFolder);
        lifecycle.cancelWhenClosed(casesFlow::cancelPending);
        this.participantsExport = new ParticipantsTableExportFlow(workspace, dialogs, services.executor());
        lifecycle.cancelWhenClosed(importFlow::cancelPending);
        this.welcome = new WelcomeViewModel(services.recentProjects(), services.sampleStudy(), this);
        lifecycle.onOpenedOrClosed(welcome::refresh);
        this.documents = new DocumentsViewModel(workspace, services.executor());
        this.transcript = new TranscriptViewModel(workspace);
        this.codes = new CodeTreeViewModel(editor, services.executor());
        this.panes = new CodingPanes(editor, transcript, codes, services);
        panes.participants().onImportFromSpreadsheet(() -> importCases(AttributeScope.PARTICIPANT));
        this.quotations = new QuotationsViewModel(workspace);
        this.statusBar = new StatusBarViewModel(workspace, lifecycle.saverProperty(), services.executor().monitor(),
                services.clock());
        this.analysis = new AnalysisViewModels(editor, services.executor(), TextClipboard.system(), this::openAt);
        this.search = new SearchViewModel(editor, services.executor(), services.coder(), services.clock(),
                this::openAt, SearchViewModel.cachedIndexes());
        this.network = new NetworkViewModel(editor, services.executor(), TextClipboard.system());
        this.mergeFlow = new org.grounded.ui.refi.ProjectMergeFlow(services.refi(), editor, services.executor());
    }

    /** What the title, menus and toolbar show: open, editable, undo and redo, unsaved. */
    public WindowState state() {
        return state;
    }

    public ReadOnlyObjectProperty<ProjectSaver> saverProperty() {
        return lifecycle.saverProperty();
    }

    /** Opening, saving and closing the project. */
    public ProjectLifecycle lifecycle() {
        return lifecycle;
    }

    public Workspace workspace() {
        return workspace;
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    /** Makes the user's edits through the undo stack; the panes share it. */
    public Editor editor() {
        return editor;
    }

    /** The coding workbench's panes that edit the project. */
    public CodingPanes panes() {
        return panes;
    }

    public CodeTreeViewModel codes() {
        return codes;
    }

    public QuotationsViewModel quotations() {
        return quotations;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    /** File → Export study report…. */
    public org.grounded.ui.report.StudyReportFlow studyReport() {
        return studyReport;
    }

    /** File → Import/Export project (REFI-QDA), Import/Export codebook (.qdc). */
    public RefiExchangeFlow refi() {
        return refiFlow;
    }

    /** File → Merge project…: another coder's project merged into this one. */
    public org.grounded.ui.refi.ProjectMergeFlow merge() {
        return mergeFlow;
    }

    /** The search window's view model. */
    public SearchViewModel search() {
        return search;
    }

    /** Shows a document in the viewer with a passage selected (a search hit). */
    private void openAt(java.util.UUID documentId, org.grounded.model.TextSpan passage) {
        if (workspace.project().flatMap(p -> p.document(documentId)).isEmpty()) {
            return;
        }
        workspace.selectedQuotationProperty().set(null);
        workspace.selectedDocumentProperty().set(documentId);
        transcript.revealPassage(passage.start(), passage.end());
    }

    /** The Analysis menu's windows' view models. */
    /** The semantic network's window. */
    public NetworkViewModel network() {
        return network;
    }

    public AnalysisViewModels analysis() {
        return analysis;
    }

    // ---- File menu ----------------------------------------------------------------------------

    @Override
    public void newProject() {
        lifecycle.newProject(ProjectLifecycle.untitled());
    }

    @Override
    public void openProject() {
        lifecycle.openProject();
    }

    @Override
    public void openRecent(Path project) {
        lifecycle.openFile(project);
    }

    /** Opens a project file (from a chooser, the recent list, the command line or a drop). */
    public void openFile(Path file) {
        lifecycle.openFile(file);
    }

    @Override
    public void openSampleStudy() {
        var sample = services.sampleStudy();
        if (!sample.isAvailable()) {
            dialogs.showError(lang("Sample study missing"), lang("The sample study (%0) is not included in this build of Grounded. Build the jar with samples/milk-donation.grounded in place, or open a project of your own.",
                    sample.resource()));
            return;
        }
        Optional<Path> existing = sample.existingCopy();
        if (existing.isPresent()) {
            Optional<Boolean> fresh = dialogs.choose(lang("Open the sample study"),
                    lang("You already have a copy of the sample study at\n%0\n\nOpen that copy with your changes, or replace it with a fresh copy?", existing.get()),
                    List.of(new DialogService.Choice<>(false, lang("Open my copy")),
                            new DialogService.Choice<>(true, lang("Replace with a fresh copy"))));
            if (fresh.isEmpty()) {
                return;
            }
            if (!fresh.get()) {
                openFile(existing.get());
                return;
            }
        }
        lifecycle.closeThen(() -> BackgroundTask.wrap(lang("Copying the sample study"), progress -> sample.writeCopy())
                .onSuccess(lifecycle::openWhenClosed)
                .onFailure(e -> dialogs.showError(lang("Sample study"), lang("Grounded could not copy the sample study to %0:\n%1",
                        sample.copyLocation(), e.getMessage()), e))
                .executeWith(services.executor()));
    }

    /** Saves to the project's file, or asks for one when the project is new. */
    public void save() {
        lifecycle.save();
    }

    public void saveAs() {
        lifecycle.saveAs();
    }

    /** File → Study properties: renames or re-describes the study as one undoable edit. */
    public void editStudyProperties() {
        workspace.session().filter(session -> !session.isReadOnly()).ifPresent(session -> {
            editor.commitPending();
            StudyPropertiesViewModel properties = new StudyPropertiesViewModel(session.project().info());
            if (editor.dialogs().showDialog(properties, StudyPropertiesView::new) && !session.isClosed()) {
                properties.edit().ifPresent(edit -> editor.performPrepared(session, edit));
            }
        });
    }

    public void importTranscripts() {
        if (!state.editableProperty().get()) {
            return;
        }
        List<Path> files = dialogs.showOpenMultipleDialog(new FileChooserSpec(lang("Import transcripts"),
                Optional.ofNullable(lastImportFolder).or(lifecycle::lastFolder), "", List.of(transcriptFiles())));
        if (!files.isEmpty()) {
            lastImportFolder = files.get(0).toAbsolutePath().getParent();
        }
        importFiles(files);
    }

    /** Asks for a spreadsheet of participants (or of documents' attributes) and imports it after a preview. */
    public void importCases(AttributeScope scope) {
        if (state.editableProperty().get()) {
            casesFlow.start(scope);
        }
    }

    /** Writes the participants table (participants × attributes) as CSV or XLSX, as the import reads it. */
    public void exportParticipants() {
        participantsExport.start();
    }

    /** Imports transcript files into the open project (chooser or drag and drop). */
    public void importFiles(List<Path> files) {
        workspace.session().filter(session -> !session.isReadOnly()).ifPresent(session ->
                importFlow.start(session, files, this::showFirstImported));
    }

    private void showFirstImported(List<UUID> documentIds) {
        if (!documentIds.isEmpty()) {
            workspace.selectedDocumentProperty().set(documentIds.get(0));
        }
    }

    /** Files dropped on the window: one project opens; transcripts are imported into the open project. */
    public void filesDropped(List<Path> files) {
        List<Path> projects = files.stream().filter(FileNames::isProjectFile).toList();
        List<Path> transcripts = files.stream().filter(TranscriptImports::isTranscript).toList();
        if (projects.size() == 1 && files.size() == 1) {
            openFile(projects.get(0));
        } else if (files.size() == 1 && FileNames.isRefiProject(files.get(0))) {
            refiFlow.importProject(files.get(0));
        } else if (!transcripts.isEmpty() && transcripts.size() == files.size()) {
            if (state.editableProperty().get()) {
                importFiles(transcripts);
            } else if (state.projectOpenProperty().get()) {
                dialogs.showInformation(lang("Read-only project"),
                        lang("This project is open read-only, so nothing can be imported into it."));
            } else {
                dialogs.showInformation(lang("No project open"),
                        lang("Open or create a project first, then drop the transcripts on the window to import them."));
            }
        } else {
            dialogs.showInformation(lang("Cannot use these files"), lang("Drop one Grounded project (.grounded) to open it, one REFI-QDA project (.qdpx) to import it, or transcripts (%0) to import them.",
                    String.join(", ", TranscriptImports.EXTENSIONS)));
        }
    }

    /** Whether a drop of these files would do something. */
    public boolean acceptsDrop(List<Path> files) {
        return !files.isEmpty() && (files.size() == 1 && (FileNames.isProjectFile(files.get(0)) || FileNames.isRefiProject(files.get(0)))
                || files.stream().allMatch(TranscriptImports::isTranscript));
    }

    /** The name of the project file being opened, "" when none is (the window covers itself meanwhile). */
    public javafx.beans.property.ReadOnlyStringProperty openingProperty() {
        return lifecycle.openingProperty();
    }

    /** The Cancel of the opening screen. */
    public void cancelOpening() {
        lifecycle.cancelOpening();
    }

    public void closeProject() {
        lifecycle.closeThen(() -> { });
    }

    /** Closes the project (saving it first) and then runs {@code exit}; a cancelled save keeps everything open. */
    public void requestQuit(Runnable exit) {
        lifecycle.closeThen(exit);
    }

    // ---- Edit menu ----------------------------------------------------------------------------

    public void undo() {
        editor.commitPending();
        workspace.session().filter(session -> !session.isReadOnly()).ifPresent(session ->
                replay(() -> session.undoManager().undo(), lang("Cannot undo")));
    }

    public void redo() {
        editor.commitPending();
        workspace.session().filter(session -> !session.isReadOnly()).ifPresent(session ->
                replay(() -> session.undoManager().redo(), lang("Cannot redo")));
    }

    private void replay(Runnable action, String title) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("{}", title, e);
            dialogs.showError(title, e.getMessage());
        }
    }

    /** Asks for the coder's name written on new quotations and memos. */
    public void changeCoderName() {
        dialogs.askText(lang("Coder name"), lang("Your name as it is written on the quotations and memos you make (shared projects show who coded what):"), services.coder().get())
                .ifPresent(name -> services.coder().set(name));
        coderName.set(services.coder().get());
    }

    /**
     * On the first start (no name chosen yet) asks for the coder's name, prefilled with the
     * system's user name; a cancelled question keeps that name, so it is asked only once.
     */
    public void askCoderNameOnFirstStart() {
        if (!services.coder().isChosen()) {
            changeCoderName();
            if (!services.coder().isChosen()) {
                services.coder().set(services.coder().get());
            }
            coderName.set(services.coder().get());
        }
    }

    /** The name new codings carry, for the status bar. */
    public ReadOnlyStringProperty coderNameProperty() {
        return coderName.getReadOnlyProperty();
    }

    /** The Preferences window's state, once the application has read the preferences (else the command does nothing). */
    private org.grounded.ui.prefs.PreferencesViewModel preferences;

    /**
     * Gives Edit → Preferences… its state (the application does, once it has read the settings)
     * and applies the stored autosave interval; {@code look} hears the text sizes and theme each time
     * the user keeps new preferences.
     */
    public void usePreferences(org.grounded.ui.prefs.UserPreferencesStore store,
                               org.grounded.ui.prefs.UserPreferences stored,
                               java.util.function.Consumer<org.grounded.ui.prefs.UserPreferences> look) {
        lifecycle.setAutosaveInterval(java.time.Duration.ofMinutes(stored.autosaveMinutes()));
        this.preferences = new org.grounded.ui.prefs.PreferencesViewModel(store, stored, services.coder(), kept -> {
            look.accept(kept);
            lifecycle.setAutosaveInterval(java.time.Duration.ofMinutes(kept.autosaveMinutes()));
        });
    }

    /** The Preferences window's state, if the application gave it (tests). */
    public java.util.Optional<org.grounded.ui.prefs.PreferencesViewModel> preferences() {
        return java.util.Optional.ofNullable(preferences);
    }

    /** Edit → Preferences…: OK keeps and applies the choices (the status bar shows a new coder name); Cancel changes nothing. */
    public void editPreferences() {
        if (preferences == null) {
            return;
        }
        preferences.reset();
        if (dialogs.showDialog(preferences, org.grounded.ui.prefs.PreferencesDialog::new)) {
            preferences.apply().ifPresent(problem ->
                    dialogs.showError(org.grounded.ui.i18n.Localization.lang("Preferences"), problem));
            coderName.set(services.coder().get());
        }
    }
}
