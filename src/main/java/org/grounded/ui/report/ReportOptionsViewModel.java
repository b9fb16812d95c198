package org.grounded.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.report.Grouping;
import org.grounded.export.report.ReportOptions;
import org.grounded.export.report.ReportOptionsFile;
import org.grounded.export.report.ReportSection;
import org.grounded.export.table.MarksDisplay;
import org.grounded.files.AtomicFileWriter;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The study report's options before it is written: which sections, how many example quotations
 * per code, how the quotations are grouped, which saved network is the figure, whose codings count
 * (when the project has two coders or more) and the folder to write into. The options (all but the
 * folder, which the command line takes as {@code -o}) are saved to and loaded from the same JSON
 * file {@code grounded report --options FILE} reads.
 */
public final class ReportOptionsViewModel {

    /** The largest number of example quotations per code the dialog offers. */
    public static final int MAX_EXAMPLES = 50;

    private static final List<FileChooserSpec.FileFilter> JSON_FILES =
            List.of(new FileChooserSpec.FileFilter(lang("Report options (*.json)"), List.of("json")));

    private final DialogService dialogs;
    private final List<String> networks;
    private final List<String> coders;
    private final Optional<Path> near;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    /** The title the report takes when none is typed, shown greyed in the empty field. */
    private final StringProperty defaultTitle = new SimpleStringProperty(this, "defaultTitle",
            lang("Study report"));
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final BooleanProperty marks = new SimpleBooleanProperty(this, "marks", true);
    private final ObjectProperty<CooccurrenceMeasure> cooccurrence =
            new SimpleObjectProperty<>(this, "cooccurrence", CooccurrenceMeasure.COUNT);
    private final IntegerProperty examples = new SimpleIntegerProperty(this, "examples", 3);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.CODE);
    /** The saved network drawn as the figure; "" for the default figure. */
    private final StringProperty network = new SimpleStringProperty(this, "network", "");
    private final Map<String, BooleanProperty> coderChecks = new java.util.LinkedHashMap<>();
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    /**
     * Whether the figure draws only links of at least {@link #figureMinWeight} (citations of a
     * participant link, co-occurrences); otherwise it draws its strongest links, as by default.
     */
    private final BooleanProperty figureCut = new SimpleBooleanProperty(this, "figureCut", false);
    /** The least weight a link needs to be drawn in the figure when {@link #figureCut}; 0 draws every link. */
    private final javafx.beans.property.DoubleProperty figureMinWeight =
            new javafx.beans.property.SimpleDoubleProperty(this, "figureMinWeight", 1);

    /**
     * @param networks the project's saved networks, by name
     * @param coders   the project's coders
     * @param near     where choosers start (the project's folder)
     */
    public ReportOptionsViewModel(DialogService dialogs, ReportOptions initial, List<String> networks,
                                  List<String> coders, Optional<Path> near, Optional<Path> folder) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.networks = List.copyOf(networks);
        this.coders = List.copyOf(coders);
        this.near = near;
        for (ReportSection section : ReportSection.values()) {
            sections.put(section, new SimpleBooleanProperty(this, section.name(), true));
        }
        this.coders.forEach(coder -> coderChecks.put(coder, new SimpleBooleanProperty(this, coder, false)));
        folder.ifPresent(path -> this.folder.set(path.toString()));
        show(initial);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty defaultTitleProperty() {
        return defaultTitle;
    }

    public BooleanProperty sectionProperty(ReportSection section) {
        return sections.get(section);
    }

    public BooleanProperty marksProperty() {
        return marks;
    }

    public ObjectProperty<CooccurrenceMeasure> cooccurrenceProperty() {
        return cooccurrence;
    }

    public IntegerProperty examplesProperty() {
        return examples;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public StringProperty networkProperty() {
        return network;
    }

    public BooleanProperty figureCutProperty() {
        return figureCut;
    }

    public javafx.beans.property.DoubleProperty figureMinWeightProperty() {
        return figureMinWeight;
    }

    /** The saved networks the figure can be, by name, after "" (the default figure). */
    public List<String> networkChoices() {
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(networks);
        return choices;
    }

    /** The project's coders; the dialog offers a choice only when there are two or more. */
    public List<String> coders() {
        return coders;
    }

    public boolean offersCoderChoice() {
        return coders.size() > 1;
    }

    /** Whether this coder's codings count; none ticked counts every coder's. */
    public BooleanProperty coderProperty(String coder) {
        return coderChecks.get(coder);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** Whether the report can be written: a folder named and a section kept. */
    public BooleanBinding validProperty() {
        List<ObservableValue<?>> watched = new ArrayList<>(sections.values());
        watched.add(folder);
        return Bindings.createBooleanBinding(this::isValid, watched.toArray(ObservableValue[]::new));
    }

    public boolean isValid() {
        return !folder.get().isBlank() && sections.values().stream().anyMatch(BooleanProperty::get);
    }

    /** The folder to write into, when one is named. */
    public Optional<Path> folder() {
        String text = folder.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The options the dialog shows, as the report and the options file take them. */
    public ReportOptions options() {
        Set<ReportSection> kept = EnumSet.noneOf(ReportSection.class);
        sections.forEach((section, ticked) -> {
            if (ticked.get()) {
                kept.add(section);
            }
        });
        List<String> chosen = coderChecks.entrySet().stream().filter(entry -> entry.getValue().get())
                .map(Map.Entry::getKey).toList();
        return new ReportOptions(title.get().isBlank() ? null : title.get().strip(), examples.get(),
                marks.get() ? MarksDisplay.SHOWN : MarksDisplay.HIDDEN, cooccurrence.get(), grouping.get(),
                network.get().isBlank() ? null : network.get(),
                figureCut.get() ? Math.max(0, figureMinWeight.get()) : null, kept, chosen);
    }

    /** Shows these options (those loaded from a file, or the last ones used). */
    public void show(ReportOptions options) {
        title.set(options.title() == null ? "" : options.title());
        sections.forEach((section, ticked) -> ticked.set(options.includes(section)));
        marks.set(options.marks() == MarksDisplay.SHOWN);
        cooccurrence.set(options.cooccurrence());
        examples.set(Math.min(MAX_EXAMPLES, options.examples()));
        grouping.set(options.grouping());
        network.set(options.network() == null ? "" : options.network());
        figureCut.set(options.figureMinWeight() != null);
        if (options.figureMinWeight() != null) {
            figureMinWeight.set(options.figureMinWeight());
        }
        coderChecks.forEach((coder, ticked) -> ticked.set(options.coders().stream().anyMatch(coder::equalsIgnoreCase)));
    }

    /** "Save report options…": writes the options file; false when cancelled or it failed (and said so). */
    public boolean saveOptions() {
        Optional<Path> chosen = dialogs.showSaveDialog(new FileChooserSpec(lang("Save report options"), near,
                StudyReportFlow.OPTIONS_FILE, JSON_FILES));
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = chosen.get();
        try {
            byte[] json = ReportOptionsFile.json(options());
            AtomicFileWriter.withoutBackup().write(file, out -> out.write(json));
            return true;
        } catch (IOException e) {
            dialogs.showError(lang("Save report options"), lang("Grounded could not write %0: %1", file, e.getMessage()), e);
            return false;
        }
    }

    /**
     * "Load options…": shows the options a file holds; a file that cannot be read is named in one
     * line and changes nothing. A figure naming a network this project lacks falls back to the
     * default figure, and the user is told.
     */
    public boolean loadOptions() {
        Optional<Path> chosen = dialogs.showOpenDialog(new FileChooserSpec(lang("Load report options"), near, "", JSON_FILES));
        if (chosen.isEmpty()) {
            return false;
        }
        ReportOptions loaded;
        try {
            loaded = ReportOptionsFile.read(chosen.get());
        } catch (IllegalArgumentException e) {
            dialogs.showError(lang("Load report options"), e.getMessage());
            return false;
        }
        show(loaded);
        if (loaded.network() != null && !networks.contains(loaded.network())) {
            network.set("");
            dialogs.showInformation(lang("Load report options"), lang(
                    "%0 draws the saved network '%1', which this project does not have; the report draws the default figure.",
                    chosen.get(), loaded.network()));
        }
        return true;
    }

    /** "Choose…": names the report's folder. */
    public void chooseFolder() {
        Optional<Path> start = folder().map(Path::toAbsolutePath).map(Path::getParent).or(() -> near);
        String name = folder().map(Path::getFileName).map(Path::toString).orElse("report"); // NON-NLS: a folder name
        dialogs.showSaveDialog(new FileChooserSpec(lang("Name the folder for index.html and report.docx"), start, name,
                List.of())).ifPresent(path -> folder.set(path.toString()));
    }
}
