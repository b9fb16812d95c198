package org.grounded.ui.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an options chooser: a value and what the user reads. The entry "any", "all" or
 * "none" carries no value, so that a filter left alone reads as a choice rather than a blank.
 */
public record Choice<T>(T value, String label) {

    public Choice {
        Objects.requireNonNull(label, "label");
    }

    /** The entry without a value, such as "All documents". */
    public static <T> Choice<T> none(String label) {
        return new Choice<>(null, label);
    }

    public Optional<T> selected() {
        return Optional.ofNullable(value);
    }

    /** The entry of {@code choices} with the same value as {@code current}, else the first entry. */
    public static <T> Choice<T> sameOrFirst(List<Choice<T>> choices, Choice<T> current) {
        if (current != null) {
            for (Choice<T> choice : choices) {
                if (Objects.equals(choice.value(), current.value())) {
                    return choice;
                }
            }
        }
        return choices.get(0);
    }

    /** Combo boxes show this. */
    @Override
    public String toString() {
        return label;
    }
}
