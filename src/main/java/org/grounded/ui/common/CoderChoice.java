package org.grounded.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.CheckComboBox;
import org.grounded.analysis.CoderFilter;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * "Coders: all" — the choice of whose codings a view counts (team coding): the project's coders
 * with a tick each; none ticked means every coder. It sets a {@link CoderFilter} property of the
 * view's model and shows itself only when the project has more than one coder.
 */
public final class CoderChoice extends CheckComboBox<String> {

    private final ObjectProperty<CoderFilter> filter;
    private boolean updating;

    public CoderChoice(ObservableValue<List<String>> coders, ObjectProperty<CoderFilter> filter) {
        this.filter = filter;
        getStyleClass().add("coder-choice");
        setTooltip(new Tooltip(lang("Count only the codings of the coders ticked; none ticked counts every coder's")));
        managedProperty().bind(visibleProperty());
        getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!updating) {
                filter.set(CoderFilter.of(List.copyOf(getCheckModel().getCheckedItems())));
            }
            showTitle();
        });
        filter.addListener((observable, before, after) -> showChecks(after));
        coders.addListener((observable, before, after) -> showCoders(after));
        showCoders(coders.getValue());
    }

    private void showCoders(List<String> coders) {
        if (!getItems().equals(coders)) {
            updating = true;
            try {
                getCheckModel().clearChecks();
                getItems().setAll(coders);
            } finally {
                updating = false;
            }
            showChecks(filter.get());
            if (!filter.get().isAll() && getCheckModel().getCheckedItems().isEmpty()) {
                filter.set(CoderFilter.ALL);
            }
        }
        setVisible(coders.size() > 1 || !filter.get().isAll());
        showTitle();
    }

    /** Ticks what the filter names (set elsewhere, e.g. by a test or a restored setting). */
    private void showChecks(CoderFilter wanted) {
        List<String> ticked = new ArrayList<>(getItems().stream().filter(wanted::keeps).toList());
        if (wanted.isAll()) {
            ticked.clear();
        }
        if (ticked.equals(getCheckModel().getCheckedItems())) {
            return;
        }
        updating = true;
        try {
            getCheckModel().clearChecks();
            ticked.forEach(getCheckModel()::check);
        } finally {
            updating = false;
        }
        showTitle();
    }

    private void showTitle() {
        List<String> ticked = getCheckModel().getCheckedItems();
        setTitle(ticked.isEmpty() ? lang("Coders: all") : lang("Coders: %0", String.join(", ", ticked)));
    }
}
