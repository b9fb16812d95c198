package org.grounded.ui.analysis.words;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.TextGrid;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.StopWordsEdit;
import org.grounded.model.edits.StopWordEdits;
import org.grounded.search.StopWordUse;
import org.grounded.search.WordCounts;
import org.grounded.search.WordFrequencies;
import org.grounded.search.WordRequest;
import org.grounded.search.WordScope;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The word-frequency window: whose words (the project, a document, a participant, a group), the
 * shortest word, stop words left out or kept; the list of words with their counts, documents and
 * participants, and the cloud of the most frequent ones. The counts are {@link WordFrequencies}'s,
 * as {@code grounded words} prints them. The stop words are the project's, edited in a dialog as
 * one undoable edit; a word opens the search window on it.
 */
public final class WordFrequencyViewModel implements AnalysisWindowViewModel {

    /** How many of the most frequent words the cloud draws from. */
    public static final int CLOUD_WORDS = 120;

    /** A scope as the options list shows it. */
    public record ScopeChoice(WordScope scope, String label) {
        public ScopeChoice {
            Objects.requireNonNull(scope);
            Objects.requireNonNull(label);
        }
    }

    /** The whole project, in the window's language (a record: equal to any other made alike). */
    static ScopeChoice wholeProject() {
        return new ScopeChoice(WordScope.project(), lang("The whole project"));
    }

    private final Editor editor;
    private final TaskExecutor executor;
    private final AnalysisWindowModel<WordCounts> window;
    private final ObservableList<ScopeChoice> scopes = FXCollections.observableArrayList(wholeProject());
    private final ObjectProperty<ScopeChoice> scope = new SimpleObjectProperty<>(this, "scope", wholeProject());
    private final IntegerProperty minimumLength = new SimpleIntegerProperty(this, "minimumLength", 1);
    private final BooleanProperty leaveOutStopWords = new SimpleBooleanProperty(this, "leaveOutStopWords", true);
    private final ObservableList<WordCounts.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WordCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Consumer<String> search = word -> { };

    public WordFrequencyViewModel(Editor editor, TaskExecutor executor, TextClipboard clipboard) {
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.window = new AnalysisWindowModel<>(editor.workspace(), editor.dialogs(), executor, clipboard,
                lang("Counting words"), () -> {
                    WordRequest request = request();
                    return Recomputation.Job.reporting((copy, progress) -> WordFrequencies.count(copy, request, progress));
                }, this::refreshChoices);
        window.recomputeWhen(List.of(scope, minimumLength, leaveOutStopWords));
        window.resultProperty().addListener((observable, before, after) -> show());
        window.refreshChoices();
    }

    @Override
    public AnalysisWindowModel<WordCounts> window() {
        return window;
    }

    /** What the options ask for: every word of the scope, without columns. */
    WordRequest request() {
        if (minimumLength.get() < 1) {
            throw new IllegalArgumentException("The shortest word has at least 1 letter.");
        }
        return new WordRequest(scope.get().scope(), Optional.empty(), minimumLength.get(),
                leaveOutStopWords.get() ? StopWordUse.LEAVE_OUT : StopWordUse.KEEP, 0);
    }

    private void refreshChoices(Project project) {
        List<ScopeChoice> choices = new ArrayList<>();
        choices.add(wholeProject());
        if (project != null) {
            for (Document document : project.documents()) {
                choices.add(new ScopeChoice(WordScope.of(WordScope.Kind.DOCUMENT, document.id()), lang("Document: %0", document.name())));
            }
            for (Participant participant : project.participants()) {
                choices.add(new ScopeChoice(WordScope.of(WordScope.Kind.PARTICIPANT, participant.id()),
                        lang("Participant: %0", participant.name())));
            }
            for (Group group : project.groups(GroupKind.DOCUMENT)) {
                choices.add(new ScopeChoice(WordScope.of(WordScope.Kind.DOCUMENT_GROUP, group.id()),
                        lang("Document group: %0", group.name())));
            }
            for (Group group : project.groups(GroupKind.PARTICIPANT)) {
                choices.add(new ScopeChoice(WordScope.of(WordScope.Kind.PARTICIPANT_GROUP, group.id()),
                        lang("Participant group: %0", group.name())));
            }
        }
        if (!scopes.equals(choices)) {
            scopes.setAll(choices);
        }
        ScopeChoice chosen = scope.get();
        // A renamed document keeps its place in the list; one that is gone falls back to the whole project.
        ScopeChoice current = choices.stream().filter(choice -> choice.scope().equals(chosen.scope())).findFirst()
                .orElse(wholeProject());
        if (!current.equals(chosen)) {
            scope.set(current);
        }
    }

    private void show() {
        Recomputation.Computed<WordCounts> computed = window.resultProperty().get();
        WordCounts shown = computed == null ? null : computed.value();
        counts.set(shown);
        rows.setAll(shown == null ? List.of() : shown.rows());
        summary.set(shown == null ? "" : summaryOf(shown));
    }

    static String summaryOf(WordCounts counts) {
        return lang("%0 words counted, %1 different", counts.words(), counts.rows().size());
    }

    /** The words the cloud draws: the most frequent {@link #CLOUD_WORDS}. */
    List<WordCloudLayout.Weighted> cloudWords() {
        return rows.stream().limit(CLOUD_WORDS).map(row -> new WordCloudLayout.Weighted(row.word(), row.total())).toList();
    }

    // ---- actions ------------------------------------------------------------------------------------

    /** Where a word goes to be searched for: the main window opens the search window on it. */
    public void setSearch(Consumer<String> searchWord) {
        search = Objects.requireNonNull(searchWord);
    }

    /** Opens the search window with the word as its query. */
    public void searchFor(String word) {
        search.accept(queryFor(word));
    }

    /** The query that finds a word: the word itself, quoted when the query syntax would read a character of it. */
    static String queryFor(String word) {
        return word.matches("[\\p{L}\\p{M}\\p{N}_']+") ? word : "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private TextGrid grid(WordCounts shown) {
        List<String> header = shown.header();
        List<TextGrid.Alignment> alignments = new ArrayList<>(Collections.nCopies(header.size(), TextGrid.Alignment.RIGHT));
        alignments.set(0, TextGrid.Alignment.LEFT);
        return new TextGrid(header, shown.cells(), alignments, List.of());
    }

    /** Saves the word list as CSV, as {@code grounded words --by none} writes it. */
    public Optional<Path> exportList() {
        WordCounts shown = counts.get();
        if (shown == null) {
            return Optional.empty();
        }
        byte[] csv = DelimitedText.csv(grid(shown)).getBytes(StandardCharsets.UTF_8);
        return window.export(lang("the word list"), window.studyName("words") + " words", ExportFormat.CSV, out -> out.write(csv)); // NON-NLS: a file name
    }

    /** Puts the word list on the clipboard as a table. */
    public void copy() {
        WordCounts shown = counts.get();
        if (shown != null) {
            window.copy(DelimitedText.tabSeparated(grid(shown)),
                    lang("Copied the word list (%0 words) to the clipboard", shown.rows().size()));
        }
    }

    /** The cloud's pixels as the canvas drew them (ARGB, row by row). */
    public record CloudPicture(int width, int height, int[] argb) {
        public CloudPicture {
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException("A picture of " + width + " × " + height + " needs as many pixels");
            }
        }
    }

    /** Saves the cloud as a PNG of exactly the picture shown. */
    public Optional<Path> exportCloud(CloudPicture picture) {
        Optional<Path> folder = editor.workspace().session().flatMap(ProjectSession::file).map(Path::toAbsolutePath)
                .map(Path::getParent);
        String base = (window.studyName("words") + " word cloud").strip() // NON-NLS: a file name.replaceAll("[\\\\/:*?\"<>|]", " ")
                .replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
        FileChooserSpec spec = new FileChooserSpec(lang("Export the word cloud as PNG"), folder, base + ".png",
                List.of(new FileChooserSpec.FileFilter(lang("PNG picture (*.png)"), List.of("png"))));
        Optional<Path> chosen = editor.dialogs().showSaveDialog(spec).map(file ->
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                        ? file : file.resolveSibling(file.getFileName() + ".png"));
        chosen.ifPresent(file -> {
            window.tell(lang("Saving %0…", file.getFileName()));
            BackgroundTask.wrap(lang("Exporting the word cloud"), progress -> {
                BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
                image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
                AtomicFileWriter.withoutBackup().write(file, out -> {
                    if (!javax.imageio.ImageIO.write(image, "png", out)) {
                        throw new java.io.IOException("This Java has no PNG writer");
                    }
                });
                return file;
            }).onSuccess(written -> window.tell(lang("Saved %0", written.getFileName())))
                    .onFailure(failure -> {
                        window.tell("");
                        editor.dialogs().showError(lang("Export failed"), lang("Grounded could not write the word cloud to %0:", file)
                                + "\n" + failure.getMessage(), failure);
                    }).executeWith(executor);
        });
        return chosen;
    }

    /** Whether the stop words can be edited (a project open, not read-only). */
    public boolean canEditStopWords() {
        return editor.canEdit();
    }

    /**
     * Shows the stop-word editor on the open project's lists; what the user confirms becomes one
     * undoable edit, and the list is counted again.
     *
     * @return true when the stop words changed
     */
    public boolean editStopWords() {
        Optional<ProjectSession> session = editor.workspace().session().filter(s -> !s.isReadOnly());
        if (session.isEmpty()) {
            return false;
        }
        Project project = session.get().project();
        StopWordsDialogViewModel dialog = StopWordsDialogViewModel.of(project);
        if (!editor.dialogs().showDialog(dialog, StopWordsDialog::new)) {
            return false;
        }
        Optional<StopWordsEdit> edit = StopWordEdits.change(project, dialog.changes());
        if (edit.isEmpty()) {
            return false;
        }
        try {
            editor.performPrepared(session.get(), edit.get());
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            editor.dialogs().showError(lang("Cannot change the stop words"), e.getMessage());
            return false;
        }
    }

    // ---- properties -----------------------------------------------------------------------------------

    public ObservableList<ScopeChoice> scopes() {
        return scopes;
    }

    public ObjectProperty<ScopeChoice> scopeProperty() {
        return scope;
    }

    public IntegerProperty minimumLengthProperty() {
        return minimumLength;
    }

    public BooleanProperty leaveOutStopWordsProperty() {
        return leaveOutStopWords;
    }

    public ObservableList<WordCounts.Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<WordCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "12,345 words counted, 2,345 different"; "" without a result. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
