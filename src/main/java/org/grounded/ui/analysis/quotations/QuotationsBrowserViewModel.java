package org.grounded.ui.analysis.quotations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.analysis.report.Grouping;
import org.grounded.analysis.report.QuotationFilter;
import org.grounded.analysis.report.QuotationReports;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.analysis.report.TextContext;
import org.grounded.export.report.QuotationsExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.export.table.DelimitedText;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.CodeTree;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The quotations browser (Analysis → Quotations): the project's quotations chosen by codes (a
 * category with its sub-codes), documents, participants, participant groups, attribute values and
 * coders — the {@link QuotationFilter} {@code grounded quotes} uses — listed in document order, the
 * chosen one shown in context, copied as a citation, opened in the transcript, or the whole list
 * exported as the command line writes it.
 */
public final class QuotationsBrowserViewModel implements AnalysisWindowViewModel {

    /** The lines of context the details show before and after the quotation's own lines. */
    public static final int CONTEXT_LINES = 2;

    /** The quotations chosen and how many the project holds. */
    public record Listing(List<QuotationRow> rows, int total) {
        public Listing {
            rows = List.copyOf(rows);
        }
    }

    /** A value of a participant attribute, as the attribute filter offers it. */
    public record AttributeChoice(String attribute, String label) {
    }

    private final AnalysisWindowModel<Listing> window;
    private final FilterChoices<UUID> codes = new FilterChoices<>(lang("Codes"));
    private final FilterChoices<UUID> documents = new FilterChoices<>(lang("Documents"));
    private final FilterChoices<UUID> participants = new FilterChoices<>(lang("Participants"));
    private final FilterChoices<UUID> groups = new FilterChoices<>(lang("Groups"));
    private final FilterChoices<AttributeChoice> attributes = new FilterChoices<>(lang("Attributes"));
    private final FilterChoices<String> coders = new FilterChoices<>(lang("Coders"));
    private final BooleanProperty withSubCodes = new SimpleBooleanProperty(this, "withSubCodes", true);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.CODE);
    private final ObservableList<QuotationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<QuotationRow> selection = FXCollections.observableArrayList();
    private final ObjectProperty<QuotationRow> current = new SimpleObjectProperty<>(this, "current");
    private final StringBinding count;
    /** Whether the window shows; the choices follow the project only then (and catch up on opening). */
    private boolean active;

    public QuotationsBrowserViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                                      TextClipboard clipboard) {
        this.window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard, lang("Listing quotations"), () -> {
            QuotationFilter filter = filter();
            return copy -> new Listing(QuotationReports.of(copy).rows(filter), copy.quotations().size());
        }, this::refreshChoices);
        window.recomputeWhen(List.of(codes.chosen(), documents.chosen(), participants.chosen(), groups.chosen(),
                attributes.chosen(), coders.chosen(), withSubCodes));
        window.resultProperty().addListener((observable, before, after) -> show());
        count = Bindings.createStringBinding(() -> {
            Recomputation.Computed<Listing> computed = window.resultProperty().get();
            if (computed == null) {
                return "";
            }
            Listing listing = computed.value();
            return listing.rows().size() == listing.total() ? quotations(listing.total())
                    : lang("%0 of %1", listing.rows().size(), quotations(listing.total()));
        }, window.resultProperty());
        window.refreshChoices();
    }

    @Override
    public AnalysisWindowModel<Listing> window() {
        return window;
    }

    /**
     * Opening the window brings the choices up to date first; while it is closed, edits do not
     * rebuild them (collecting the coders reads every quotation, too much for each coding action
     * of a large study).
     */
    @Override
    public void setActive(boolean showing) {
        active = showing;
        if (showing) {
            window.refreshChoices();
        }
        window.setActive(showing);
    }

    /** The filter the choices stand for, as {@code grounded quotes} builds it from its options. */
    public QuotationFilter filter() {
        QuotationFilter filter = QuotationFilter.ALL.withCodes(codes.chosen(), withSubCodes.get())
                .withDocuments(documents.chosen()).withParticipants(participants.chosen())
                .withGroups(groups.chosen()).withCoders(coders.chosen());
        Map<String, List<String>> values = new LinkedHashMap<>();
        attributes.chosen().forEach(choice -> values.computeIfAbsent(choice.attribute(), name -> new ArrayList<>())
                .add(choice.label()));
        for (Map.Entry<String, List<String>> wanted : values.entrySet()) {
            filter = filter.withAttribute(wanted.getKey(), wanted.getValue());
        }
        return filter;
    }

    private void refreshChoices(Project project) {
        if (project == null) {
            List.of(codes, documents, participants, groups).forEach(filter -> filter.refresh(List.of()));
            attributes.refresh(List.of());
            coders.refresh(List.of());
            return;
        }
        if (!active) {
            return;
        }
        CodeTree tree = project.codeTree();
        // Sub-codes indented under their category (em spaces, which a list never trims).
        codes.refresh(tree.inTreeOrder().stream()
                .map(code -> new Choice<>(code.id(), "\u2003".repeat(tree.depth(code.id())) + code.name())).toList());
        documents.refresh(project.documents().stream().map(document -> new Choice<>(document.id(), document.name()))
                .toList());
        participants.refresh(project.participants().stream()
                .map(participant -> new Choice<>(participant.id(), participant.name())).toList());
        groups.refresh(project.groups(GroupKind.PARTICIPANT).stream()
                .map(group -> new Choice<>(group.id(), group.name())).toList());
        List<Choice<AttributeChoice>> values = new ArrayList<>();
        for (AttributeDefinition attribute : ParticipantAttributes.all(project)) {
            for (String label : ParticipantAttributes.orderedLabels(attribute, project.participants())) {
                values.add(new Choice<>(new AttributeChoice(attribute.name(), label), attribute.name() + ": " + label));
            }
        }
        attributes.refresh(values);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Quotation quotation : project.quotations()) {
            seen.add(quotation.coder());
            for (Coding coding : quotation.codings()) {
                seen.add(coding.coder());
            }
        }
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(seen);
        names.remove("");
        coders.refresh(names.stream().map(name -> new Choice<>(name, name)).toList());
    }

    private void show() {
        Recomputation.Computed<Listing> computed = window.resultProperty().get();
        QuotationRow was = current.get();
        rows.setAll(computed == null ? List.of() : computed.value().rows());
        if (was != null) {
            current.set(rows.stream().filter(row -> row.quotation().id().equals(was.quotation().id())).findFirst()
                    .orElse(null));
        }
    }

    /** Chooses nothing in every filter: the project's every quotation. */
    public void clearFilters() {
        List.of(codes, documents, participants, groups).forEach(filter -> filter.chosen().clear());
        attributes.chosen().clear();
        coders.chosen().clear();
    }

    /**
     * The chosen quotation in context: its own lines and {@link #CONTEXT_LINES} lines before and
     * after, read from the project the list was made from.
     */
    public Optional<TextContext> contextOf(QuotationRow row) {
        return window.result().flatMap(computed -> computed.project().document(row.quotation().documentId()))
                .map(Document::text).map(text -> TextContext.around(text, row.start(), row.end(), CONTEXT_LINES));
    }

    /** The selected quotations as citations, one a line: "María, 01-maria, ¶14: «…»". */
    public void copyCitations() {
        List<QuotationRow> chosen = selectedOrCurrent();
        if (chosen.isEmpty()) {
            window.tell(lang("Choose a quotation to copy as a citation"));
            return;
        }
        window.copy(String.join("\n", chosen.stream().map(QuotationRow::citation).toList()),
                chosen.size() == 1 ? lang("Copied the citation to the clipboard")
                        : lang("Copied %0 citations to the clipboard", chosen.size()));
    }

    /** The selected quotations (all shown when none is selected) as a table, for a spreadsheet or Word. */
    public void copyRows() {
        List<QuotationRow> chosen = selection.isEmpty() ? List.copyOf(rows) : List.copyOf(selection);
        if (!chosen.isEmpty()) {
            window.copy(DelimitedText.tabSeparated(QuotationsExport.grid(chosen)),
                    lang("Copied %0 to the clipboard", quotations(chosen.size())));
        }
    }

    /** Shows the chosen quotation in the main window's transcript viewer. */
    public void open(QuotationRow row) {
        if (row != null) {
            window.open(row.quotation().documentId(), row.quotation().id(),
                    lang("That quotation was removed since the list was made"));
        }
    }

    /** Asks for a file and writes the quotations listed, as {@code grounded quotes} writes them. */
    public Optional<Path> export(ReportFormat format) {
        Recomputation.Computed<Listing> computed = window.resultProperty().get();
        if (computed == null) {
            return Optional.empty();
        }
        List<QuotationRow> listed = computed.value().rows();
        QuotationReports reports = QuotationReports.of(computed.project());
        String title = "Quotations of " + computed.project().info().name(); // NON-NLS: the exported file's title, as the command line writes it
        Grouping headings = grouping.get();
        return window.export(lang("the quotations"), window.studyName("study") + " quotations", format, // NON-NLS: a file name
                out -> QuotationsExport.write(listed, reports.group(listed, headings), title, format, out));
    }

    private List<QuotationRow> selectedOrCurrent() {
        if (!selection.isEmpty()) {
            return List.copyOf(selection);
        }
        return current.get() == null ? List.of() : List.of(current.get());
    }

    public FilterChoices<UUID> codes() {
        return codes;
    }

    public FilterChoices<UUID> documents() {
        return documents;
    }

    public FilterChoices<UUID> participants() {
        return participants;
    }

    public FilterChoices<UUID> groups() {
        return groups;
    }

    public FilterChoices<AttributeChoice> attributes() {
        return attributes;
    }

    public FilterChoices<String> coders() {
        return coders;
    }

    /** Whether a category brings the quotations of its sub-codes (on by default). */
    public BooleanProperty withSubCodesProperty() {
        return withSubCodes;
    }

    /** The headings of the Markdown, HTML and Word exports: each code's or each participant's. */
    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The quotations listed, in document order, then text order. */
    public ObservableList<QuotationRow> rows() {
        return rows;
    }

    /** The quotations selected in the list (the view keeps it up to date). */
    public ObservableList<QuotationRow> selection() {
        return selection;
    }

    /** The quotation whose details show. */
    public ObjectProperty<QuotationRow> currentProperty() {
        return current;
    }

    /** "12 of 340 quotations", or "" before the first listing. */
    public StringBinding countText() {
        return count;
    }

    private static String quotations(int count) {
        return count == 1 ? lang("%0 quotation", count) : lang("%0 quotations", count);
    }
}
