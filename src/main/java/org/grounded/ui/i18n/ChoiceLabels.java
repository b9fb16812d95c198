package org.grounded.ui.i18n;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * The text a choice box or a combo box shows for each choice: its label in the window's
 * language, nothing for no choice. The boxes are chosen from, never typed into, so no text is
 * read back (a converter written out in each view said this a dozen times).
 */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    /** Shows each choice as {@code label} words it, and "" for none. */
    public static <T> StringConverter<T> of(Function<? super T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // chosen, never typed
            }
        };
    }
}
