package org.grounded.ui.analysis.statistics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.export.table.StatisticsLine;
import org.grounded.export.table.StatisticsLines;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.grounded.analysis.descriptive.SplitKind;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.DescriptivesExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Project;
import org.grounded.ui.common.Formats;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

/**
 * The participant statistics window (study A's Table 4): every participant attribute described
 * for all participants and, if chosen, for each participant group or each value of another
 * attribute.
 */
public final class ParticipantStatisticsViewModel implements AnalysisWindowViewModel {

    public static final List<ExportFormat> EXPORT_FORMATS = List.of(ExportFormat.CSV, ExportFormat.MARKDOWN);

    private final AnalysisWindowModel<ParticipantDescriptives> window;
    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(this, "split", SplitKind.NONE);
    private final ObjectProperty<String> splitAttribute = new SimpleObjectProperty<>(this, "splitAttribute", "");
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    /** Number attributes grouped into ranges, as {@code Age=20,30,40; Child age=4-6,7-9}. */
    private final javafx.beans.property.StringProperty ranges =
            new javafx.beans.property.SimpleStringProperty(this, "ranges", "");
    /** Cells as a paper's Table 4, "57.50 % (46)". */
    private final javafx.beans.property.BooleanProperty paperLayout =
            new javafx.beans.property.SimpleBooleanProperty(this, "paperLayout", false);
    private final ReadOnlyObjectWrapper<ParticipantDescriptives> descriptives =
            new ReadOnlyObjectWrapper<>(this, "descriptives");
    private final ObservableList<String> parts = FXCollections.observableArrayList();
    private final ObservableList<StatisticsLine> lines = FXCollections.observableArrayList();

    public ParticipantStatisticsViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                                          TextClipboard clipboard) {
        this.window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard,
                "Describing the participants", () -> {
                    DescriptivesRequest request = request();
                    return copy -> Descriptives.ofParticipants(copy, request);
                }, this::refreshChoices);
        window.recomputeWhen(List.of(split, splitAttribute, ranges, paperLayout));
        split.addListener((observable, before, after) -> {
            if (after == SplitKind.ATTRIBUTE && splitAttribute.get().isEmpty() && !attributes.isEmpty()) {
                splitAttribute.set(attributes.get(0));
            }
        });
        window.resultProperty().addListener((observable, before, after) -> show());
        window.refreshChoices();
    }

    @Override
    public AnalysisWindowModel<ParticipantDescriptives> window() {
        return window;
    }

    private void refreshChoices(Project project) {
        List<String> names = (project == null ? List.<AttributeDefinition>of() : ParticipantAttributes.all(project))
                .stream().map(AttributeDefinition::name).toList();
        if (!attributes.equals(names)) {
            attributes.setAll(names);
        }
        if (!names.contains(splitAttribute.get())) {
            splitAttribute.set(names.isEmpty() ? "" : names.get(0));
        }
    }

    /**
     * The request the options stand for.
     *
     * @throws IllegalArgumentException when splitting by an attribute the project lacks
     */
    public DescriptivesRequest request() {
        DescriptivesRequest request = splitRequest();
        for (String range : ranges.get() == null ? new String[0] : ranges.get().split(";")) {
            if (range.isBlank()) {
                continue;
            }
            int equals = range.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Write ranges as ATTRIBUTE=EDGES, such as Age=20,30,40");
            }
            request = request.withBins(range.substring(0, equals),
                    org.grounded.analysis.AttributeBins.parse(range.substring(equals + 1)));
        }
        return paperLayout.get() ? request.asTable(DescriptivesRequest.PercentBase.ALL, request.missingLabel())
                : request;
    }

    private DescriptivesRequest splitRequest() {
        return switch (split.get()) {
            case NONE -> DescriptivesRequest.all();
            case PARTICIPANT_GROUP -> DescriptivesRequest.byParticipantGroup();
            case ATTRIBUTE -> {
                if (splitAttribute.get() == null || splitAttribute.get().isBlank()) {
                    throw new IllegalArgumentException("The project has no participant attributes to split by.");
                }
                yield DescriptivesRequest.byAttribute(splitAttribute.get());
            }
        };
    }

    private void show() {
        Recomputation.Computed<ParticipantDescriptives> computed = window.resultProperty().get();
        ParticipantDescriptives shown = computed == null ? null : computed.value();
        descriptives.set(shown);
        if (shown == null) {
            parts.clear();
            lines.clear();
            return;
        }
        parts.setAll(shown.parts());
        lines.setAll(StatisticsLines.of(shown));
    }

    public javafx.beans.property.StringProperty rangesProperty() {
        return ranges;
    }

    public javafx.beans.property.BooleanProperty paperLayoutProperty() {
        return paperLayout;
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    public ObjectProperty<String> splitAttributeProperty() {
        return splitAttribute;
    }

    /** The participant attributes, for splitting by one. */
    public ObservableList<String> attributes() {
        return attributes;
    }

    public ReadOnlyObjectProperty<ParticipantDescriptives> descriptivesProperty() {
        return descriptives.getReadOnlyProperty();
    }

    /** The column headings: "All participants", then one per group or value. */
    public ObservableList<String> parts() {
        return parts;
    }

    public ObservableList<StatisticsLine> lines() {
        return lines;
    }

    /** Asks for a file and writes the statistics: CSV as one long table, Markdown as a table per attribute. */
    public Optional<Path> export(ExportFormat format) {
        ParticipantDescriptives shown = descriptives.get();
        if (shown == null) {
            return Optional.empty();
        }
        String name = window.studyName("study") + " participants";
        return window.export("participant statistics", name, format,
                out -> DescriptivesExport.write(shown, format, out));
    }

    /** Puts the table as shown on the clipboard, tab-separated, for Word or a spreadsheet. */
    public void copy() {
        if (descriptives.get() != null) {
            window.copy(DelimitedText.tabSeparated(StatisticsLines.grid(new ArrayList<>(parts), lines)),
                    "Copied the statistics (" + Formats.count(lines.size(), "line") + ") to the clipboard");
        }
    }
}
