package org.grounded.ui.analysis.agreement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.analysis.agreement.AgreementReport;
import org.grounded.analysis.agreement.AgreementRequest;
import org.grounded.analysis.agreement.AgreementRow;
import org.grounded.analysis.agreement.AgreementUnit;
import org.grounded.analysis.agreement.CodingsByCoder;
import org.grounded.analysis.agreement.Disagreement;
import org.grounded.analysis.agreement.IntercoderAgreement;
import org.grounded.export.report.AgreementExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.GridXlsx;
import org.grounded.export.table.TextGrid;
import org.grounded.model.Project;
import org.grounded.model.TextSpan;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The intercoder agreement window: two coders (the first two by default), the unit, the
 * coefficients per code and document, and the disagreements; opening one shows the passage in the
 * transcript. The numbers are {@link IntercoderAgreement}'s, as {@code grounded agreement} prints them.
 */
public final class AgreementViewModel implements AnalysisWindowViewModel {

    private final AnalysisWindowModel<AgreementReport> window;
    private final BiConsumer<UUID, TextSpan> reveal;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> firstCoder = new SimpleObjectProperty<>(this, "firstCoder", "");
    private final ObjectProperty<String> secondCoder = new SimpleObjectProperty<>(this, "secondCoder", "");
    private final ObjectProperty<AgreementUnit> unit = new SimpleObjectProperty<>(this, "unit", AgreementUnit.CHARACTER);
    private final ReadOnlyObjectWrapper<AgreementReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<AgreementRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Disagreement> disagreements = FXCollections.observableArrayList();

    /** @param reveal opens a document at a passage (the main window's viewer) */
    public AgreementViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                              TextClipboard clipboard, BiConsumer<UUID, TextSpan> reveal) {
        this.reveal = Objects.requireNonNull(reveal);
        this.window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard, lang("Computing agreement"), () -> {
            String a = firstCoder.get();
            String b = secondCoder.get();
            AgreementUnit chosen = unit.get();
            if (a == null || b == null || a.isBlank() || b.isBlank() || a.equals(b)) {
                throw new IllegalArgumentException(coders.size() < 2
                        ? lang("Agreement needs codings by two coders: merge a second coder's project (File → Merge project…).")
                        : lang("Choose two different coders."));
            }
            AgreementRequest request = new AgreementRequest(List.of(a, b), List.of(), List.of(), chosen);
            return copy -> IntercoderAgreement.compute(copy, request);
        }, this::refreshChoices);
        window.recomputeWhen(List.of(firstCoder, secondCoder, unit));
        window.resultProperty().addListener((observable, before, after) -> show());
        window.refreshChoices();
    }

    @Override
    public AnalysisWindowModel<AgreementReport> window() {
        return window;
    }

    private void refreshChoices(Project project) {
        List<String> names = project == null ? List.of() : CodingsByCoder.coders(project);
        if (!coders.equals(names)) {
            coders.setAll(names);
        }
        if (!names.contains(firstCoder.get())) {
            firstCoder.set(names.isEmpty() ? "" : names.get(0));
        }
        if (!names.contains(secondCoder.get()) || Objects.equals(secondCoder.get(), firstCoder.get())) {
            secondCoder.set(names.stream().filter(name -> !name.equals(firstCoder.get())).findFirst().orElse(""));
        }
    }

    private void show() {
        Recomputation.Computed<AgreementReport> computed = window.resultProperty().get();
        AgreementReport shown = computed == null ? null : computed.value();
        report.set(shown);
        rows.setAll(shown == null ? List.of() : shown.rows());
        disagreements.setAll(shown == null ? List.of() : shown.disagreements());
    }

    /** Shows the disagreement's passage in the transcript, selected. */
    public void open(Disagreement disagreement) {
        reveal.accept(disagreement.documentId(), new TextSpan(disagreement.start(), disagreement.end()));
    }

    /** What an export of the window holds. */
    public enum ExportPart {
        /** The coefficients per code (or domain) and document. */
        COEFFICIENTS("agreement"), // NON-NLS: file names
        /** The passages where the coders differ. */
        DISAGREEMENTS("disagreements"), // NON-NLS
        /** Both, one after the other (Markdown). */
        BOTH("agreement"); // NON-NLS

        private final String fileName;

        ExportPart(String fileName) {
            this.fileName = fileName;
        }

        /** What is exported, in the window's language, for the save dialog's title. */
        String what() {
            return switch (this) {
                case COEFFICIENTS -> lang("the agreement coefficients");
                case DISAGREEMENTS -> lang("the disagreements");
                case BOTH -> lang("the agreement and disagreements");
            };
        }
    }

    /**
     * Saves the coefficients or the disagreements as CSV or XLSX, or both as Markdown, through the
     * export package's table writers (the grids {@code grounded agreement} prints).
     *
     * @return the file chosen, empty when there is no report or the user cancelled
     */
    public Optional<Path> export(ExportPart part, ExportFormat format) {
        AgreementReport shown = report.get();
        if (shown == null) {
            return Optional.empty();
        }
        if ((part == ExportPart.BOTH) != (format == ExportFormat.MARKDOWN)) {
            throw new IllegalArgumentException("Markdown holds both tables; CSV and XLSX hold one");
        }
        String name = window.studyName("") + " " + part.fileName + " " + String.join("-", shown.coders());
        return window.export(part.what(), name, format, out -> {
            TextGrid grid = part == ExportPart.DISAGREEMENTS ? AgreementExport.disagreements(shown)
                    : AgreementExport.coefficients(shown);
            switch (format) {
                case CSV -> out.write(DelimitedText.csv(grid).getBytes(StandardCharsets.UTF_8));
                case XLSX -> GridXlsx.write(grid, part == ExportPart.DISAGREEMENTS ? "Disagreements" : "Agreement", out); // NON-NLS: the sheet's name in the file
                case MARKDOWN -> AgreementExport.write(shown, ReportFormat.MARKDOWN, out);
                default -> throw new IllegalArgumentException("Agreement is exported as CSV, XLSX or Markdown");
            }
        });
    }

    /** Puts the coefficients on the clipboard as Markdown (with the disagreements), for a paper's appendix. */
    public void copy() {
        AgreementReport shown = report.get();
        if (shown != null) {
            window.copy(AgreementExport.text(shown, org.grounded.export.report.ReportFormat.MARKDOWN),
                    lang("Copied the agreement (%0 rows) to the clipboard", shown.rows().size()));
        }
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> firstCoderProperty() {
        return firstCoder;
    }

    public ObjectProperty<String> secondCoderProperty() {
        return secondCoder;
    }

    public ObjectProperty<AgreementUnit> unitProperty() {
        return unit;
    }

    public ReadOnlyObjectProperty<AgreementReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<AgreementRow> rows() {
        return rows;
    }

    public ObservableList<Disagreement> disagreements() {
        return disagreements;
    }
}
