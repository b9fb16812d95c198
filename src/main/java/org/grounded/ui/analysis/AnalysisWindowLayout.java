package org.grounded.ui.analysis;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The shape every analysis window's view shares: the result (a table, a matrix, a network) above
 * the passages behind the chosen part of it, and a status line below. A new window (network,
 * search, reports) builds its result node and calls these, so all windows look and behave alike.
 */
public final class AnalysisWindowLayout {

    /** What a window says while its result is being computed. */

    private static final PseudoClass UPDATING = PseudoClass.getPseudoClass("updating");

    private AnalysisWindowLayout() {
    }

    /**
     * The passages behind the chosen cell, under a title ({@code emptyTitle} while none is chosen);
     * double-clicking one shows it in the transcript.
     */
    public static VBox drillDown(String titleId, ObservableStringValue title, String emptyTitle, String listId,
                                 ObservableList<PassageCard> passages, String placeholder, Consumer<PassageCard> open) {
        Label heading = new Label();
        heading.setId(titleId);
        heading.getStyleClass().add("pane-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> title.get().isEmpty() ? emptyTitle : title.get(), title));
        PassageListView list = new PassageListView(passages, placeholder, open);
        list.setId(listId);
        VBox drillDown = new VBox(heading, list);
        drillDown.getStyleClass().add("drill-down");
        // Its title and a line of the hint while nothing is chosen: the table above keeps the room.
        drillDown.setMinHeight(72);
        VBox.setVgrow(list, Priority.ALWAYS);
        return drillDown;
    }

    /** The result with its legend below it (wrapped, never cut off); the result takes the height. */
    public static VBox withLegend(Node result, String legendId, ObservableStringValue legend) {
        Label label = new Label();
        label.setId(legendId);
        label.getStyleClass().add("analysis-legend");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(legend);
        VBox pane = new VBox(result, label);
        VBox.setVgrow(result, Priority.ALWAYS);
        return pane;
    }

    /** Where the divider starts: the result takes the height, the drill-down shows its title and a hint. */
    public static final double DRILL_DOWN_CLOSED = 0.86;
    /** Where the divider goes when a cell is chosen: the passages get a good third of the height. */
    public static final double DRILL_DOWN_OPEN = 0.6;

    /**
     * The result above its drill-down. The table gets the room: the drill-down starts small and
     * grows to a third of the height when {@code passages} fill (a cell was chosen), unless the
     * user already made it that big.
     */
    public static SplitPane resultAbove(Node result, Node drillDown, ObservableList<?> passages) {
        SplitPane split = new SplitPane(result, drillDown);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(DRILL_DOWN_CLOSED);
        passages.addListener((javafx.collections.ListChangeListener<Object>) change -> {
            if (!passages.isEmpty() && split.getDividerPositions()[0] > DRILL_DOWN_OPEN + 0.01) {
                split.setDividerPositions(DRILL_DOWN_OPEN);
            }
        });
        return split;
    }

    /** The result above a details pane that is always in use, its divider at {@code position}. */
    public static SplitPane resultAbove(Node result, Node details, double position) {
        SplitPane split = new SplitPane(result, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(position);
        return split;
    }

    /** What an empty result says: {@code idle} ("No table yet…"), or "Counting…" while it is being computed. */
    public static Label placeholder(String idle, ObservableBooleanValue computing) {
        return placeholder(idle, computing, new SimpleStringProperty(""));
    }

    /**
     * What an empty result says: "Counting…" while it is being computed, else the options' problem
     * when they leave nothing to count (what to do, as the status line says it), else {@code idle}.
     * "Open a project with coded quotations" over a coded project whose options chose no codes
     * would contradict what the user sees (issue 21).
     */
    public static Label placeholder(String idle, ObservableBooleanValue computing, ObservableStringValue problem) {
        Label placeholder = new Label();
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(computing).then(lang("Counting…"))
                .otherwise(Bindings.when(Bindings.isEmpty(problem)).then(idle).otherwise(problem)));
        return placeholder;
    }

    /**
     * Marks a result that is being recomputed (its {@code :updating} pseudo-class, drawn faded by
     * the stylesheet): the old result stays readable until the new one replaces it, and nobody
     * mistakes it for the new one.
     */
    public static void marksUpdating(Node result, ObservableBooleanValue computing) {
        result.pseudoClassStateChanged(UPDATING, computing.get());
        computing.addListener((observable, before, after) -> result.pseudoClassStateChanged(UPDATING, after));
    }

    /** The window's bottom line: a problem with the options, or what the last export did, and "Counting…". */
    public static StatusLine statusLine(String id, AnalysisWindowViewModel viewModel) {
        return new StatusLine(id, viewModel.problemProperty(), viewModel.messageProperty(),
                viewModel.computingProperty());
    }
}
