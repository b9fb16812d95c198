package org.grounded.ui.analysis.cooccurrence;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.ui.analysis.Figures;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.cooccurrence.CodingPair;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.export.table.CooccurrenceExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.ui.i18n.Localization;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.analysis.PassageCards;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The co-occurrence window: codes × codes as counts or c-coefficients, coloured as a heat map
 * scaled to the largest value off the diagonal, cells below a threshold greyed, and the
 * overlapping passages behind a chosen cell.
 */
public final class CooccurrenceViewModel implements AnalysisWindowViewModel {

    public static final List<ExportFormat> EXPORT_FORMATS =
            List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.MARKDOWN);

    /**
     * A matrix with the request it answers, which the drill-down repeats, the coders it counts,
     * and its largest value off the diagonal in each measure (found with the count, off the JavaFX
     * thread, so that switching the measure only repaints).
     */
    public record Result(CooccurrenceRequest request, CooccurrenceMatrix matrix, CoderFilter coders,
                         double largestCount, double largestCoefficient) {

        /** Counted over every coder's codings. */
        public Result(CooccurrenceRequest request, CooccurrenceMatrix matrix) {
            this(request, matrix, CoderFilter.ALL);
        }

        public Result(CooccurrenceRequest request, CooccurrenceMatrix matrix, CoderFilter coders) {
            this(request, matrix, coders, largest(matrix, CooccurrenceMeasure.COUNT),
                    largest(matrix, CooccurrenceMeasure.C_COEFFICIENT));
        }

        private static double largest(CooccurrenceMatrix matrix, CooccurrenceMeasure measure) {
            double max = 0;
            for (int row = 0; row < matrix.size(); row++) {
                for (int column = 0; column < matrix.size(); column++) {
                    OptionalDouble value = matrix.value(row, column, measure);
                    if (value.isPresent()) {
                        max = Math.max(max, value.getAsDouble());
                    }
                }
            }
            return max;
        }

        double largest(CooccurrenceMeasure measure) {
            return measure == CooccurrenceMeasure.COUNT ? largestCount : largestCoefficient;
        }
    }

    private final TaskExecutor executor;
    private final CooccurrenceOptions options = new CooccurrenceOptions();
    private final AnalysisWindowModel<Result> window;
    private final ObjectProperty<CooccurrenceMeasure> measure =
            new SimpleObjectProperty<>(this, "measure", CooccurrenceMeasure.COUNT);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0);
    private final ReadOnlyDoubleWrapper largest = new ReadOnlyDoubleWrapper(this, "largest", 0);
    private final ReadOnlyObjectWrapper<CooccurrenceMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyStringWrapper pairTitle = new ReadOnlyStringWrapper(this, "pairTitle", "");
    private final ObservableList<PassageCard> pairs = FXCollections.observableArrayList();
    private final RequestSequence drillDowns = new RequestSequence();
    private int[] selectedPair;

    public CooccurrenceViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                                 TextClipboard clipboard) {
        this.executor = Objects.requireNonNull(executor);
        this.window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard, lang("Counting co-occurrences"),
                () -> {
                    CooccurrenceRequest request = options.request(workspace.project().orElseThrow());
                    CoderFilter coders = options.coders().filter();
                    return copy -> new Result(request, Cooccurrences.matrix(coders.applyTo(copy), request), coders);
                }, options::refreshChoices);
        window.recomputeWhen(options.all());
        window.resultProperty().addListener((observable, before, after) -> show());
        measure.addListener((observable, before, after) -> {
            threshold.set(0);
            show();
        });
        window.refreshChoices();
    }

    @Override
    public AnalysisWindowModel<Result> window() {
        return window;
    }

    public CooccurrenceOptions options() {
        return options;
    }

    public ObjectProperty<CooccurrenceMeasure> measureProperty() {
        return measure;
    }

    /** Cells below this value are greyed. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The largest value off the diagonal in the current measure: the top of the colour scale and the threshold. */
    public ReadOnlyDoubleProperty largestProperty() {
        return largest.getReadOnlyProperty();
    }

    /** The matrix shown, null when there is none. */
    public ReadOnlyObjectProperty<CooccurrenceMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** "Motivation × Fears: 4 overlapping pairs". */
    public ReadOnlyStringProperty pairTitleProperty() {
        return pairTitle.getReadOnlyProperty();
    }

    /** The overlapping passages behind the chosen cell. */
    public ObservableList<PassageCard> pairs() {
        return pairs;
    }

    private void show() {
        Recomputation.Computed<Result> computed = window.resultProperty().get();
        CooccurrenceMatrix shown = computed == null ? null : computed.value().matrix();
        double max = computed == null ? 0 : computed.value().largest(measure.get());
        largest.set(max);
        if (threshold.get() > max) {
            threshold.set(0);
        }
        if (selectedPair != null && (shown == null || selectedPair[0] >= shown.size()
                || selectedPair[1] >= shown.size())) {
            selectedPair = null;
        }
        matrix.set(shown);
        if (selectedPair != null) {
            selectPair(selectedPair[0], selectedPair[1]);
        } else {
            selectPair(-1, -1);
        }
    }

    /** How the cell at (row, column) of the shown matrix looks. */
    public MatrixCell cell(int row, int column) {
        CooccurrenceMatrix shown = matrix.get();
        if (row == column) {
            return new MatrixCell("", 0, MatrixCell.Kind.DIAGONAL, false);
        }
        OptionalDouble value = shown.value(row, column, measure.get());
        if (value.isEmpty()) {
            return new MatrixCell(lang("n/a"), 0, MatrixCell.Kind.UNDEFINED, false);
        }
        double number = value.getAsDouble();
        // Zero stays blank, so the codes that do go together stand out (exports write 0).
        String text = number == 0 ? "" : measure.get() == CooccurrenceMeasure.COUNT
                ? Localization.number(shown.count(row, column)) : Figures.twoPlaces(number);
        double max = largest.get();
        return new MatrixCell(text, max > 0 ? number / max : 0, MatrixCell.Kind.VALUE,
                number < threshold.get() || number == 0);
    }

    /**
     * The cell at (row, column) in words, for the line under the matrix and its tooltip:
     * "Motivation × Fears: 4 overlapping pairs", "… : c = 0.36 (4 overlapping pairs)".
     */
    public String describe(int row, int column) {
        CooccurrenceMatrix shown = matrix.get();
        if (shown == null || row < 0 || column < 0 || row >= shown.size() || column >= shown.size()) {
            return "";
        }
        String codes = shown.codes().get(row).name() + " × " + shown.codes().get(column).name();
        if (row == column) {
            return lang("%0 with itself: no value", shown.codes().get(row).name());
        }
        String pairs = overlappingPairs(shown.count(row, column));
        MatrixCell cell = cell(row, column);
        String value = switch (cell.kind()) {
            case DIAGONAL -> lang("no value");
            case UNDEFINED -> lang("c undefined (%0, many to many)", pairs);
            case VALUE -> measure.get() == CooccurrenceMeasure.COUNT ? pairs
                    : "c = " + Figures.twoPlaces(shown.value(row, column, measure.get()).orElse(0)) + " (" + pairs + ")"; // NON-NLS: the symbol
        };
        boolean below = cell.kind() == MatrixCell.Kind.VALUE && cell.belowThreshold() && threshold.get() > 0
                && !cell.text().isEmpty();
        return codes + ": " + value + (below ? ", " + lang("below the threshold") : "");
    }

    private static String overlappingPairs(long count) {
        return count == 1 ? lang("%0 overlapping pair", count) : lang("%0 overlapping pairs", count);
    }

    /** Lists the overlapping passages of the codes at (row, column); off the matrix or the diagonal clears the list. */
    public void selectPair(int row, int column) {
        Recomputation.Computed<Result> computed = window.resultProperty().get();
        long ticket = drillDowns.next();
        CooccurrenceMatrix shown = computed == null ? null : computed.value().matrix();
        if (shown == null || row < 0 || column < 0 || row == column || row >= shown.size() || column >= shown.size()) {
            selectedPair = null;
            pairTitle.set("");
            pairs.clear();
            return;
        }
        selectedPair = new int[] {row, column};
        Code first = shown.codes().get(row);
        Code second = shown.codes().get(column);
        pairTitle.set(first.name() + " × " + second.name() + ": " + overlappingPairs(shown.count(row, column)));
        Project project = computed.project();
        CooccurrenceRequest request = computed.value().request();
        CoderFilter coders = computed.value().coders();
        BackgroundTask.wrap(lang("Finding overlapping passages"), progress -> {
            PassageCards cards = new PassageCards(project);
            List<CodingPair> found = Cooccurrences.pairs(coders.applyTo(project), request, first.id(), second.id());
            return found.stream().map(cards::of).toList();
        }).onSuccess(cards -> {
            if (drillDowns.isCurrent(ticket)) {
                pairs.setAll(cards);
            }
        }).onFailure(failure -> {
            if (drillDowns.isCurrent(ticket)) {
                pairs.clear();
                window.tell(lang("Could not list the passages: %0", failure.getMessage()));
            }
        }).executeWith(executor);
    }

    /** The chosen cell as (row, column), if any. */
    public Optional<int[]> selectedPair() {
        return Optional.ofNullable(selectedPair).map(int[]::clone);
    }

    public void open(PassageCard card) {
        window.open(card, lang("That quotation has been changed or removed since the matrix was counted."));
    }

    /** Asks for a file and writes the whole matrix (the threshold only greys cells on screen). */
    public Optional<Path> export(ExportFormat format) {
        CooccurrenceMatrix shown = matrix.get();
        if (shown == null) {
            return Optional.empty();
        }
        CooccurrenceMeasure chosen = measure.get();
        String name = window.studyName("codes") // NON-NLS: a file name, as the command line writes it
                + (chosen == CooccurrenceMeasure.COUNT ? " co-occurrence" : " c-coefficients"); // NON-NLS
        return window.export(lang("the co-occurrence matrix"), name, format,
                out -> CooccurrenceExport.write(shown, chosen, format, out));
    }

    /** Puts the matrix on the clipboard as tab-separated text. */
    public void copy() {
        CooccurrenceMatrix shown = matrix.get();
        if (shown != null) {
            window.copy(CooccurrenceExport.text(shown, measure.get(), ExportFormat.TSV),
                    shown.size() == 1 ? lang("Copied the matrix (%0 code) to the clipboard", shown.size())
                            : lang("Copied the matrix (%0 codes) to the clipboard", shown.size()));
        }
    }

    public String legend() {
        return legendOf(measure.get());
    }

    /** {@link CooccurrenceExport#legend}'s words in the window's language (exports and the command line keep the English). */
    static String legendOf(CooccurrenceMeasure measure) {
        return measure == CooccurrenceMeasure.COUNT
                ? lang("n(A,B): pairs of a coding of A and a coding of B whose passages overlap; a quotation coded with both counts once")
                : lang("c = n(A,B) / (n(A) + n(B) - n(A,B)); %0 where overlapping quotations pair many to many and the coefficient is undefined",
                        lang("n/a"));
    }
}
