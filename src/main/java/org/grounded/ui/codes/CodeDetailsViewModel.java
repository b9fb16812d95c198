package org.grounded.ui.codes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.ChangeSet;
import org.grounded.model.Code;
import org.grounded.model.CodeCounts;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.edits.CodeMergeEdits;
import org.grounded.model.edits.SplitPlacement;
import org.grounded.ui.common.Formats;
import org.grounded.ui.quotations.Excerpts;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The selected code in detail: its description (the codebook's definition), level, core mark,
 * counts, and every quotation coded with it across the documents, from which a part can be split
 * off into a new code.
 */
public final class CodeDetailsViewModel {

    /** A quotation coded with the code. */
    public record QuotationRow(UUID id, String document, String excerpt, String coder) {
    }

    private final Editor editor;
    private final Workspace workspace;
    private final CodeTreeViewModel tree;
    private final ReadOnlyObjectWrapper<Code> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ObservableList<QuotationRow> quotations = FXCollections.observableArrayList();

    public CodeDetailsViewModel(Editor editor, CodeTreeViewModel tree) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.tree = Objects.requireNonNull(tree);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.revisionProperty().addListener((observable, before, after) -> edited(workspace.lastChange()));
        workspace.selectedCodeProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    /** The selected code, null when none. */
    public ReadOnlyObjectProperty<Code> codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** "12 quotations · 31 with its sub-codes". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The quotations coded with exactly this code, document by document, in text order. */
    public ObservableList<QuotationRow> quotations() {
        return quotations;
    }

    public boolean canEdit() {
        return editor.canEdit();
    }

    /** Refreshes after an edit that changed the code shown, its sub-codes, their quotations or a document. */
    private void edited(ChangeSet change) {
        Code shown = code.get();
        Project project = workspace.project().orElse(null);
        if (shown == null || project == null || change.structure() || !change.documents().isEmpty()
                || change.touchesAnyCode(project.subtree(shown.id()).stream().map(Code::id)
                        .collect(Collectors.toSet())) || change.touchesAnyCode(java.util.Set.of(shown.id()))) {
            refresh();
        }
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        UUID id = workspace.selectedCodeProperty().get();
        Code shown = project == null || id == null ? null : project.code(id).orElse(null);
        code.set(shown);
        if (shown == null) {
            counts.set("");
            quotations.clear();
            return;
        }
        String own = Formats.plural(project.quotationCount(id), lang("%0 quotation"), lang("%0 quotations"));
        counts.set(project.isCategory(id) ? lang("%0 · %1 with its sub-codes", own, CodeCounts.aggregated(project, id)) : own);
        List<QuotationRow> rows = new ArrayList<>();
        for (Quotation quotation : project.quotationsWithCode(id)) {
            String document = project.document(quotation.documentId()).map(d -> d.name()).orElse("");
            String text = project.document(quotation.documentId())
                    .map(d -> Excerpts.of(d.text(), quotation.start(), quotation.end())).orElse("");
            rows.add(new QuotationRow(quotation.id(), document, text, quotation.coder()));
        }
        quotations.setAll(rows);
    }

    /** Sets the description of the code shown when typing began. */
    public void describe(UUID codeId, String description) {
        tree.describe(codeId, description);
    }

    /** Shows a quotation in the viewer. */
    public void show(UUID quotationId) {
        workspace.selectedQuotationProperty().set(quotationId);
    }

    /**
     * Splits the chosen quotations off into a new code beside the shown one (or under it), asking
     * for its name.
     */
    public void splitOff(Collection<UUID> quotationIds, SplitPlacement placement) {
        Code shown = code.get();
        if (shown == null || quotationIds.isEmpty() || !editor.canEdit()) {
            return;
        }
        Optional<String> name = editor.dialogs().askText(lang("Split code"), quotationIds.size() == 1
                ? lang("Name of the new code for the chosen quotation of '%0':", shown.name())
                : lang("Name of the new code for the %0 chosen quotations of '%1':", quotationIds.size(), shown.name()), "");
        name.ifPresent(typed -> {
            boolean split = editor.performAlways(lang("Cannot split the code"),
                    project -> CodeMergeEdits.split(project, shown.id(), typed, placement, quotationIds));
            if (split) {
                workspace.project().flatMap(project -> project.codeNamed(typed))
                        .ifPresent(part -> workspace.selectedCodeProperty().set(part.id()));
            }
        });
    }

    /** The codes of a quotation, for tooltips. */
    public String codesOf(UUID quotationId) {
        return workspace.project().flatMap(project -> project.quotation(quotationId).map(quotation ->
                quotation.codeIds().stream().map(project::code).flatMap(Optional::stream).map(Code::name)
                        .collect(Collectors.joining(", ")))).orElse("");
    }
}
