package org.grounded.ui.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.agreement.CodingsByCoder;
import org.grounded.model.Change;
import org.grounded.model.ChangeSet;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.EditDirection;
import org.grounded.model.Entity;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.session.Workspace;

/**
 * The transcript viewer's state: the document shown, the style runs of its text (speakers, coded
 * passages), the margin's brackets, the user's selection, and the passage to select when a
 * quotation is chosen elsewhere.
 *
 * <p>Edits flow back through the workspace's revision. The text is restyled and the margin
 * rebuilt only when the document's quotations or their codes changed, so editing a memo or a
 * participant costs the viewer nothing.
 */
public final class TranscriptViewModel {

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<List<TranscriptStyle.Run>> styles =
            new ReadOnlyObjectWrapper<>(this, "styles", List.of());
    private final ReadOnlyObjectWrapper<Margin> margin = new ReadOnlyObjectWrapper<>(this, "margin", Margin.EMPTY);
    private final ReadOnlyObjectWrapper<TextRange> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyObjectWrapper<TextRange> userSelection = new ReadOnlyObjectWrapper<>(this, "userSelection");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObjectProperty<CoderFilter> coderFilter = new SimpleObjectProperty<>(this, "coderFilter",
            CoderFilter.ALL);
    private final ReadOnlyObjectWrapper<List<String>> coders = new ReadOnlyObjectWrapper<>(this, "coders", List.of());

    /** What the styles and margin were computed from, to skip recomputing when nothing they show changed. */
    private List<Quotation> shownQuotations = List.of();
    /** Those of them the coder filter lets through, as the styles show them. */
    private List<Quotation> shownCounted = List.of();
    private Map<UUID, Code> shownCodes = Map.of();
    private CoderFilter shownFilter = CoderFilter.ALL;
    private int[] paragraphStarts = new int[] {0};
    private List<TextRange> speakerLabels = List.of();
    private final List<Runnable> pickListeners = new ArrayList<>();
    private final FindViewModel find = new FindViewModel(documentProperty());

    public TranscriptViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.selectedDocumentProperty().addListener((observable, before, after) -> show());
        workspace.revisionProperty().addListener((observable, before, after) -> edited(workspace.lastChange()));
        workspace.selectedQuotationProperty().addListener((observable, before, after) -> reveal(after));
        coderFilter.addListener((observable, before, after) -> show());
        refresh();
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The find bar over the document shown (Ctrl+F). */
    public FindViewModel find() {
        return find;
    }

    /** The document shown, null when none. */
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Style runs covering the document's whole text. */
    public ReadOnlyObjectProperty<List<TranscriptStyle.Run>> stylesProperty() {
        return styles.getReadOnlyProperty();
    }

    /**
     * Whose codings the highlights and the margin show (team coding): every coder's by default. A
     * quotation none of the chosen coders coded is not highlighted; clicking its text still finds it.
     */
    public ObjectProperty<CoderFilter> coderFilterProperty() {
        return coderFilter;
    }

    /** The coders who coded something in the project, in alphabetical order: what the filter offers. */
    public ReadOnlyObjectProperty<List<String>> codersProperty() {
        return coders.getReadOnlyProperty();
    }

    /** The brackets of the document's quotations, for the margin. */
    public ReadOnlyObjectProperty<Margin> marginProperty() {
        return margin.getReadOnlyProperty();
    }

    /** The passage to select and scroll to (a quotation chosen in another pane), null when none. */
    public ReadOnlyObjectProperty<TextRange> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Selects and scrolls to a passage of the document shown (a search hit), even when it was revealed before. */
    public void revealPassage(int start, int end) {
        revealed.set(null);
        revealed.set(new TextRange(start, end));
    }

    /** What the user has selected in the text (null when nothing); set by the view. */
    public ReadOnlyObjectProperty<TextRange> userSelectionProperty() {
        return userSelection.getReadOnlyProperty();
    }

    public void userSelected(int start, int end) {
        userSelection.set(end > start ? new TextRange(start, end) : null);
    }

    /** The document's name, above the text; "" when no document is shown. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The quotations of the document shown, in text order. */
    public List<Quotation> quotations() {
        return shownQuotations;
    }

    /**
     * The quotation a click at {@code offset} means: the shortest one covering that character, so
     * that a passage inside a longer one can be reached. Empty on uncoded text.
     */
    public Optional<Quotation> quotationAt(int offset) {
        Quotation found = null;
        for (Quotation quotation : shownQuotations) {
            if (quotation.start() > offset) {
                break;
            }
            if (offset < quotation.end() && (found == null || quotation.length() < found.length())) {
                found = quotation;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Selects the quotation under a click, or none on uncoded text. */
    public void clickedAt(int offset) {
        select(quotationAt(offset).map(Quotation::id).orElse(null));
    }

    /**
     * Selects a quotation (null for none); choosing the selected one again selects its passage
     * again, after the user selected other text.
     */
    public void select(UUID quotationId) {
        if (quotationId != null && quotationId.equals(workspace.selectedQuotationProperty().get())) {
            revealed.set(null);
            reveal(quotationId);
        } else {
            workspace.selectedQuotationProperty().set(quotationId);
        }
        if (quotationId != null) {
            pickListeners.forEach(Runnable::run);
        }
    }

    /**
     * Hears a quotation being picked in the viewer (a click, a bracket, coding, next and previous),
     * as opposed to chosen in a list elsewhere, so its details can be brought to the front.
     */
    public void addPickListener(Runnable listener) {
        pickListeners.add(listener);
    }

    /**
     * After an edit: restyles only when it changed the document shown, its quotations, or a code
     * coloured in it; a memo, a participant or a quotation elsewhere costs the viewer nothing.
     */
    private void edited(ChangeSet change) {
        if (change.structure() || codersMayHaveChanged(change)) {
            refreshCoders();
        }
        Document shown = document.get();
        if (shown == null || change.touchesDocument(shown.id())
                || !change.codes().isEmpty() && change.codes().stream().anyMatch(shownCodes::containsKey)) {
            show();
        }
    }

    /**
     * Whether the project's coders may differ after these quotation changes: a coder none of the
     * known ones, or a coder whose coding a quotation lost (it may have been their last), so the
     * coders are counted again only then and not on every coding.
     */
    private boolean codersMayHaveChanged(ChangeSet change) {
        TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(coders.get());
        boolean undone = workspace.lastDirection() == EditDirection.REVERTED;
        for (Change quotationChange : change.quotationChanges()) {
            // An undo turns each change around: what the quotation was is what it is now.
            Entity was = undone ? quotationChange.after() : quotationChange.before();
            Entity is = undone ? quotationChange.before() : quotationChange.after();
            TreeSet<String> now = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            if (is instanceof Quotation quotation) {
                quotation.codings().stream().map(Coding::coder).filter(coder -> !coder.isBlank()).forEach(now::add);
            }
            if (!known.containsAll(now)) {
                return true;
            }
            if (was instanceof Quotation quotation && quotation.codings().stream()
                    .map(Coding::coder).anyMatch(coder -> !coder.isBlank() && !now.contains(coder))) {
                return true;
            }
        }
        return false;
    }

    private void refreshCoders() {
        List<String> known = workspace.project().map(CodingsByCoder::coders).orElse(List.of());
        if (!known.equals(coders.get())) {
            coders.set(known);
        }
    }

    private void refresh() {
        refreshCoders();
        show();
    }

    private void show() {
        Optional<Project> project = workspace.project();
        UUID documentId = workspace.selectedDocumentProperty().get();
        Document shown = project.flatMap(p -> documentId == null ? Optional.empty() : p.document(documentId))
                .orElse(null);
        if (shown == null) {
            document.set(null);
            styles.set(List.of());
            margin.set(Margin.EMPTY);
            shownQuotations = List.of();
            shownCounted = List.of();
            shownCodes = Map.of();
            heading.set("");
            revealed.set(null);
            return;
        }
        List<Quotation> quotations = project.orElseThrow().quotationsIn(shown.id());
        Map<UUID, Code> codes = new HashMap<>();
        for (Quotation quotation : quotations) {
            for (UUID codeId : quotation.codeIds()) {
                project.orElseThrow().code(codeId).ifPresent(code -> codes.put(codeId, code));
            }
        }
        Document before = document.get();
        boolean newText = before == null || !before.id().equals(shown.id()) || !before.text().equals(shown.text());
        heading.set(shown.name());
        boolean newTurns = newText || !before.turns().equals(shown.turns());
        if (newTurns) {
            speakerLabels = TranscriptStyler.speakerLabels(shown);
        }
        CoderFilter filter = coderFilter.get();
        if (!newTurns && quotations.equals(shownQuotations) && codes.equals(shownCodes) && filter.equals(shownFilter)) {
            document.set(shown);
            return;
        }
        if (newText) {
            // A new text: clear the styles first, so the view reloads the text once and then styles it.
            styles.set(List.of());
            paragraphStarts = MarginLayout.paragraphStarts(shown.text());
        }
        document.set(shown);
        List<Quotation> counted = filter.isAll() ? quotations
                : quotations.stream().map(filter::applyTo).filter(q -> !q.codeIds().isEmpty()).toList();
        int length = shown.text().length();
        // The same text, turns and filter: only the stretch of the quotations changed is restyled.
        Optional<TextRange> touched = newTurns || !filter.equals(shownFilter) || styles.get().isEmpty()
                ? Optional.empty() : TranscriptStyler.touched(shownCounted, counted, shownCodes, codes);
        styles.set(touched.map(stretch -> TranscriptStyler.restyled(styles.get(), length, speakerLabels, counted,
                        codes, stretch))
                .orElseGet(() -> TranscriptStyler.runs(length, speakerLabels, counted, codes)));
        shownQuotations = List.copyOf(quotations);
        // Without a coder filter they are the same list: one copy serves both.
        shownCounted = counted == quotations ? shownQuotations : List.copyOf(counted);
        shownCodes = Map.copyOf(codes);
        shownFilter = filter;
        margin.set(margin(counted, codes));
        reveal(workspace.selectedQuotationProperty().get());
    }

    /**
     * One column of brackets, or, when several coders coded the document, a column per coder
     * (alphabetical) with a bracket for each quotation that coder coded and the codes they applied.
     */
    private Margin margin(List<Quotation> quotations, Map<UUID, Code> codes) {
        List<String> documentCoders = codersOf(quotations);
        if (documentCoders.size() <= 1) {
            List<Margin.Bracket> brackets = new ArrayList<>(quotations.size());
            int lanes = column(quotations, 0, quotation -> quotation.codeIds(), codes, quotation -> quotation.coder(),
                    brackets);
            return new Margin(brackets, lanes);
        }
        // Each quotation's codes by coder, found in one pass over its codings (not once per coder).
        Map<String, List<Quotation>> codedBy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Map<UUID, List<UUID>>> codesBy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Quotation quotation : quotations) {
            Map<String, List<UUID>> byCoder = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Coding coding : quotation.codings()) {
                List<UUID> applied = byCoder.computeIfAbsent(coding.coder(), coder -> new ArrayList<>());
                if (!applied.contains(coding.codeId())) {
                    applied.add(coding.codeId());
                }
            }
            byCoder.forEach((coder, applied) -> {
                codedBy.computeIfAbsent(coder, c -> new ArrayList<>()).add(quotation);
                codesBy.computeIfAbsent(coder, c -> new HashMap<>()).put(quotation.id(), applied);
            });
        }
        List<Margin.Bracket> brackets = new ArrayList<>();
        List<Margin.Column> columns = new ArrayList<>();
        for (String coder : documentCoders) {
            Map<UUID, List<UUID>> applied = codesBy.getOrDefault(coder, Map.of());
            int lanes = column(codedBy.getOrDefault(coder, List.of()), columns.size(),
                    quotation -> applied.get(quotation.id()), codes, quotation -> coder, brackets);
            columns.add(new Margin.Column(coder, lanes));
        }
        return new Margin(Margin.inTextOrder(brackets), columns);
    }

    /** Adds one column's brackets (its quotations in text order), returning the lanes it needs. */
    private int column(List<Quotation> quotations, int column, Function<Quotation, List<UUID>> codesOf,
                       Map<UUID, Code> codes, Function<Quotation, String> coderOf, List<Margin.Bracket> brackets) {
        int[] starts = new int[quotations.size()];
        int[] ends = new int[quotations.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = quotations.get(i).start();
            ends[i] = quotations.get(i).end();
        }
        int[] lanes = MarginLayout.lanes(paragraphStarts, starts, ends);
        int laneCount = 0;
        for (int i = 0; i < starts.length; i++) {
            Quotation quotation = quotations.get(i);
            List<Margin.CodeMark> marks = codesOf.apply(quotation).stream().map(codes::get).filter(Objects::nonNull)
                    .map(code -> new Margin.CodeMark(code.id(), code.name(), code.colour())).toList();
            brackets.add(new Margin.Bracket(quotation.id(), quotation.start(), quotation.end(), lanes[i], marks,
                    quotation.comment(), coderOf.apply(quotation), column));
            laneCount = Math.max(laneCount, lanes[i] + 1);
        }
        return laneCount;
    }

    /** The coders of the codings on these quotations, once each ignoring case, in alphabetical order. */
    private static List<String> codersOf(List<Quotation> quotations) {
        TreeSet<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        quotations.forEach(quotation -> quotation.codings().forEach(coding -> found.add(coding.coder())));
        return List.copyOf(found);
    }

    private void reveal(UUID quotationId) {
        if (quotationId == null) {
            revealed.set(null);
            return;
        }
        workspace.project().flatMap(project -> project.quotation(quotationId)).ifPresent(quotation -> {
            if (!quotation.documentId().equals(workspace.selectedDocumentProperty().get())) {
                workspace.selectedDocumentProperty().set(quotation.documentId());
            }
            revealed.set(new TextRange(quotation.start(), quotation.end()));
        });
    }
}
