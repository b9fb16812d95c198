package org.grounded.ui.analysis.statistics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
import org.grounded.export.report.StatisticsExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.analysis.AttributeBins;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.edits.AttributeEdits;
import org.grounded.ui.session.Editor;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The participant statistics window (study A's Table 4): every participant attribute described
 * for all participants and, if chosen, for each participant group or each value of another
 * attribute.
 */
public final class ParticipantStatisticsViewModel implements AnalysisWindowViewModel {

    public static final List<ExportFormat> EXPORT_FORMATS = List.of(ExportFormat.CSV, ExportFormat.XLSX,
            ExportFormat.DOCX, ExportFormat.MARKDOWN);

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
    private final Optional<Editor> editor;
    /** What a reader must know under the table: SD, each range's boundary rule, the percentage base. */
    private final javafx.beans.property.ReadOnlyStringWrapper notes =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "notes", "");

    /** Over a project that is only read: the ranges typed can be used, not saved. */
    public ParticipantStatisticsViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                                          TextClipboard clipboard) {
        this(workspace, dialogs, executor, clipboard, Optional.empty());
    }

    /** With the window's editor, through which "Save ranges" keeps the ranges with their attributes. */
    public ParticipantStatisticsViewModel(Editor editor, TaskExecutor executor, TextClipboard clipboard) {
        this(editor.workspace(), editor.dialogs(), executor, clipboard, Optional.of(editor));
    }

    private ParticipantStatisticsViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                                           TextClipboard clipboard, Optional<Editor> editor) {
        this.editor = editor;
        this.window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard,
                lang("Describing the participants"), () -> {
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
            // A group or a role rather than age with a column per participant (issue 18).
            splitAttribute.set(project == null ? ""
                    : ParticipantAttributes.splitDefault(project).map(AttributeDefinition::name).orElse(""));
        }
    }

    /**
     * The request the options stand for.
     *
     * @throws IllegalArgumentException when splitting by an attribute the project lacks
     */
    public DescriptivesRequest request() {
        DescriptivesRequest request = splitRequest();
        for (Map.Entry<String, String> typed : typedRanges().entrySet()) {
            if (!typed.getValue().isEmpty()) {
                request = request.withBins(typed.getKey(), AttributeBins.parse(typed.getValue()));
            }
        }
        return paperLayout.get() ? request.asTable(DescriptivesRequest.PercentBase.ALL, request.missingLabel())
                : request;
    }

    /**
     * The ranges typed, by attribute name, as {@code Age=20,30,40; Child age=4-6,7-9}; an empty
     * right side ("Age=") names an attribute whose saved ranges "Save ranges" removes.
     *
     * @throws IllegalArgumentException when a part is not ATTRIBUTE=RANGES
     */
    private Map<String, String> typedRanges() {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String range : ranges.get() == null ? new String[0] : ranges.get().split(";")) {
            if (range.isBlank()) {
                continue;
            }
            int equals = range.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Write ranges as ATTRIBUTE=EDGES, such as Age=20,30,40");
            }
            typed.put(range.substring(0, equals).strip(), range.substring(equals + 1).strip());
        }
        return typed;
    }

    /** Whether the ranges typed can be saved with their attributes (a project open for editing). */
    public boolean canSaveRanges() {
        return editor.map(Editor::canEdit).orElse(false);
    }

    /**
     * Keeps the ranges typed with their number attributes, as one undoable edit, so that the
     * citations table, its filters and every later statistics group them too ("Age=" stops
     * grouping Age). A range text that does not read, or an attribute that is not a number
     * attribute, is one message and changes nothing.
     *
     * @return true when the project changed
     */
    public boolean saveRanges() {
        if (editor.isEmpty()) {
            return false;
        }
        Map<String, String> typed;
        try {
            typed = typedRanges();
            typed.values().stream().filter(text -> !text.isEmpty()).forEach(AttributeBins::parse);
        } catch (IllegalArgumentException e) {
            editor.get().dialogs().showError(lang("Cannot save the ranges"), e.getMessage());
            return false;
        }
        List<Function<Project, Optional<EntityEdit>>> steps = new ArrayList<>();
        typed.forEach((name, text) -> steps.add(project -> AttributeEdits.setRanges(project,
                declared(project, name).id(), text)));
        return editor.get().performAll(EditName.of("Save ranges"), lang("Cannot save the ranges"), steps);
    }

    /** The declared participant attribute of this name (ignoring case). */
    private static AttributeDefinition declared(Project project, String name) {
        AttributeDefinition named = ParticipantAttributes.named(project, name);
        return project.attributeDefinitions(AttributeScope.PARTICIPANT).stream()
                .filter(definition -> definition.id().equals(named.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(lang("'%0' is on participants but not declared as an attribute; give it a type in the Participants pane first", named.name())));
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
            notes.set("");
            return;
        }
        parts.setAll(shown.parts());
        lines.setAll(StatisticsLines.of(shown));
        notes.set(String.join(" ", StatisticsLines.notes(shown).stream().map(ParticipantStatisticsViewModel::note).toList()));
    }

    /** The exports' fixed notes in the window's language; the ranges' rules (from the analysis) as they are. */
    private static String note(String english) {
        return switch (english) {
            case "SD: sample standard deviation (n − 1)." -> lang("SD: sample standard deviation (n − 1)."); // NON-NLS: matched against the exports' English
            case "Percentages are of the participants who answered." -> lang("Percentages are of the participants who answered."); // NON-NLS: matched against the exports' English
            default -> english;
        };
    }

    /**
     * The notes the exports print under the table, for the window's legend: "SD: sample standard
     * deviation (n − 1). Age: Each range includes its lower edge and not its upper one: …".
     */
    public javafx.beans.property.ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
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

    /** Asks for a file and writes the statistics as shown: CSV, an Excel sheet, a Word table or Markdown. */
    public Optional<Path> export(ExportFormat format) {
        ParticipantDescriptives shown = descriptives.get();
        if (shown == null) {
            return Optional.empty();
        }
        String name = window.studyName("study") + " participants"; // NON-NLS: a file name, as the command line writes it
        return window.export(lang("the participant statistics"), name, format,
                out -> StatisticsExport.write(shown, format, out));
    }

    /** Puts the table as shown on the clipboard, tab-separated, for Word or a spreadsheet. */
    public void copy() {
        if (descriptives.get() != null) {
            window.copy(DelimitedText.tabSeparated(StatisticsLines.grid(new ArrayList<>(parts), lines)),
                    lines.size() == 1 ? lang("Copied the statistics (%0 line) to the clipboard", lines.size())
                            : lang("Copied the statistics (%0 lines) to the clipboard", lines.size()));
        }
    }
}
