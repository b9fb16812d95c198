package org.grounded.ui.transcript;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SelectionSnapping;
import org.grounded.model.TextSpan;
import org.grounded.model.edits.CodeNames;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.model.edits.CodingEdits;
import org.grounded.ui.codes.CodePalette;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Open coding in the viewer: coding the selected text (with codes dragged onto it, the quick-code
 * box, in vivo, or the last code again), and changing the selected quotation (un-coding,
 * resizing, deleting). The selection snaps to whole words, sentences, paragraphs or turns before
 * it is coded, except when it is exactly a quotation's passage, which then gets the codes.
 *
 * <p>After coding, the quotation coded is selected, so the next code, comment or memo goes to it.
 */
public final class CodingViewModel {

    static final int SUGGESTIONS = 8;


    private final Editor editor;
    private final Workspace workspace;
    private final TranscriptViewModel transcript;
    private final CoderName coder;
    private final Clock clock;
    private final ObjectProperty<Snap> snap = new SimpleObjectProperty<>(this, "snap", Snap.WORD);
    private final ReadOnlyObjectWrapper<UUID> lastCode = new ReadOnlyObjectWrapper<>(this, "lastCode");
    private final ReadOnlyStringWrapper lastCodeName = new ReadOnlyStringWrapper(this, "lastCodeName", "");
    private final ReadOnlyBooleanWrapper canCode = new ReadOnlyBooleanWrapper(this, "canCode");
    private final ReadOnlyBooleanWrapper quotationSelected = new ReadOnlyBooleanWrapper(this, "quotationSelected");
    /** Codes applied in this session, most recent first: what the empty quick-code box offers. */
    private final LinkedHashSet<UUID> recent = new LinkedHashSet<>();

    public CodingViewModel(Editor editor, TranscriptViewModel transcript, CoderName coder, Clock clock) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.transcript = Objects.requireNonNull(transcript);
        this.coder = Objects.requireNonNull(coder);
        this.clock = Objects.requireNonNull(clock);
        transcript.userSelectionProperty().addListener((observable, before, after) -> refresh());
        transcript.documentProperty().addListener((observable, before, after) -> refresh());
        workspace.sessionProperty().addListener((observable, before, after) -> {
            recent.clear();
            lastCode.set(null);
            refresh();
        });
        // What it shows depends on the codes (the last one's name) and the selected quotation only.
        workspace.revisionProperty().addListener((observable, before, after) -> {
            ChangeSet change = workspace.lastChange();
            if (change.structure() || !change.codes().isEmpty() || !change.quotations().isEmpty()) {
                refresh();
            }
        });
        workspace.selectedQuotationProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    /** What a selection snaps to before it is coded. */
    public ObjectProperty<Snap> snapProperty() {
        return snap;
    }

    /** The code applied last, null before the first. */
    public ReadOnlyObjectProperty<UUID> lastCodeProperty() {
        return lastCode.getReadOnlyProperty();
    }

    /** The name of the code applied last, "" before the first, for the menu and the coding bar. */
    public ReadOnlyStringProperty lastCodeNameProperty() {
        return lastCodeName.getReadOnlyProperty();
    }

    /** Text is selected in an editable project. */
    public ReadOnlyBooleanProperty canCodeProperty() {
        return canCode.getReadOnlyProperty();
    }

    /** A quotation is selected in an editable project. */
    public ReadOnlyBooleanProperty quotationSelectedProperty() {
        return quotationSelected.getReadOnlyProperty();
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        if (project != null && lastCode.get() != null && project.code(lastCode.get()).isEmpty()) {
            lastCode.set(null);
        }
        recent.removeIf(id -> project == null || project.code(id).isEmpty());
        lastCodeName.set(Optional.ofNullable(lastCode.get()).flatMap(id -> project == null ? Optional.empty()
                : project.code(id)).map(Code::name).orElse(""));
        canCode.set(editor.canEdit() && transcript.documentProperty().get() != null
                && transcript.userSelectionProperty().get() != null);
        quotationSelected.set(editor.canEdit() && selectedQuotation().isPresent());
    }

    // ---- the range to code ----------------------------------------------------------------------

    /**
     * The selection widened to whole units of the snap mode; a quotation's exact passage and an
     * exact selection are kept as they are. Empty when the snapped selection holds no text.
     */
    public Optional<TextRange> snapped(TextRange selection) {
        Document document = transcript.documentProperty().get();
        if (selection == null || document == null || selection.end() > document.text().length()) {
            return Optional.empty();
        }
        boolean isQuotation = transcript.quotations().stream()
                .anyMatch(q -> q.start() == selection.start() && q.end() == selection.end());
        if (isQuotation || snap.get().mode().isEmpty()) {
            return Optional.of(selection);
        }
        TextSpan span = SelectionSnapping.snap(document, selection.start(), selection.end(), snap.get().mode().get());
        return span.isEmpty() ? Optional.empty() : Optional.of(new TextRange(span.start(), span.end()));
    }

    private Optional<TextRange> codingRange() {
        return snapped(transcript.userSelectionProperty().get());
    }

    private Optional<UUID> documentId() {
        return Optional.ofNullable(transcript.documentProperty().get()).map(Document::id);
    }

    // ---- coding ---------------------------------------------------------------------------------

    /** Codes the selection with these codes (a drag from the code tree, a menu). */
    public boolean applyCodes(List<UUID> codeIds) {
        return codingRange().map(range -> applyToRange(range, codeIds)).orElse(false);
    }

    /**
     * A code dropped on the text at {@code offset}: it codes the selection when dropped on it (or
     * on uncoded text while something is selected), and otherwise the quotation under the drop.
     */
    public boolean dropCode(UUID codeId, int offset) {
        TextRange selection = transcript.userSelectionProperty().get();
        boolean onSelection = selection != null && offset >= selection.start() && offset < selection.end();
        Optional<Quotation> under = transcript.quotationAt(offset);
        if (!onSelection && under.isPresent()) {
            return applyToRange(new TextRange(under.get().start(), under.get().end()), List.of(codeId));
        }
        return applyCodes(List.of(codeId));
    }

    /** Whether a code dropped at {@code offset} would code something. */
    public boolean acceptsDrop(int offset) {
        return editor.canEdit() && (transcript.userSelectionProperty().get() != null
                || transcript.quotationAt(offset).isPresent());
    }

    private boolean applyToRange(TextRange range, List<UUID> codeIds) {
        Optional<UUID> documentId = documentId();
        if (documentId.isEmpty() || codeIds.isEmpty()) {
            return false;
        }
        boolean changed = editor.perform(lang("Cannot code the passage"), project -> CodingEdits.applyCodes(project, documentId.get(),
                range.start(), range.end(), codeIds, coder.get(), clock.instant()));
        codeIds.forEach(this::remember);
        selectQuotationAt(range);
        return changed;
    }

    /**
     * The quick-code box's list for what the user typed: the code with exactly that name first,
     * then codes starting with it, then codes containing it (case and accents ignored), and "new
     * code" when no code has that name. An empty box offers the codes applied last.
     */
    public List<QuickCodeChoice> choices(String typed) {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            return List.of();
        }
        String name = typed == null ? "" : typed.strip();
        List<QuickCodeChoice> choices = new ArrayList<>();
        if (name.isEmpty()) {
            recent.stream().map(project::code).flatMap(Optional::stream).limit(SUGGESTIONS)
                    .forEach(code -> choices.add(choice(code)));
            return choices;
        }
        Optional<Code> exact = project.codeNamed(name);
        exact.ifPresent(code -> choices.add(choice(code)));
        CodeNames.suggestions(project, name, SUGGESTIONS).stream()
                .filter(code -> exact.isEmpty() || !code.id().equals(exact.get().id()))
                .forEach(code -> choices.add(choice(code)));
        if (exact.isEmpty()) {
            choices.add(new QuickCodeChoice(Optional.empty(), name, CodePalette.next(project)));
        }
        return choices;
    }

    private static QuickCodeChoice choice(Code code) {
        return new QuickCodeChoice(Optional.of(code.id()), code.name(), code.colour());
    }

    /** Applies the chosen code, or creates it and applies it as one undoable step. */
    public boolean quickCode(QuickCodeChoice choice) {
        if (choice.codeId().isPresent()) {
            return applyCodes(List.of(choice.codeId().get()));
        }
        return codeWithNamed(choice.name(), EditName.of("Apply new code '%0'", choice.name().strip()));
    }

    /** Codes the selection with a code named after its words, made when there is none. */
    public boolean codeInVivo() {
        Document document = transcript.documentProperty().get();
        Optional<TextRange> range = codingRange();
        if (document == null || range.isEmpty()) {
            return false;
        }
        String name;
        try {
            name = CodeNames.inVivo(document.text().substring(range.get().start(), range.get().end()));
        } catch (IllegalArgumentException e) {
            editor.dialogs().showError(lang("Cannot code in vivo"), e.getMessage());
            return false;
        }
        return codeWithNamed(name, EditName.of("Code in vivo '%0'", name));
    }

    private boolean codeWithNamed(String typedName, EditName description) {
        Optional<TextRange> range = codingRange();
        Optional<UUID> documentId = documentId();
        Project project = workspace.project().orElse(null);
        if (range.isEmpty() || documentId.isEmpty() || project == null || typedName == null || typedName.isBlank()) {
            return false;
        }
        String name = typedName.strip();
        Optional<Code> existing = project.codeNamed(name);
        if (existing.isPresent()) {
            return applyToRange(range.get(), List.of(existing.get().id()));
        }
        String colour = CodePalette.next(project);
        List<Function<Project, Optional<EntityEdit>>> steps = List.of(
                p -> Optional.of(CodebookEdits.createCode(p, name, colour)),
                p -> CodingEdits.applyCodes(p, documentId.get(), range.get().start(), range.get().end(),
                        List.of(p.codeNamed(name).orElseThrow().id()), coder.get(), clock.instant()));
        boolean changed = editor.performAll(description, lang("Cannot code the passage"), steps);
        if (changed) {
            workspace.project().flatMap(p -> p.codeNamed(name)).ifPresent(code -> remember(code.id()));
            selectQuotationAt(range.get());
        }
        return changed;
    }

    /** Applies the last code applied to the selection again. */
    public boolean applyLastCode() {
        return lastCode.get() != null && applyCodes(List.of(lastCode.get()));
    }

    private void remember(UUID codeId) {
        recent.remove(codeId);
        List<UUID> order = new ArrayList<>(recent);
        order.add(0, codeId);
        recent.clear();
        recent.addAll(order);
        lastCode.set(codeId);
        refresh();
    }

    private void selectQuotationAt(TextRange range) {
        transcript.quotations().stream()
                .filter(q -> q.start() == range.start() && q.end() == range.end())
                .findFirst().ifPresent(q -> transcript.select(q.id()));
    }

    // ---- the selected quotation -----------------------------------------------------------------

    public Optional<Quotation> selectedQuotation() {
        UUID id = workspace.selectedQuotationProperty().get();
        return id == null ? Optional.empty() : workspace.project().flatMap(project -> project.quotation(id));
    }

    /** Takes a code off a quotation (which goes when it was its last code and nothing is written about it). */
    public boolean removeCode(UUID quotationId, UUID codeId) {
        return editor.perform(lang("Cannot remove the code"), project -> CodingEdits.removeCode(project, quotationId, codeId));
    }

    public boolean deleteQuotation(UUID quotationId) {
        return editor.performAlways(lang("Cannot delete the quotation"),
                project -> CodingEdits.deleteQuotation(project, quotationId));
    }

    public boolean deleteSelectedQuotation() {
        return selectedQuotation().map(quotation -> deleteQuotation(quotation.id())).orElse(false);
    }

    /** Moves the selected quotation's boundaries to the (snapped) selection. */
    public boolean resizeSelectedQuotation() {
        Optional<Quotation> quotation = selectedQuotation();
        Optional<TextRange> range = codingRange();
        if (quotation.isEmpty() || range.isEmpty()) {
            return false;
        }
        boolean changed = editor.perform(lang("Cannot resize the quotation"), project ->
                CodingEdits.resizeQuotation(project, quotation.get().id(), range.get().start(), range.get().end()));
        if (changed) {
            transcript.select(quotation.get().id());
        }
        return changed;
    }

    /** Selects the next (+1) or previous (-1) quotation of the document, from the selected one or the selection. */
    public void stepQuotation(int direction) {
        List<Quotation> quotations = transcript.quotations();
        if (quotations.isEmpty()) {
            return;
        }
        Optional<Quotation> selected = selectedQuotation().filter(quotations::contains);
        int index;
        if (selected.isPresent()) {
            index = quotations.indexOf(selected.get()) + direction;
        } else {
            TextRange selection = transcript.userSelectionProperty().get();
            int from = selection == null ? 0 : selection.start();
            index = 0;
            while (index < quotations.size() && quotations.get(index).start() < from) {
                index++;
            }
            if (direction < 0) {
                index--;
            }
        }
        if (index >= 0 && index < quotations.size()) {
            transcript.select(quotations.get(index).id());
        }
    }
}
