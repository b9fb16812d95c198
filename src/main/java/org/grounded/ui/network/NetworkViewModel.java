package org.grounded.ui.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.CooccurrenceWeight;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.SavedNetworkRequests;
import org.grounded.analysis.network.layout.LayoutKind;
import org.grounded.analysis.network.layout.Layouts;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.Point;
import org.grounded.analysis.network.layout.SavedLayouts;
import org.grounded.export.network.DrawingOptions;
import org.grounded.export.network.DrawnNode;
import org.grounded.export.network.NetworkDrawing;
import org.grounded.export.network.NetworkDrawings;
import org.grounded.export.network.NetworkFiles;
import org.grounded.export.network.NetworkFormat;
import org.grounded.export.network.NodeShape;
import org.grounded.model.ColourScheme;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.RelationType;
import org.grounded.ui.relations.RelationTypeNames;
import org.grounded.model.SavedNetwork;
import org.grounded.model.edits.NetworkEdits;
import org.grounded.model.edits.RelationEdits;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.analysis.CoderSelection;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.common.CodingLevelNames;
import org.grounded.ui.analysis.Figures;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The semantic-network window. It shows one of the project's saved networks: builds it in the
 * background (again a moment after each edit), places the nodes where the network keeps them and
 * lays out the rest step by step so they move into place. Everything the user changes — options,
 * colours, dragging (which pins), a re-layout, growing or narrowing — is an edit of the saved
 * network through the one undo stack, and what the window shows follows the saved network, so an
 * undo puts the picture back. It also answers what lies under the pointer and what a click lists.
 */
public final class NetworkViewModel {

    /** A network with the request it answers. */
    public record Built(NetworkRequest request, CodeNetwork network) {
    }

    /** Free screen pixels around the network when it is fitted to the window (the legend sits below). */
    static final double FIT_MARGIN = 56;
    /** PNG pixels per screen pixel at zoom 1. */
    static final double PNG_SCALE = 2;

    private final Workspace workspace;
    private final Editor editor;
    private final TaskExecutor executor;
    private final NetworkOptions options = new NetworkOptions();
    /** Whose codings the edges count; a view of the network, not saved with it. */
    private final CoderSelection coders = new CoderSelection();
    private final AnalysisWindowModel<Built> window;
    private final LayoutAnimation animation;
    private final RequestSequence drillDowns = new RequestSequence();
    private final ReadOnlyObjectWrapper<UUID> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<Choice<UUID>> networks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind", LayoutKind.FIGURE);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ObjectProperty<ColourScheme> colours = new SimpleObjectProperty<>(this, "colours", ColourScheme.FIGURE);
    private final ReadOnlyObjectWrapper<CodeNetwork> network =
            new ReadOnlyObjectWrapper<>(this, "network", CodeNetwork.empty());
    private final ReadOnlyObjectWrapper<Map<String, Point>> positions =
            new ReadOnlyObjectWrapper<>(this, "positions", Map.of());
    private final ObservableSet<String> pinned = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> members = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> pinnedView = FXCollections.unmodifiableObservableSet(pinned);
    private final ObservableSet<String> membersView = FXCollections.unmodifiableObservableSet(members);
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.identity());
    private final DoubleProperty canvasWidth = new SimpleDoubleProperty(this, "canvasWidth", 800);
    private final DoubleProperty canvasHeight = new SimpleDoubleProperty(this, "canvasHeight", 600);
    private final StringProperty hovered = new SimpleStringProperty(this, "hovered");
    private final ReadOnlyStringWrapper selectedNode = new ReadOnlyStringWrapper(this, "selectedNode");
    private final ReadOnlyStringWrapper selectedEdge = new ReadOnlyStringWrapper(this, "selectedEdge");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle", "");
    private final ReadOnlyStringWrapper detailNote = new ReadOnlyStringWrapper(this, "detailNote", "");
    private final ObservableList<PassageCard> details = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyObjectWrapper<NetworkDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    /** The nodes and edges drawn: those of the network that have a place. */
    private CodeNetwork drawn = CodeNetwork.empty();
    /** Where the drawing puts the network's origin (it moves the picture to start at its margin). */
    private double shiftX;
    private double shiftY;
    /** Where the saved network keeps its nodes. */
    private Map<String, Point> saved = Map.of();
    /** Nodes the saved network does not place, whose shown place an automatic layout found. */
    private final Set<String> autoPlaced = new HashSet<>();
    private NetworkRequest lastRequest;
    private boolean syncing;
    private boolean fitWhenLaidOut = true;

    public NetworkViewModel(Editor editor, TaskExecutor executor, TextClipboard clipboard) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.executor = Objects.requireNonNull(executor);
        this.animation = new LayoutAnimation(executor);
        this.window = new AnalysisWindowModel<>(workspace, editor.dialogs(), executor, clipboard,
                lang("Building the network"), () -> {
                    SavedNetwork shown = currentNetwork().orElseThrow(() -> new IllegalArgumentException(
                            lang("No network is open: choose Network → New network to draw one.")));
                    NetworkRequest request = SavedNetworkRequests.from(shown);
                    CoderFilter filter = coders.filter();
                    return copy -> new Built(request, NetworkBuilder.build(filter.applyTo(copy), request));
                }, project -> quietly(() -> {
                    options.refreshChoices(project);
                    coders.refresh(project);
                }));
        window.recomputeWhen(List.of(coders.filterProperty()));
        workspace.sessionProperty().addListener((observable, before, after) -> projectChanged());
        workspace.revisionProperty().addListener((observable, before, after) -> sync());
        options.all().forEach(option -> option.addListener(observable -> optionsEdited()));
        colours.addListener((observable, before, after) -> coloursEdited());
        layoutKind.addListener((observable, before, after) -> {
            if (!syncing) {
                relayout();
            }
        });
        seed.addListener((observable, before, after) -> relayout());
        window.resultProperty().addListener((observable, before, after) -> show(after));
        network.addListener(observable -> redraw());
        positions.addListener(observable -> redraw());
        this.colours.addListener(observable -> redraw());
        window.refreshChoices();
    }

    private void quietly(Runnable change) {
        boolean was = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = was;
        }
    }

    /** Whose codings the network counts (team coding): every coder's unless some are chosen. */
    public CoderSelection coders() {
        return coders;
    }

    public NetworkOptions options() {
        return options;
    }

    /** Whether the window shows: the network is built only while it does. */
    public void setActive(boolean active) {
        window.setActive(active);
        if (!active) {
            stopLayout();
        }
    }

    // ---- properties -----------------------------------------------------------------------------------

    /** The saved network shown, null when none. */
    public ReadOnlyObjectProperty<UUID> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The project's saved networks, by name, for the window's chooser. */
    public ObservableList<Choice<UUID>> networks() {
        return networks;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind;
    }

    /** The layout's seed: the same seed gives the same picture. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<ColourScheme> coloursProperty() {
        return colours;
    }

    public ReadOnlyObjectProperty<CodeNetwork> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Node id to position (px at zoom 1); replaced as a whole on every change. */
    public ReadOnlyObjectProperty<Map<String, Point>> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** Nodes the user placed by hand; the layouts leave them where they are. Follows the saved network. */
    public ObservableSet<String> pinned() {
        return pinnedView;
    }

    /** The nodes the network is limited to; empty shows every node its settings give. */
    public ObservableSet<String> members() {
        return membersView;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** The canvas' size, kept up to date by the view, for fitting and centring. */
    public DoubleProperty canvasWidthProperty() {
        return canvasWidth;
    }

    public DoubleProperty canvasHeightProperty() {
        return canvasHeight;
    }

    /** The node under the pointer (its neighbours are highlighted), null when none. */
    public StringProperty hoveredProperty() {
        return hovered;
    }

    public ReadOnlyStringProperty selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedEdgeProperty() {
        return selectedEdge.getReadOnlyProperty();
    }

    /** "Motivation: 63 quotations", "" when nothing is chosen. */
    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** A relation's comment, or what the chosen edge means; "" when there are passages to list. */
    public ReadOnlyStringProperty detailNoteProperty() {
        return detailNote.getReadOnlyProperty();
    }

    /** The passages behind the chosen node or edge. */
    public ObservableList<PassageCard> details() {
        return details;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return window.computingProperty();
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return window.problemProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return window.messageProperty();
    }

    public void tell(String text) {
        window.tell(text);
    }

    AnalysisWindowModel<Built> window() {
        return window;
    }

    /** The picture shown, the same the SVG and PNG exports write; null when there is nothing to draw. */
    public ReadOnlyObjectProperty<NetworkDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The viewport in the drawing's coordinates (the drawing moves the picture to start at its margin). */
    public Viewport drawingViewport() {
        Viewport view = viewport.get();
        return new Viewport(view.scale(), view.offsetX() - shiftX * view.scale(), view.offsetY() - shiftY * view.scale());
    }

    /**
     * How the window draws: the drawing's own rule for edge labels (relations always, the linking
     * word while there are few links, else once in a caption), so the files say what the screen does.
     */
    static DrawingOptions drawingOptions() {
        return DrawingOptions.defaults();
    }

    /** One entry of the colour legend: what a colour stands for, drawn as in the picture. */
    public record LegendEntry(String text, String fill, String stroke, NodeShape shape) {
    }

    /**
     * What the colours and shapes of the picture mean, read from the drawing itself (so the legend
     * never disagrees with it): one entry per kind of node present.
     */
    public List<LegendEntry> legend() {
        NetworkDrawing picture = drawing.get();
        if (picture == null) {
            return List.of();
        }
        Map<String, LegendEntry> entries = new LinkedHashMap<>();
        for (DrawnNode shown : picture.nodes()) {
            NetworkNode node = drawn.node(shown.id()).orElse(null);
            if (node == null) {
                continue;
            }
            String text = switch (node.kind()) {
                case CODE -> switch (colours.get()) {
                    case FIGURE -> node.central() ? lang("central category") : node.isolated()
                            ? (drawn.nodes().stream().anyMatch(n -> n.kind().cites()) ? lang("no link to a participant")
                            : lang("no link")) : lang("category");
                    case LEVEL -> CodingLevelNames.codingInText(node.level());
                    case CODE -> lang("codes in their own colours");
                };
                case PARTICIPANT -> lang("participant");
                case DOCUMENT -> lang("document");
                case PARTICIPANT_GROUP -> lang("participant group");
            };
            entries.putIfAbsent(text, new LegendEntry(text, node.isCode() && colours.get() == ColourScheme.CODE
                    ? "#FFFFFF" : shown.fill(), shown.stroke(), shown.shape()));
        }
        return List.copyOf(entries.values());
    }

    private void redraw() {
        Map<String, Point> at = positions.get();
        CodeNetwork shown = network.get();
        List<NetworkNode> placed = shown.nodes().stream().filter(node -> at.containsKey(node.id())).toList();
        if (placed.isEmpty()) {
            drawn = CodeNetwork.empty();
            drawing.set(null);
            return;
        }
        drawn = placed.size() == shown.nodes().size() ? shown : new CodeNetwork(placed, shown.edges().stream()
                .filter(edge -> at.containsKey(edge.sourceId()) && at.containsKey(edge.targetId())).toList());
        // The built-in relation types and the default linking word in the window's language; the
        // model, the command line and the exported files keep them in English (decision 0035).
        drawn = new CodeNetwork(drawn.nodes(), drawn.edges().stream().map(edge -> new NetworkEdge(edge.id(),
                edge.sourceId(), edge.targetId(), edge.kind(), edge.weight(), RelationTypeNames.ofEnglish(edge.label()),
                edge.directed(), edge.relationId())).toList());
        NetworkDrawing picture = NetworkDrawings.of(drawn, new NetworkLayout(at), colours.get(), drawingOptions());
        DrawnNode first = picture.nodes().get(0);
        Point origin = at.get(first.id());
        shiftX = first.x() - origin.x();
        shiftY = first.y() - origin.y();
        drawing.set(picture);
    }

    /**
     * Exports exactly the picture shown (the nodes, places, colours and labels of the drawing) as
     * PNG (twice the screen's resolution, sharp in a paper), SVG with real text, GraphML or GEXF.
     *
     * @return the file chosen, empty when there was nothing to export or the user cancelled
     */
    public Optional<Path> export(NetworkFormat format) {
        NetworkDrawing picture = drawing.get();
        if (picture == null) {
            return Optional.empty();
        }
        CodeNetwork exported = drawn;
        Optional<Path> folder = workspace.session().flatMap(ProjectSession::file).map(Path::toAbsolutePath)
                .map(Path::getParent);
        String base = (window.studyName("network") + " " + name.get()).strip().replaceAll("[\\\\/:*?\"<>|]", " ")
                .replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
        String extension = format.extension();
        FileChooserSpec spec = new FileChooserSpec(lang("Export the network as %0", extension.toUpperCase(Locale.ROOT)),
                folder, base + "." + extension, List.of(new FileChooserSpec.FileFilter(
                        extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", List.of(extension))));
        Optional<Path> chosen = editor.dialogs().showSaveDialog(spec).map(file ->
                NetworkFormat.ofFileName(file.getFileName().toString()).filter(named -> named == format).isPresent()
                        ? file : file.resolveSibling(file.getFileName() + "." + extension));
        chosen.ifPresent(file -> {
            tell(lang("Saving %0…", file.getFileName()));
            BackgroundTask.wrap(lang("Exporting the network"), progress -> {
                NetworkFiles.write(file, format, exported, picture, format == NetworkFormat.PNG ? PNG_SCALE : 1);
                return file;
            }).onSuccess(written -> tell(lang("Saved %0", written.getFileName())))
                    .onFailure(failure -> {
                        tell("");
                        editor.dialogs().showError(lang("Export failed"), lang("Grounded could not write the network to %0:", file)
                                + "\n" + failure.getMessage(), failure);
                    }).executeWith(executor);
        });
        return chosen;
    }

    // ---- saved networks -----------------------------------------------------------------------------------

    private Optional<SavedNetwork> currentNetwork() {
        UUID id = current.get();
        return id == null ? Optional.empty() : workspace.project().flatMap(project -> project.network(id));
    }

    /**
     * Starts a network: asks for its name and shows study A's Figure 1 (every code and participant,
     * participant links and relations, participants around the codes they cite).
     *
     * @return false when the user cancelled or the project cannot be changed
     */
    public boolean newNetwork() {
        Project project = workspace.project().orElse(null);
        if (project == null || !editor.canEdit()) {
            return false;
        }
        Optional<String> chosen = editor.dialogs().askText(lang("New network"), lang("Name of the network:"),
                freeName(project, lang("Figure 1")));
        if (chosen.isEmpty() || chosen.get().isBlank()) {
            return false;
        }
        String wanted = chosen.get().strip();
        boolean made = editor.performAlways(lang("Cannot make the network"), p -> NetworkEdits.create(p, wanted,
                NetworkSettings.figureOne(), ColourScheme.FIGURE, List.of()));
        if (!made) {
            return false;
        }
        project.networks().stream().filter(n -> n.name().equalsIgnoreCase(wanted)).findFirst()
                .ifPresent(created -> open(created.id(), LayoutKind.FIGURE));
        return true;
    }

    /**
     * Opens a saved network: the only one at once, else the one the user picks; with none saved
     * it offers to make one.
     *
     * @return false when there is nothing to show
     */
    public boolean openNetwork() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            return false;
        }
        List<SavedNetwork> saved = project.networks().stream()
                .sorted(java.util.Comparator.comparing(n -> n.name().toLowerCase(Locale.ROOT))).toList();
        if (saved.isEmpty()) {
            return newNetwork();
        }
        if (saved.size() == 1) {
            open(saved.get(0).id(), layoutKind.get());
            return true;
        }
        Optional<SavedNetwork> picked = editor.dialogs().pick(lang("Open network"), lang("Which network?"), saved,
                SavedNetwork::name);
        picked.ifPresent(network -> open(network.id(), layoutKind.get()));
        return picked.isPresent();
    }

    /** Shows a saved network (from the window's chooser). */
    public void open(UUID networkId) {
        open(networkId, layoutKind.get());
    }

    private void open(UUID networkId, LayoutKind kind) {
        if (Objects.equals(current.get(), networkId)) {
            return;
        }
        stopLayout();
        quietly(() -> layoutKind.set(kind));
        current.set(networkId);
        positions.set(Map.of());
        autoPlaced.clear();
        saved = Map.of();
        network.set(CodeNetwork.empty());
        lastRequest = null;
        fitWhenLaidOut = true;
        clearSelection();
        sync();
    }

    /** Renames the shown network (asks for the name). */
    public void rename() {
        currentNetwork().ifPresent(shown -> editor.dialogs().askText(lang("Rename network"), lang("New name of the network:"),
                shown.name()).ifPresent(newName -> editor.perform(lang("Cannot rename the network"),
                        p -> NetworkEdits.rename(p, shown.id(), newName))));
    }

    /** Deletes the shown network after asking (it can be undone). */
    public void delete() {
        currentNetwork().ifPresent(shown -> {
            if (editor.dialogs().confirm(lang("Delete network"),
                    lang("Delete the network \"%0\"? Its codes and participants stay in the project.", shown.name()),
                    lang("Delete"), lang("Cancel"))) {
                editor.performAlways(lang("Cannot delete the network"), p -> NetworkEdits.delete(p, shown.id()));
            }
        });
    }

    private static String freeName(Project project, String base) {
        Set<String> taken = new HashSet<>();
        project.networks().forEach(n -> taken.add(n.name().toLowerCase(Locale.ROOT)));
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }

    private void projectChanged() {
        stopLayout();
        current.set(null);
        positions.set(Map.of());
        autoPlaced.clear();
        saved = Map.of();
        lastRequest = null;
        network.set(CodeNetwork.empty());
        fitWhenLaidOut = true;
        clearSelection();
        sync();
    }

    /** Brings the window in step with the saved network after any edit (an undo included). */
    private void sync() {
        List<Choice<UUID>> names = workspace.project().map(project -> project.networks().stream()
                .sorted(java.util.Comparator.comparing(n -> n.name().toLowerCase(Locale.ROOT)))
                .map(n -> new Choice<>(n.id(), n.name())).toList()).orElse(List.of());
        if (!networks.equals(names)) {
            networks.setAll(names);
        }
        Optional<SavedNetwork> shown = currentNetwork();
        if (shown.isEmpty()) {
            if (current.get() != null) {
                current.set(null);
                stopLayout();
                network.set(CodeNetwork.empty());
                positions.set(Map.of());
                clearSelection();
            }
            name.set("");
            lastRequest = null;
            window.optionsChanged();
            return;
        }
        SavedNetwork savedNetwork = shown.get();
        quietly(() -> {
            options.show(SavedNetworkRequests.from(savedNetwork.settings()));
            colours.set(savedNetwork.colourScheme());
            Set<String> memberIds = ids(savedNetwork.memberIds());
            if (!members.equals(memberIds)) {
                members.clear();
                members.addAll(memberIds);
            }
            Set<String> pins = ids(savedNetwork.pinned());
            if (!pinned.equals(pins)) {
                pinned.clear();
                pinned.addAll(pins);
            }
        });
        name.set(savedNetwork.name());
        saved = SavedLayouts.start(savedNetwork).positions();
        NetworkRequest request = SavedNetworkRequests.from(savedNetwork);
        if (!request.equals(lastRequest)) {
            lastRequest = request;
            window.optionsChanged();
        }
        placeNodes();
    }

    private static Set<String> ids(java.util.Collection<UUID> uuids) {
        Set<String> result = new LinkedHashSet<>();
        uuids.forEach(id -> result.add(id.toString()));
        return result;
    }

    private void optionsEdited() {
        if (syncing) {
            return;
        }
        Optional<SavedNetwork> shown = currentNetwork();
        if (shown.isEmpty()) {
            return;
        }
        NetworkSettings settings;
        try {
            settings = SavedNetworkRequests.settingsOf(options.request(Set.of()));
        } catch (IllegalArgumentException e) {
            tell(e.getMessage());
            sync();
            return;
        }
        if (!editor.perform(lang("Cannot change the network"),
                p -> NetworkEdits.changeSettings(p, shown.get().id(), settings))) {
            sync();
        }
    }

    private void coloursEdited() {
        if (syncing) {
            return;
        }
        currentNetwork().ifPresent(shown -> {
            if (!editor.perform(lang("Cannot colour the network"),
                    p -> NetworkEdits.changeColours(p, shown.id(), colours.get()))) {
                sync();
            }
        });
    }

    // ---- building and laying out ----------------------------------------------------------------

    private void show(Recomputation.Computed<Built> computed) {
        if (computed == null) {
            stopLayout();
            network.set(CodeNetwork.empty());
            positions.set(Map.of());
            clearSelection();
            return;
        }
        network.set(computed.value().network());
        placeNodes();
        refreshSelection();
    }

    /**
     * Puts each node where the saved network keeps it; a node it does not place keeps the place
     * an automatic layout found, and the nodes that have no place yet are laid out around the
     * others (which stay put). Automatic places are not saved: they follow from the layout and its
     * seed; a re-layout and a drag are saved.
     */
    private void placeNodes() {
        CodeNetwork shown = network.get();
        Map<String, Point> next = new LinkedHashMap<>();
        boolean missing = false;
        for (NetworkNode node : shown.nodes()) {
            Point kept = saved.get(node.id());
            if (kept != null) {
                next.put(node.id(), kept);
                autoPlaced.remove(node.id());
            } else if (autoPlaced.contains(node.id()) && positions.get().containsKey(node.id())) {
                next.put(node.id(), positions.get().get(node.id()));
            } else {
                missing = true;
            }
        }
        if (!next.equals(positions.get())) {
            positions.set(Map.copyOf(next));
        }
        if (missing && !layingOut.get()) {
            startLayout(new NetworkLayout(next), Set.copyOf(next.keySet()), false);
        }
    }

    /** Lays the network out afresh (the seed decides); only the pinned nodes stay. The result is saved. */
    public void relayout() {
        if (network.get().nodes().isEmpty() || current.get() == null) {
            return;
        }
        Map<String, Point> start = new LinkedHashMap<>();
        for (String id : pinned) {
            Point at = positions.get().get(id);
            if (at != null) {
                start.put(id, at);
            }
        }
        // A new layout can land anywhere on the plane: show all of it when it is done.
        fitWhenLaidOut = true;
        startLayout(new NetworkLayout(start), Set.copyOf(start.keySet()), true);
    }

    private void startLayout(NetworkLayout start, Set<String> still, boolean keep) {
        CodeNetwork laidOut = network.get();
        LayoutKind kind = layoutKind.get();
        long chosenSeed = seed.get();
        UUID networkId = current.get();
        layingOut.set(true);
        animation.start(() -> Layouts.start(laidOut, kind, chosenSeed, start, still),
                frame -> {
                    showLaidOut(frame);
                    if (fitWhenLaidOut) {
                        fit();
                    }
                },
                done -> {
                    layingOut.set(false);
                    showLaidOut(done);
                    if (fitWhenLaidOut) {
                        fit();
                        fitWhenLaidOut = false;
                    }
                    if (keep && Objects.equals(networkId, current.get())) {
                        editor.perform(lang("Cannot keep the layout"), p -> NetworkEdits.placeNodes(p, networkId,
                                SavedLayouts.positions(done)));
                    }
                    placeNodes();
                },
                failure -> {
                    layingOut.set(false);
                    tell(lang("The layout failed: %0", failure.getMessage()));
                });
    }

    private void showLaidOut(NetworkLayout layout) {
        for (String id : layout.positions().keySet()) {
            if (!saved.containsKey(id)) {
                autoPlaced.add(id);
            }
        }
        positions.set(Map.copyOf(layout.positions()));
    }

    /** Stops the layout where it is (the nodes stay in their current places). */
    public void stopLayout() {
        animation.stop();
        layingOut.set(false);
    }

    // ---- viewport ---------------------------------------------------------------------------------

    /** The nodes as circles in network coordinates, in painting order. */
    public List<Viewport.Circle> circles() {
        Map<String, Point> at = positions.get();
        List<Viewport.Circle> circles = new ArrayList<>(network.get().nodes().size());
        for (NetworkNode node : network.get().nodes()) {
            Point point = at.get(node.id());
            if (point != null) {
                circles.add(new Viewport.Circle(node.id(), point.x(), point.y(), node.radius()));
            }
        }
        return circles;
    }

    /** Shows the whole network in the canvas. */
    public void fit() {
        viewport.set(Viewport.fit(circles(), canvasWidth.get(), canvasHeight.get(), FIT_MARGIN));
    }

    /** Zooms by a factor around the canvas' centre (the keyboard's + and −). */
    public void zoom(double factor) {
        viewport.set(viewport.get().zoomedAround(canvasWidth.get() / 2, canvasHeight.get() / 2, factor));
    }

    /** Zooms around the pointer (the scroll wheel). */
    public void zoomAround(double screenX, double screenY, double factor) {
        viewport.set(viewport.get().zoomedAround(screenX, screenY, factor));
    }

    public void pan(double dx, double dy) {
        viewport.set(viewport.get().panned(dx, dy));
    }

    /** The node at a canvas point, if any. */
    public Optional<NetworkNode> nodeAt(double screenX, double screenY) {
        Point world = viewport.get().toWorld(screenX, screenY);
        return NetworkHits.nodeAt(circles(), world).flatMap(circle -> network.get().node(circle.id()));
    }

    /** The edge at a canvas point (within a few screen pixels of its line), if no node is there. */
    public Optional<NetworkEdge> edgeAt(double screenX, double screenY) {
        if (nodeAt(screenX, screenY).isPresent()) {
            return Optional.empty();
        }
        Viewport view = viewport.get();
        return NetworkHits.edgeAt(network.get().edges(), positions.get(), view.toWorld(screenX, screenY),
                NetworkHits.EDGE_TOLERANCE / view.scale());
    }

    /** The hover tooltip: name, kind, citations and degree. */
    public String tooltip(NetworkNode node) {
        String kind = switch (node.kind()) {
            case CODE -> (node.central() ? lang("central code, %0", CodingLevelNames.codingInText(node.level()))
                    : lang("code, %0", CodingLevelNames.codingInText(node.level())))
                    + (node.isolated() ? ", " + lang("no link to a participant") : "");
            case PARTICIPANT -> lang("participant");
            case DOCUMENT -> lang("document");
            case PARTICIPANT_GROUP -> lang("participant group");
        };
        return node.label() + "\n" + kind + "\n"
                + (node.citations() == 1 ? lang("%0 citation", node.citations()) : lang("%0 citations", node.citations()))
                + " · " + lang("degree %0", node.degree())
                + (pinned.contains(node.id()) ? "\n" + lang("pinned (right-click to unpin)") : "");
    }

    /** The hover tooltip of an edge: what it joins and its weight. */
    public String edgeTooltip(NetworkEdge edge) {
        CodeNetwork shown = network.get();
        String source = shown.node(edge.sourceId()).map(NetworkNode::label).orElse("?");
        String target = shown.node(edge.targetId()).map(NetworkNode::label).orElse("?");
        return switch (edge.kind()) {
            case COOCCURRENCE -> source + " × " + target + "\n" + lang("co-occur: %0",
                    options.weightProperty().get() == CooccurrenceWeight.COUNT
                    ? (Math.round(edge.weight()) == 1 ? lang("%0 time", Math.round(edge.weight()))
                            : lang("%0 times", Math.round(edge.weight())))
                    : "c = " + Figures.twoPlaces(edge.weight())) // NON-NLS: the coefficient's symbol
                    + "\n" + lang("Click to read the overlapping passages");
            case PARTICIPANT_LINK -> source + " " + edge.label() + " " + target + "\n"
                    + (Math.round(edge.weight()) == 1 ? lang("%0 citation", Math.round(edge.weight()))
                            : lang("%0 citations", Math.round(edge.weight())))
                    + "\n" + lang("Click to read them");
            case RELATION -> source + (edge.directed() ? " — " + edge.label() + " → " : " — " + edge.label() + " — ")
                    + target + "\n" + lang("Click to read the relation's comment");
            case HIERARCHY -> lang("%0 is a sub-code of %1", source, target);
        };
    }

    // ---- finding and choosing -----------------------------------------------------------------------

    /**
     * Finds a node by name (a name that starts with the text first, then one that contains it),
     * selects it and brings it to the centre of the canvas.
     */
    public Optional<NetworkNode> find(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<NetworkNode> nodes = network.get().nodes();
        Optional<NetworkNode> found = nodes.stream()
                .filter(node -> node.label().toLowerCase(Locale.ROOT).startsWith(wanted)).findFirst()
                .or(() -> nodes.stream().filter(node -> node.label().toLowerCase(Locale.ROOT).contains(wanted))
                        .findFirst());
        if (found.isEmpty()) {
            tell(lang("No node named \"%0\" in this network", text.strip()));
            return found;
        }
        Point at = positions.get().get(found.get().id());
        if (at != null) {
            viewport.set(viewport.get().centredOn(at, canvasWidth.get(), canvasHeight.get()));
        }
        selectNode(found.get().id());
        return found;
    }

    /** Shows a node's quotations in the side list. */
    public void selectNode(String id) {
        selectedEdge.set(null);
        selectedNode.set(id);
        drillDown();
    }

    /** Shows what lies behind an edge in the side list. */
    public void selectEdge(String id) {
        selectedNode.set(null);
        selectedEdge.set(id);
        drillDown();
    }

    public void clearSelection() {
        selectedNode.set(null);
        selectedEdge.set(null);
        drillDown();
    }

    private void refreshSelection() {
        CodeNetwork shown = network.get();
        if (selectedNode.get() != null && shown.node(selectedNode.get()).isEmpty()) {
            selectedNode.set(null);
        }
        if (selectedEdge.get() != null && shown.edges().stream().noneMatch(e -> e.id().equals(selectedEdge.get()))) {
            selectedEdge.set(null);
        }
        drillDown();
    }

    private void drillDown() {
        long ticket = drillDowns.next();
        Optional<Recomputation.Computed<Built>> computed = window.result();
        CodeNetwork shown = network.get();
        Optional<NetworkNode> node = Optional.ofNullable(selectedNode.get()).flatMap(shown::node);
        Optional<NetworkEdge> edge = Optional.ofNullable(selectedEdge.get()).flatMap(id ->
                shown.edges().stream().filter(e -> e.id().equals(id)).findFirst());
        if (computed.isEmpty() || node.isEmpty() && edge.isEmpty()) {
            detailTitle.set("");
            detailNote.set("");
            details.clear();
            return;
        }
        NetworkDetails reader = new NetworkDetails(computed.get().project(), computed.get().value().network());
        BackgroundTask.wrap(lang("Finding the passages"), progress -> node.isPresent() ? reader.ofNode(node.get())
                : reader.ofEdge(edge.get())).onSuccess(detail -> {
                    if (drillDowns.isCurrent(ticket)) {
                        detailTitle.set(detail.title());
                        detailNote.set(detail.note());
                        details.setAll(detail.cards());
                    }
                }).onFailure(failure -> {
                    if (drillDowns.isCurrent(ticket)) {
                        details.clear();
                        tell(lang("Could not list the passages: %0", failure.getMessage()));
                    }
                }).executeWith(executor);
    }

    /** Shows a passage of the side list in the main window's transcript. */
    public void open(PassageCard card) {
        window.open(card, lang("That quotation has been changed or removed since the network was built."));
    }

    // ---- dragging ------------------------------------------------------------------------------------

    /** Moves a node while it is dragged (a running layout stops, so the two do not fight). */
    public void dragNode(String id, double screenX, double screenY) {
        if (layingOut.get()) {
            stopLayout();
        }
        Map<String, Point> moved = new LinkedHashMap<>(positions.get());
        moved.put(id, viewport.get().toWorld(screenX, screenY));
        positions.set(Map.copyOf(moved));
    }

    /**
     * Ends a drag: one edit keeps the picture as shown and pins the node where it was dropped, so
     * reopening the project shows the same picture and one undo puts the node back.
     */
    public void dropNode(String id) {
        Optional<SavedNetwork> shown = currentNetwork();
        Point at = positions.get().get(id);
        if (shown.isEmpty() || at == null) {
            return;
        }
        UUID networkId = shown.get().id();
        Map<UUID, Position> others = new LinkedHashMap<>();
        positions.get().forEach((node, point) -> {
            if (!node.equals(id)) {
                others.put(UUID.fromString(node), new Position(point.x(), point.y()));
            }
        });
        String label = network.get().node(id).map(NetworkNode::label).orElse(lang("node"));
        List<Function<Project, Optional<EntityEdit>>> steps = List.of(
                p -> NetworkEdits.placeNodes(p, networkId, others),
                p -> NetworkEdits.moveNodes(p, networkId, Map.of(UUID.fromString(id), new Position(at.x(), at.y()))));
        if (editor.performAll(EditName.of("Move %0 in network %1", label, shown.get().name()), lang("Cannot move the node"), steps)) {
            tell(lang("Pinned %0 where you dropped it; Re-layout leaves it there", label));
        } else {
            placeNodes();
        }
    }

    public void unpin(String id) {
        currentNetwork().ifPresent(shown -> editor.perform(lang("Cannot unpin the node"),
                p -> NetworkEdits.unpin(p, shown.id(), List.of(UUID.fromString(id)))));
    }

    // ---- relations and growing -------------------------------------------------------------------------

    /**
     * Relates two codes (Alt+drag from one to the other): asks how, then makes the relation through
     * the undo stack, and shows relations if they were hidden.
     */
    public boolean relate(String sourceId, String targetId) {
        Optional<NetworkNode> source = network.get().node(sourceId);
        Optional<NetworkNode> target = network.get().node(targetId);
        if (source.isEmpty() || target.isEmpty() || !source.get().isCode() || !target.get().isCode()
                || sourceId.equals(targetId)) {
            tell(lang("A relation joins two different codes: Alt+drag from one code onto another"));
            return false;
        }
        Project project = workspace.project().orElse(null);
        if (project == null || !editor.canEdit()) {
            return false;
        }
        List<RelationType> types = List.copyOf(project.relationTypes());
        Optional<RelationType> type = editor.dialogs().pick(lang("New relation"),
                lang("How does %0 relate to %1?", source.get().label(), target.get().label()), types,
                RelationTypeNames::of);
        if (type.isEmpty()) {
            return false;
        }
        UUID from = UUID.fromString(sourceId);
        UUID to = UUID.fromString(targetId);
        boolean made = editor.performAlways(lang("Cannot relate the codes"),
                p -> RelationEdits.relate(p, from, type.get().id(), to));
        if (made) {
            tell(source.get().label() + " " + RelationTypeNames.of(type.get()) + " " + target.get().label());
            if (!options.relationsProperty().get()) {
                options.relationsProperty().set(true);
            }
        }
        return made;
    }

    /**
     * Adds the nodes a way of growing finds around a node (switching on the edges or nodes it
     * needs), in one edit. A network showing everything first becomes one of chosen nodes.
     */
    public void grow(String nodeId, Growth how) {
        Project project = workspace.project().orElse(null);
        Optional<SavedNetwork> shownNetwork = currentNetwork();
        if (project == null || shownNetwork.isEmpty()) {
            return;
        }
        UUID networkId = shownNetwork.get().id();
        NetworkRequest settings = SavedNetworkRequests.from(shownNetwork.get().settings());
        Project copy = coders.filter().applyTo(project.copy());
        List<String> shown = network.get().nodes().stream().map(NetworkNode::id).toList();
        BackgroundTask.wrap(lang("Growing the network"), progress -> how.around(copy, settings, nodeId)).onSuccess(found -> {
            Set<String> added = new LinkedHashSet<>(found);
            shown.forEach(added::remove);
            String label = network.get().node(nodeId).map(NetworkNode::label).orElse(lang("the node"));
            if (added.isEmpty()) {
                tell(found.isEmpty() ? lang("Nothing to add: nothing is linked to %0", label)
                        : lang("Nothing to add: everything linked to %0 is shown", label));
                return;
            }
            NetworkSettings needed = SavedNetworkRequests.settingsOf(how.request(settings));
            List<UUID> next = new ArrayList<>();
            shown.forEach(id -> next.add(UUID.fromString(id)));
            added.forEach(id -> next.add(UUID.fromString(id)));
            boolean grew = editor.performAll(EditName.of("%0 of %1", how.labelName(), label), lang("Cannot grow the network"), List.of(
                    p -> NetworkEdits.changeSettings(p, networkId, needed),
                    p -> NetworkEdits.showOnly(p, networkId, next)));
            if (grew) {
                tell(added.size() == 1 ? lang("Added %0 node around %1", added.size(), label)
                        : lang("Added %0 nodes around %1", added.size(), label));
            }
        }).onFailure(failure -> tell(lang("Could not grow the network: %0", failure.getMessage()))).executeWith(executor);
    }

    /** Keeps only a node and its neighbours. */
    public void focus(String nodeId) {
        List<UUID> next = new ArrayList<>();
        next.add(UUID.fromString(nodeId));
        network.get().neighbours(nodeId).forEach(node -> next.add(UUID.fromString(node.id())));
        currentNetwork().ifPresent(shown -> editor.perform(lang("Cannot narrow the network"),
                p -> NetworkEdits.showOnly(p, shown.id(), next)));
    }

    /** Takes a node out of the network (it stays in the project). */
    public void hide(String nodeId) {
        List<UUID> shownIds = network.get().nodes().stream().map(node -> UUID.fromString(node.id())).toList();
        currentNetwork().ifPresent(shown -> editor.perform(lang("Cannot hide the node"),
                p -> NetworkEdits.removeMembers(p, shown.id(), shownIds, List.of(UUID.fromString(nodeId)))));
    }

    /** Shows every node the settings give again. */
    public void showAll() {
        currentNetwork().ifPresent(shown -> editor.perform(lang("Cannot show all nodes"),
                p -> NetworkEdits.showOnly(p, shown.id(), List.of())));
    }
}
