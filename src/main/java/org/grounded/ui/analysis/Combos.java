package org.grounded.ui.analysis;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.grounded.ui.i18n.ChoiceLabels;

/**
 * Combo boxes over a view model's option. The link runs both ways but ignores the empty value a
 * combo box passes through while its items are replaced, so an option never becomes null.
 */
public final class Combos {

    private Combos() {
    }

    public static <T> ComboBox<T> of(String id, ObservableList<T> items, ObjectProperty<T> option,
                                     Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setConverter(ChoiceLabels.of(label));
        combo.setValue(option.get());
        combo.valueProperty().addListener((observable, before, after) -> {
            if (after != null && !after.equals(option.get())) {
                option.set(after);
            }
        });
        option.addListener((observable, before, after) -> {
            if (after != null && !after.equals(combo.getValue())) {
                combo.setValue(after);
            }
        });
        items.addListener((javafx.collections.ListChangeListener<T>) change -> {
            if (option.get() != null && !option.get().equals(combo.getValue())) {
                combo.setValue(option.get());
            }
        });
        return combo;
    }

    /** A small caption before a control ("Columns"). */
    public static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("option-caption");
        return caption;
    }

    public static <T extends javafx.scene.control.Control> T tip(T control, String text) {
        control.setTooltip(new Tooltip(text));
        return control;
    }
}
