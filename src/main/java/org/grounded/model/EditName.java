package org.grounded.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an edit is called ("Import 3 transcripts", "Apply 'Fears'"), kept as an English template
 * with {@code %0} … {@code %9} placeholders and its arguments, so that the journal and the command
 * line write the English words ({@link #english()}) while the window shows them in the user's
 * language: the template is the window's translation key (decision 0043).
 *
 * <p>An argument is a name from the study (a string, kept as typed), a number, a {@link Locale}
 * (a language, shown by its name), or another {@code EditName} (a translatable piece: "4 codes",
 * "code group"). Templates are written as literals in {@code EditName.of("…")} calls, which is
 * how the bundle checks find them.
 *
 * @param template the English text with placeholders, or {@code "%0"} for a name known only as text
 * @param args     the values of the placeholders, in order
 */
public record EditName(String template, List<Object> args) {

    private static final String AS_IS = "%0";

    public EditName {
        Objects.requireNonNull(template, "template");
        args = List.copyOf(args);
    }

    /** A name from an English template and its arguments. */
    public static EditName of(String template, Object... args) {
        return new EditName(template, Arrays.asList(args));
    }

    /** A name known only as text (read back from a journal, or given by a test); never translated. */
    public static EditName plain(String text) {
        return new EditName(AS_IS, List.of(Objects.requireNonNull(text, "text")));
    }

    /** Whether this name is text to show as it is rather than a template to translate. */
    public boolean isPlain() {
        return template.equals(AS_IS);
    }

    /** The English words, as the journal and the command line write them. */
    public String english() {
        return fill(template, this::englishOf);
    }

    /**
     * Replaces each {@code %N} of {@code text} by what {@code argument} makes of the N-th argument;
     * a placeholder without an argument stays as written.
     */
    public String fill(String text, java.util.function.Function<Object, String> argument) {
        return fill(text, args, argument);
    }

    /**
     * Replaces each {@code %N} of {@code text} by what {@code argument} makes of {@code args}' N-th
     * value (which may be null); a placeholder without an argument stays as written. The one
     * placeholder filler: the window's texts are filled by it too.
     */
    public static String fill(String text, List<?> args, java.util.function.Function<Object, String> argument) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int index = text.charAt(i + 1) - '0';
                out.append(index < args.size() ? argument.apply(args.get(index)) : "%" + index);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String englishOf(Object arg) {
        if (arg instanceof EditName name) {
            return name.english();
        }
        if (arg instanceof Locale language) {
            return language.getDisplayLanguage(Locale.ENGLISH);
        }
        return String.valueOf(arg);
    }

    @Override
    public String toString() {
        return english();
    }
}
