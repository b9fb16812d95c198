package org.grounded.ui.analysis.quotations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.ui.analysis.Choice;

/**
 * One multi-select filter of the quotations browser: what can be chosen (following the project)
 * and what is chosen. Nothing chosen does not filter. When the choices change, the values still
 * there stay chosen and the others are dropped.
 */
public final class FilterChoices<T> {

    private final String title;
    private final ObservableList<Choice<T>> choices = FXCollections.observableArrayList();
    private final ObservableList<T> chosen = FXCollections.observableArrayList();

    /** @param title the filter's name, shown with how many are chosen ("Codes (2/34)") */
    FilterChoices(String title) {
        this.title = Objects.requireNonNull(title);
    }

    public String title() {
        return title;
    }

    public ObservableList<Choice<T>> choices() {
        return choices;
    }

    /** The values chosen, in the order chosen. */
    public ObservableList<T> chosen() {
        return chosen;
    }

    /** Chooses these values (of the choices there are), replacing the earlier choice. */
    public void choose(Collection<T> values) {
        Set<T> there = choices.stream().map(Choice::value).collect(Collectors.toSet());
        List<T> kept = values.stream().filter(there::contains).distinct().toList();
        if (!kept.equals(chosen)) {
            chosen.setAll(kept);
        }
    }

    /** New choices; the values chosen that are still among them stay chosen. */
    void refresh(List<Choice<T>> latest) {
        if (!latest.equals(choices)) {
            List<T> before = new ArrayList<>(chosen);
            choices.setAll(latest);
            choose(before);
        }
    }
}
