package org.grounded.ui.codes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.ui.i18n.Localization;

import static org.grounded.ui.i18n.Localization.langKey;

/**
 * The colours offered for codes: sixteen that stay apart from each other as a light highlight
 * behind black text and as a bracket in the margin. A new code takes the colour fewest codes have,
 * so a codebook built by quick coding is not a sea of grey.
 */
public final class CodePalette {

    /** A colour with the name shown in menus. */
    public record Swatch(String name, String colour) {

        /** The colour's name in the window's language ({@code name} is its key). */
        @Override
        public String name() {
            return Localization.lang(name);
        }
    }

    public static final List<Swatch> SWATCHES = List.of(
            new Swatch(langKey("Red"), "#D1495B"), new Swatch(langKey("Orange"), "#EE8434"), new Swatch(langKey("Amber"), "#EDAE49"),
            new Swatch(langKey("Olive"), "#8C9A3B"), new Swatch(langKey("Green"), "#3F9E5A"), new Swatch(langKey("Teal"), "#2A9D8F"),
            new Swatch(langKey("Cyan"), "#3AA6C9"), new Swatch(langKey("Blue"), "#3D6FB6"), new Swatch(langKey("Indigo"), "#5B5BA8"),
            new Swatch(langKey("Purple"), "#8E5AA8"), new Swatch(langKey("Magenta"), "#C2569B"), new Swatch(langKey("Pink"), "#E58FA8"),
            new Swatch(langKey("Brown"), "#8D5B3E"), new Swatch(langKey("Sand"), "#C2A878"), new Swatch(langKey("Slate"), "#5F7482"),
            new Swatch(langKey("Grey"), Code.DEFAULT_COLOUR));

    private CodePalette() {
    }

    /** The palette colour fewest codes of the project have; the first of those on a tie. */
    public static String next(Project project) {
        Map<String, Integer> uses = new HashMap<>();
        for (Code code : project.codes()) {
            uses.merge(code.colour().toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
        String best = SWATCHES.get(0).colour();
        int fewest = Integer.MAX_VALUE;
        for (Swatch swatch : SWATCHES.subList(0, SWATCHES.size() - 1)) {
            int count = uses.getOrDefault(swatch.colour(), 0);
            if (count < fewest) {
                fewest = count;
                best = swatch.colour();
            }
        }
        return best;
    }
}
