package org.grounded.ui.common;

import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ListView;

/**
 * Keeps a list of rows that carry ids in step with a view model's selected id, both ways, for the
 * panes that list memos, participants and relations.
 */
public final class ListSelection {

    private ListSelection() {
    }

    /**
     * Passes the user's choice of row to {@code selected}. Replacing the rows after an edit empties
     * the selection for a moment: that, and anything while {@code updating}, is not the user's.
     */
    public static <R> void follow(ListView<R> list, Function<R, UUID> idOf, ObjectProperty<UUID> selected,
                                  BooleanSupplier updating) {
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!updating.getAsBoolean() && (after != null || list.isFocused())) {
                selected.set(after == null ? null : idOf.apply(after));
            }
        });
    }

    /**
     * Selects the row with this id, or clears the selection when there is none (or the id is null).
     *
     * @return true when the selection moved to that row
     */
    public static <R> boolean select(ListView<R> list, Function<R, UUID> idOf, UUID id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (id != null && Objects.equals(idOf.apply(list.getItems().get(i)), id)) {
                if (list.getSelectionModel().getSelectedIndex() == i) {
                    return false;
                }
                list.getSelectionModel().select(i);
                return true;
            }
        }
        list.getSelectionModel().clearSelection();
        return false;
    }
}
