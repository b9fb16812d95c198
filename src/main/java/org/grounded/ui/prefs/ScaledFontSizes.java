package org.grounded.ui.prefs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet that gives every rule of another stylesheet that sets {@code -fx-font-size} in
 * pixels the same size times a factor: the window's factor for every rule, the transcript's for the
 * transcript's text. Laid after the stylesheet it scales, it wins by order (same selectors), so the
 * application's stylesheet keeps its plain pixel sizes and the text-size preference needs no copy
 * of them.
 */
final class ScaledFontSizes {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)px");
    /** The selectors of the transcript's text, which the transcript's own size applies to. */
    private static final String TRANSCRIPT = "transcript-text";

    private ScaledFontSizes() {
    }

    /**
     * @param css        the stylesheet to scale
     * @param window     the factor for the window's text
     * @param transcript the factor for the transcript's text (already including the window's)
     */
    static String of(String css, double window, double transcript) {
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
        while (rule.find()) {
            Matcher size = FONT_SIZE.matcher(rule.group(2));
            double pixels = -1;
            while (size.find()) {
                pixels = Double.parseDouble(size.group(1));
            }
            if (pixels < 0) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                String trimmed = selector.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("@")) {
                    continue;
                }
                double factor = trimmed.contains(TRANSCRIPT) ? transcript : window;
                out.append(trimmed).append(" { -fx-font-size: ") // NON-NLS: CSS
                        .append(String.format(Locale.ROOT, "%.2f", pixels * factor)).append("px; }\n"); // NON-NLS: CSS
            }
        }
        return out.toString();
    }
}
