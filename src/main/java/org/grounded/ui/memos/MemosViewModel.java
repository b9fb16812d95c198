package org.grounded.ui.memos;

import static org.grounded.ui.i18n.Localization.lang;
import static org.grounded.ui.i18n.Localization.langKey;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Memo;
import org.grounded.model.MemoKind;
import org.grounded.model.MemoSearch;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.edits.MemoEdits;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.common.ListDetailsViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

/**
 * Memos: analytic memos, field notes and reflective journal entries, about the project, a
 * document, a code or a quotation. The list is searched as the user types (case and accents
 * ignored) and can be narrowed to what is selected; the chosen memo is edited in place.
 */
public final class MemosViewModel extends ListDetailsViewModel<MemosViewModel.Details> {

    /** Which memos the list shows. */
    public enum Scope {
        ALL(langKey("All memos")), PROJECT(langKey("Project memos")), DOCUMENT(langKey("About the document shown")),
        CODE(langKey("About the selected code")), QUOTATION(langKey("About the selected quotation"));

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return lang(label);
        }
    }

    /** A memo in the list; {@code kind} as the list shows it ("Field note"). */
    public record MemoRow(UUID id, String title, String about, String details, MemoKind kind) {
    }

    /** Something a memo is about, shown as a chip. */
    public record Link(UUID id, String label) {
    }

    /** The memo being edited. */
    public record Details(UUID id, String title, String text, String written, List<Link> links, MemoKind kind) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final CoderName coder;
    private final Clock clock;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    private final ObservableList<MemoRow> rows = FXCollections.observableArrayList();

    public MemosViewModel(Editor editor, CoderName coder, Clock clock) {
        super(editor);
        this.coder = Objects.requireNonNull(coder);
        this.clock = Objects.requireNonNull(clock);
        workspace.selectedDocumentProperty().addListener((observable, before, after) -> refreshIf(Scope.DOCUMENT));
        workspace.selectedCodeProperty().addListener((observable, before, after) -> refreshIf(Scope.CODE));
        workspace.selectedQuotationProperty().addListener((observable, before, after) -> refreshIf(Scope.QUOTATION));
        query.addListener((observable, before, after) -> refresh());
        scope.addListener((observable, before, after) -> refresh());
        refresh();
    }

    /** What the search box holds. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<MemoRow> rows() {
        return rows;
    }

    private void refreshIf(Scope when) {
        if (scope.get() == when) {
            refresh();
        }
    }

    @Override
    protected void refresh() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            rows.clear();
            refreshDetails();
            return;
        }
        UUID scoped = switch (scope.get()) {
            case DOCUMENT -> workspace.selectedDocumentProperty().get();
            case CODE -> workspace.selectedCodeProperty().get();
            case QUOTATION -> workspace.selectedQuotationProperty().get();
            default -> null;
        };
        List<MemoRow> result = new ArrayList<>();
        for (Memo memo : MemoSearch.matching(project, query.get())) {
            boolean inScope = switch (scope.get()) {
                case ALL -> true;
                case PROJECT -> memo.linkedIds().isEmpty();
                default -> scoped != null && memo.linkedIds().contains(scoped);
            };
            if (inScope) {
                result.add(new MemoRow(memo.id(), memo.title(), about(project, memo),
                        (memo.author().isBlank() ? "" : memo.author() + " · ")
                                + date(memo.modifiedAt().atZone(clock.getZone())), memo.kind()));
            }
        }
        rows.setAll(result);
        forgetChosenUnless(id -> project.find(Memo.class, id).isPresent());
    }

    /**
     * Coding leaves the memos alone unless a memo is about a quotation it changed; anything else
     * (a memo, a code's or a document's name) rebuilds them.
     */
    @Override
    protected boolean shows(ChangeSet change) {
        if (!change.onlyQuotations()) {
            return true;
        }
        return workspace.project().map(project -> project.memos().stream()
                .anyMatch(memo -> memo.linkedIds().stream().anyMatch(change.quotations()::contains))).orElse(true);
    }

    @Override
    protected Optional<Details> detailsOf(Project project, UUID memoId) {
        Optional<Memo> memo = project.find(Memo.class, memoId);
        if (memo.isEmpty()) {
            return Optional.empty();
        }
        Memo shown = memo.get();
        List<Link> links = shown.linkedIds().stream()
                .map(id -> new Link(id, project.findAny(id).map(entity -> label(project, entity)).orElse("?")))
                .toList();
        String created = date(shown.createdAt().atZone(clock.getZone()));
        String modified = date(shown.modifiedAt().atZone(clock.getZone()));
        String written = (shown.author().isBlank() ? lang("Written on %0", created) : lang("Written by %0 on %1", shown.author(), created))
                + (modified.equals(created) ? "" : lang(", changed on %0", modified));
        return Optional.of(new Details(shown.id(), shown.title(), shown.text(), written, links, shown.kind()));
    }

    /** A date as the window's language writes it. */
    private static String date(java.time.temporal.TemporalAccessor moment) {
        return DATE.withLocale(org.grounded.ui.i18n.Localization.locale()).format(moment);
    }

    /** A memo kind as the window's language writes it. */
    public static String kindLabel(MemoKind kind) {
        return switch (kind) {
            case MEMO -> lang("Memo");
            case FIELD_NOTE -> lang("Field note");
            case JOURNAL -> lang("Reflective journal");
        };
    }

    private static String about(Project project, Memo memo) {
        if (memo.linkedIds().isEmpty()) {
            return lang("Project");
        }
        return memo.linkedIds().stream().map(project::findAny).flatMap(Optional::stream)
                .map(entity -> label(project, entity)).collect(Collectors.joining(", "));
    }

    /** "Code: Fears", "Document: 01-maria", "Quotation in 01-maria". */
    static String label(Project project, Entity entity) {
        if (entity instanceof Code code) {
            return lang("Code: %0", code.name());
        }
        if (entity instanceof Document document) {
            return lang("Document: %0", document.name());
        }
        if (entity instanceof Quotation quotation) {
            return lang("Quotation in %0", project.document(quotation.documentId()).map(Document::name).orElse("?"));
        }
        return entity.getClass().getSimpleName() + ": " + entity.label();
    }

    // ---- edits ----------------------------------------------------------------------------------

    /** A new memo about what the ids name (nothing: the project); it becomes the chosen memo. */
    public boolean create(MemoKind kind, Set<UUID> about) {
        String title = kindLabel(kind) + ", " + date(clock.instant().atZone(clock.getZone()));
        boolean made = editor.performAlways(lang("Cannot add the memo"),
                project -> MemoEdits.createAbout(project, kind, about, title, "", coder.get(), clock.instant()));
        if (made) {
            workspace.project().ifPresent(project -> {
                List<Memo> memos = List.copyOf(project.memos());
                UUID id = memos.get(memos.size() - 1).id();
                if (rows.stream().noneMatch(row -> row.id().equals(id))) {
                    query.set("");
                    scope.set(Scope.ALL);
                }
                selectedProperty().set(id);
            });
        }
        return made;
    }

    /** A memo about the document shown. */
    public boolean createAboutDocument() {
        UUID id = workspace.selectedDocumentProperty().get();
        return id != null && create(MemoKind.MEMO, Set.of(id));
    }

    public boolean createAboutCode(UUID codeId) {
        return codeId != null && create(MemoKind.MEMO, Set.of(codeId));
    }

    public boolean createAboutQuotation(UUID quotationId) {
        return quotationId != null && create(MemoKind.MEMO, Set.of(quotationId));
    }

    /** Changes the title of the memo that was being edited. */
    public void retitle(UUID memoId, String title) {
        workspace.project().flatMap(project -> project.find(Memo.class, memoId)).ifPresent(memo ->
                editor.perform(lang("Cannot change the memo"), project ->
                        MemoEdits.edit(project, memoId, title, memo.text(), clock.instant())));
    }

    /** Changes the text of the memo that was being edited. */
    public void rewrite(UUID memoId, String text) {
        workspace.project().flatMap(project -> project.find(Memo.class, memoId)).ifPresent(memo ->
                editor.perform(lang("Cannot change the memo"), project ->
                        MemoEdits.edit(project, memoId, memo.title(), text, clock.instant())));
    }

    /** Makes the memo a memo, a field note or a journal entry: one undoable step. */
    public void changeKind(UUID memoId, MemoKind kind) {
        if (memoId != null && kind != null) {
            editor.perform(lang("Cannot change the memo"), project -> MemoEdits.setKind(project, memoId, kind, clock.instant()));
        }
    }

    public void unlink(UUID memoId, UUID entityId) {
        editor.perform(lang("Cannot unlink the memo"), project -> MemoEdits.unlink(project, memoId, entityId));
    }

    public void delete(UUID memoId) {
        editor.performAlways(lang("Cannot delete the memo"), project -> MemoEdits.delete(project, memoId));
    }

    /** Shows what a memo is about: a code in the tree, a document or quotation in the viewer. */
    public void open(UUID entityId) {
        workspace.project().flatMap(project -> project.findAny(entityId)).ifPresent(entity -> {
            if (entity instanceof Code) {
                workspace.selectedCodeProperty().set(entityId);
            } else if (entity instanceof Document) {
                workspace.selectedDocumentProperty().set(entityId);
            } else if (entity instanceof Quotation) {
                workspace.selectedQuotationProperty().set(entityId);
            }
        });
    }

    /** What is selected now, for "New memo about…". */
    public Optional<UUID> selectedDocument() {
        return Optional.ofNullable(workspace.selectedDocumentProperty().get());
    }

    public Optional<UUID> selectedCode() {
        return Optional.ofNullable(workspace.selectedCodeProperty().get());
    }

    public Optional<UUID> selectedQuotation() {
        return Optional.ofNullable(workspace.selectedQuotationProperty().get());
    }
}
