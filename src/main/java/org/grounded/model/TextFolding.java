package org.grounded.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which typed text is compared with the study's text: lower case, without diacritics,
 * with single spaces, so "mama" finds "Mamá" and "ACOMPANAMIENTO" finds "acompañamiento". Only for
 * matching: a folded text may differ in length, so offsets never come from it.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextFolding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return WHITE_SPACE.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
