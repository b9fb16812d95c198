package org.grounded.ui.search;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.Code;
import org.grounded.model.GroupKind;
import org.grounded.model.Document;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.SnapMode;
import org.grounded.model.edits.AutoCodingEdits;
import org.grounded.search.CodeRestriction;
import org.grounded.search.IndexLocation;
import org.grounded.search.QuerySyntaxException;
import org.grounded.search.SearchHit;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchRequest;
import org.grounded.search.SearchResult;
import org.grounded.search.WordForms;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The search window's state: the query, "match word forms", "this document only", the hits as
 * keyword-in-context rows with their counts, and auto-coding of all or the selected hits.
 *
 * <p>Each search runs in the background over a copy of the project. The session's index (in the
 * user cache folder, or in memory for a project never saved) is built by the first search, with
 * progress in the status bar, and from then on follows the documents added, removed or re-imported
 * as they happen ({@link LiveIndex}). A result that arrives after a newer search is dropped. After
 * every edit the open search runs again, so the codes on the hits stay true.
 */
public final class SearchViewModel {

    /** The most rows the window lists; all hits are still counted and can be coded. */
    public static final int ROW_LIMIT = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final Editor editor;
    private final TaskExecutor executor;
    private final CoderName coder;
    private final Clock clock;
    private final BiConsumer<UUID, org.grounded.model.TextSpan> reveal;
    private final Function<Optional<Path>, SearchIndex> indexes;
    private final RequestSequence requests = new RequestSequence();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty wordForms = new SimpleBooleanProperty(this, "wordForms");
    private final BooleanProperty thisDocumentOnly = new SimpleBooleanProperty(this, "thisDocumentOnly");
    private final ObservableList<SearchFilter> documentFilter = FXCollections.observableArrayList();
    private final ObservableList<SearchFilter> participantFilter = FXCollections.observableArrayList();
    private final ObjectProperty<Code> codeFilter = new SimpleObjectProperty<>(this, "codeFilter");
    private final ObjectProperty<CodeRestriction.Kind> codeFilterKind =
            new SimpleObjectProperty<>(this, "codeFilterKind", CodeRestriction.Kind.CODED_WITH);
    private final ObjectProperty<SnapMode> extend = new SimpleObjectProperty<>(this, "extend", SnapMode.WORD);
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private LiveIndex index;
    private ProjectSession indexed;
    /** The hits the window lists (at most {@link #ROW_LIMIT}); all of them are fetched again to code all hits. */
    private List<SearchHit> hits = List.of();
    /** The last search that ran, with its total, for coding all hits. */
    private SearchRequest lastRequest;
    private int lastTotal;
    private boolean active;

    /**
     * @param reveal  opens a document at a passage (the main window's viewer)
     * @param indexes opens the index of a project file (empty: never saved, the index is kept in memory)
     */
    public SearchViewModel(Editor editor, TaskExecutor executor, CoderName coder, Clock clock,
                           BiConsumer<UUID, org.grounded.model.TextSpan> reveal,
                           Function<Optional<Path>, SearchIndex> indexes) {
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
        this.coder = Objects.requireNonNull(coder);
        this.clock = Objects.requireNonNull(clock);
        this.reveal = Objects.requireNonNull(reveal);
        this.indexes = Objects.requireNonNull(indexes);
        editor.workspace().sessionProperty().addListener((observable, before, after) -> {
            closeIndex();
            resetFilters();
        });
        editor.workspace().revisionProperty().addListener((observable, before, after) -> {
            if (active && !query.get().isBlank()) {
                search();
            }
        });
        wordForms.addListener((observable, before, after) -> searchIfTyped());
        thisDocumentOnly.addListener((observable, before, after) -> searchIfTyped());
        documentFilter.addListener((javafx.collections.ListChangeListener<SearchFilter>) change -> searchIfTyped());
        participantFilter.addListener((javafx.collections.ListChangeListener<SearchFilter>) change -> searchIfTyped());
        codeFilter.addListener((observable, before, after) -> searchIfTyped());
        codeFilterKind.addListener((observable, before, after) -> searchIfTyped());
    }

    /** The documents and document groups searched; empty: all. */
    public ObservableList<SearchFilter> documentFilter() {
        return documentFilter;
    }

    /** The participants and participant groups whose words are searched; empty: everybody's. */
    public ObservableList<SearchFilter> participantFilter() {
        return participantFilter;
    }

    /** Only hits coded (or not coded, see {@link #codeFilterKindProperty}) with this code; null: no restriction. */
    public ObjectProperty<Code> codeFilterProperty() {
        return codeFilter;
    }

    public ObjectProperty<CodeRestriction.Kind> codeFilterKindProperty() {
        return codeFilterKind;
    }

    /** The documents, then the document groups, of the open project. */
    public List<SearchFilter> documentChoices() {
        return choices(GroupKind.DOCUMENT);
    }

    /** The participants, then the participant groups, of the open project. */
    public List<SearchFilter> participantChoices() {
        return choices(GroupKind.PARTICIPANT);
    }

    private List<SearchFilter> choices(GroupKind kind) {
        Optional<Project> project = editor.workspace().project();
        if (project.isEmpty()) {
            return List.of();
        }
        List<SearchFilter> result = new java.util.ArrayList<>();
        if (kind == GroupKind.DOCUMENT) {
            project.get().documents().forEach(d -> result.add(new SearchFilter(d.id(), d.name(), false)));
        } else {
            project.get().participants().forEach(p -> result.add(new SearchFilter(p.id(), p.name(), false)));
        }
        project.get().groups(kind).forEach(g -> result.add(new SearchFilter(g.id(), lang("Group: %0", g.name()), true)));
        return result;
    }

    /** The ids a filter stands for: its items and the members of its groups. */
    private static Set<UUID> ids(Project project, List<SearchFilter> filter, GroupKind kind) {
        Set<UUID> ids = new java.util.LinkedHashSet<>();
        for (SearchFilter choice : filter) {
            if (choice.group()) {
                project.groups(kind).stream().filter(g -> g.id().equals(choice.id()))
                        .forEach(g -> ids.addAll(g.memberIds()));
            } else {
                ids.add(choice.id());
            }
        }
        if (!filter.isEmpty() && ids.isEmpty()) {
            // Only empty groups chosen: nothing may match, and an empty set would mean "all".
            ids.add(new UUID(0, 0));
        }
        return ids;
    }

    /** The indexes of the application: the user cache folder for saved projects, memory otherwise. */
    public static Function<Optional<Path>, SearchIndex> cachedIndexes() {
        return file -> file.map(path -> SearchIndex.open(IndexLocation.forProject(path))).orElseGet(SearchIndex::inMemory);
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "Match word forms": stemming in each document's language. */
    public BooleanProperty wordFormsProperty() {
        return wordForms;
    }

    /** Search only the document open in the viewer (Ctrl+F). */
    public BooleanProperty thisDocumentOnlyProperty() {
        return thisDocumentOnly;
    }

    /** What auto-coding widens each hit to. */
    public ObjectProperty<SnapMode> extendProperty() {
        return extend;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    /** "12 hits in 3 documents". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last query could not run (it does not parse), "" when it ran. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What auto-coding did, "" before. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The window shows: searches follow edits only then. */
    public void setActive(boolean isActive) {
        active = isActive;
    }

    /** The codes of the open project, for the "Code hits" choice. */
    public List<Code> codes() {
        return editor.workspace().project().map(p -> List.copyOf(p.codes())).orElse(List.of());
    }

    private void searchIfTyped() {
        if (!query.get().isBlank()) {
            search();
        }
    }

    /** Runs the query in the background; the rows change when it is done. */
    public void search() {
        Optional<ProjectSession> session = editor.workspace().session();
        if (session.isEmpty() || query.get().isBlank()) {
            rows.clear();
            hits = List.of();
            lastRequest = null;
            summary.set("");
            problem.set("");
            return;
        }
        UUID shown = editor.workspace().selectedDocumentProperty().get();
        Project current = session.get().project();
        Set<UUID> documents = thisDocumentOnly.get() && shown != null ? Set.of(shown)
                : ids(current, documentFilter, GroupKind.DOCUMENT);
        SearchRequest request = SearchRequest.of(query.get().strip())
                .withWordForms(wordForms.get() ? WordForms.STEMMED : WordForms.EXACT)
                .inDocuments(documents)
                .byParticipants(ids(current, participantFilter, GroupKind.PARTICIPANT))
                // Only the listed rows' offsets are computed; the rest are counted.
                .withLimit(ROW_LIMIT);
        if (codeFilter.get() != null) {
            request = request.restrictedTo(new CodeRestriction(codeFilter.get().id(), codeFilterKind.get()));
        }
        SearchRequest asked = request;
        Project copy = session.get().project().copy();
        LiveIndex searched = index(session.get());
        long ticket = requests.next();
        searching.set(true);
        BackgroundTask.wrap(searched.isBuilt() ? lang("Searching") : lang("Indexing and searching"), progress -> {
            LiveIndex.InStep inStep = searched.bringInStep(copy, progress);
            return new Searched(inStep.project(), inStep.index().search(inStep.project(), asked));
        }).onSuccess(found -> {
            if (requests.isCurrent(ticket)) {
                lastRequest = asked;
                lastTotal = found.result().totalHits();
                show(found.project(), found.result());
            }
        }).onFailure(failure -> {
            if (requests.isCurrent(ticket)) {
                rows.clear();
                hits = List.of();
                lastRequest = null;
                summary.set("");
                problem.set(failure instanceof QuerySyntaxException ? failure.getMessage()
                        : lang("The search failed: %0", failure.getMessage()));
                if (!(failure instanceof QuerySyntaxException)) {
                    LOG.warn("Search failed", failure);
                }
            }
        }).onFinished(() -> {
            if (requests.isCurrent(ticket)) {
                searching.set(false);
            }
        }).executeWith(executor);
    }

    /** A search's result with the copy of the project it was found in. */
    private record Searched(Project project, SearchResult result) {
    }

    /** The session's index, made when first searched; it then follows the session's edits. */
    private LiveIndex index(ProjectSession session) {
        if (index == null || indexed != session) {
            closeIndex();
            index = new LiveIndex(() -> indexes.apply(session.file()), session.project(), executor);
            indexed = session;
        }
        return index;
    }

    /**
     * Another project: the filters named the old project's codes, documents and participants, so a
     * box that looked blank still filtered (issue 18). They start empty, as the boxes show.
     */
    private void resetFilters() {
        codeFilter.set(null);
        codeFilterKind.set(CodeRestriction.Kind.CODED_WITH);
        documentFilter.clear();
        participantFilter.clear();
        thisDocumentOnly.set(false);
    }

    private void closeIndex() {
        if (index != null) {
            index.close();
            index = null;
            indexed = null;
            requests.invalidate();
            searching.set(false);
        }
    }

    private void show(Project project, SearchResult result) {
        hits = result.hits();
        rows.setAll(hits.stream().limit(ROW_LIMIT).map(hit -> row(project, hit)).toList());
        problem.set("");
        String hitCount = result.totalHits() == 1 ? lang("%0 hit", result.totalHits()) : lang("%0 hits", result.totalHits());
        String documentCount = result.documentCount() == 1 ? lang("%0 document", result.documentCount())
                : lang("%0 documents", result.documentCount());
        summary.set(lang("%0 in %1", hitCount, documentCount)
                + (result.totalHits() > rows.size() ? " " + lang("(%0 listed)", rows.size()) : ""));
    }

    private static SearchRow row(Project project, SearchHit hit) {
        String document = project.document(hit.documentId()).map(Document::name).orElse("?");
        String participant = String.join(", ", hit.participantIds().stream()
                .map(id -> project.participant(id).map(Participant::name).orElse("?")).sorted().toList());
        String codes = String.join(", ", hit.codeIds().stream()
                .map(id -> project.code(id).map(Code::name).orElse("?")).toList());
        return new SearchRow(hit.documentId(), hit.start(), hit.end(), hit.left(), hit.text().replaceAll("\\s+", " "),
                hit.right(), document, participant, codes);
    }

    /** Opens the row's document in the viewer with the hit selected. */
    public void open(SearchRow row) {
        reveal.accept(row.documentId(), new org.grounded.model.TextSpan(row.start(), row.end()));
    }

    /**
     * Codes the given rows (all hits when empty) with a code, as one undoable edit; says what it did.
     * All hits, when more than the listed rows, are fetched in the background first.
     */
    public void codeHits(Code code, Collection<SearchRow> selected) {
        if (!selected.isEmpty() || lastRequest == null || lastTotal <= hits.size()) {
            code(code, (selected.isEmpty()
                    ? hits.stream().map(hit -> new AutoCodingEdits.Target(hit.documentId(), hit.start(), hit.end()))
                    : selected.stream().map(row -> new AutoCodingEdits.Target(row.documentId(), row.start(), row.end())))
                    .toList());
            return;
        }
        Optional<ProjectSession> session = editor.workspace().session();
        if (session.isEmpty()) {
            return;
        }
        Project copy = session.get().project().copy();
        LiveIndex searched = index(session.get());
        SearchRequest all = lastRequest.withLimit(0);
        BackgroundTask.wrap(lang("Finding all hits"), progress -> {
            LiveIndex.InStep inStep = searched.bringInStep(copy, progress);
            return inStep.index().search(inStep.project(), all);
        })
                .onSuccess(result -> code(code, result.hits().stream()
                        .map(hit -> new AutoCodingEdits.Target(hit.documentId(), hit.start(), hit.end())).toList()))
                .onFailure(failure -> message.set(lang("Cannot code the hits: %0", failure.getMessage())))
                .executeWith(executor);
    }

    private void code(Code code, List<AutoCodingEdits.Target> targets) {
        int[] counts = new int[3];
        boolean changed = editor.perform(lang("Cannot code the hits"), project -> {
            AutoCodingEdits.Result result = AutoCodingEdits.codeAll(project, targets, code.id(), extend.get(),
                    coder.get(), clock.instant());
            counts[0] = result.created();
            counts[1] = result.extended();
            counts[2] = result.alreadyCoded();
            return result.edit();
        });
        message.set("'" + code.name() + "': "
                + (counts[0] == 1 ? lang("%0 new quotation", counts[0]) : lang("%0 new quotations", counts[0]))
                + (counts[1] > 0 ? ", " + lang("%0 existing got the code", counts[1]) : "")
                + ", " + lang("%0 already coded", counts[2]) + (changed ? " " + lang("(Ctrl+Z undoes it)") : ""));
    }
}
