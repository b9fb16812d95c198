package org.grounded.ui.quotations;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.grounded.model.Document;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.edits.CodingEdits;
import org.grounded.ui.i18n.Localization;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The selected quotation in detail: its codes (each can be taken off), its text, its comment
 * (written here), who coded it and when.
 */
public final class QuotationInspectorViewModel {

    /** A code on the quotation. */
    public record CodeChip(UUID id, String name, String colour) {
    }

    /** What the inspector shows. */
    public record Details(UUID id, String where, String text, List<CodeChip> codes, String comment, String coded) {
    }

    private static final int TEXT_LENGTH = 600;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Editor editor;
    private final Workspace workspace;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");

    public QuotationInspectorViewModel(Editor editor, ZoneId zone) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.zone = Objects.requireNonNull(zone);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.revisionProperty().addListener((observable, before, after) -> edited(workspace.lastChange()));
        workspace.selectedQuotationProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    /** The selected quotation's details, null when none is selected. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public boolean canEdit() {
        return editor.canEdit();
    }

    /** After an edit: refreshes when it changed the quotation shown, its document or one of its codes. */
    private void edited(ChangeSet change) {
        Details shown = details.get();
        UUID selected = workspace.selectedQuotationProperty().get();
        if (shown == null || !shown.id().equals(selected) || change.structure()
                || change.quotations().contains(shown.id()) || !change.documents().isEmpty()
                || shown.codes().stream().anyMatch(chip -> change.codes().contains(chip.id()))) {
            refresh();
        }
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        UUID id = workspace.selectedQuotationProperty().get();
        Optional<Quotation> quotation = project == null || id == null ? Optional.empty() : project.quotation(id);
        if (quotation.isEmpty()) {
            details.set(null);
            return;
        }
        Quotation shown = quotation.get();
        Document document = project.document(shown.documentId()).orElseThrow();
        int paragraph = 1;
        String text = document.text();
        for (int i = 0; i < shown.start(); i++) {
            if (text.charAt(i) == '\n') {
                paragraph++;
            }
        }
        List<CodeChip> codes = shown.codeIds().stream().map(project::code).flatMap(Optional::stream)
                .map(code -> new CodeChip(code.id(), code.name(), code.colour())).toList();
        String where = document.name() + " · ¶ " + paragraph + " · "
                + (shown.length() == 1 ? lang("%0 character", shown.length()) : lang("%0 characters", shown.length()));
        String coded = (shown.coder().isBlank() ? "" : lang("by %0", shown.coder()) + " · ")
                + DATE.withLocale(Localization.locale()).format(shown.createdAt().atZone(zone));
        details.set(new Details(shown.id(), where, Excerpts.of(text, shown.start(), shown.end(), TEXT_LENGTH), codes,
                shown.comment(), coded));
    }

    /** Writes a quotation's comment (the one shown when typing began). */
    public void comment(UUID quotationId, String comment) {
        editor.perform(lang("Cannot change the comment"), project -> CodingEdits.setComment(project, quotationId, comment));
    }

    public void removeCode(UUID quotationId, UUID codeId) {
        editor.perform(lang("Cannot remove the code"), project -> CodingEdits.removeCode(project, quotationId, codeId));
    }

    /** Shows a code of the quotation in the code tree. */
    public void showCode(UUID codeId) {
        workspace.selectedCodeProperty().set(codeId);
    }
}
