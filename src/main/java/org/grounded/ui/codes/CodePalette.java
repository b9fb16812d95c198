package org.grounded.ui.codes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grounded.model.Code;
import org.grounded.model.Project;

/**
 * The colours offered for codes: sixteen that stay apart from each other as a light highlight
 * behind black text and as a bracket in the margin. A new code takes the colour fewest codes have,
 * so a codebook built by quick coding is not a sea of grey.
 */
public final class CodePalette {

    /** A colour with the name shown in menus. */
    public record Swatch(String name, String colour) {
    }

    public static final List<Swatch> SWATCHES = List.of(
            new Swatch("Red", "#D1495B"), new Swatch("Orange", "#EE8434"), new Swatch("Amber", "#EDAE49"),
            new Swatch("Olive", "#8C9A3B"), new Swatch("Green", "#3F9E5A"), new Swatch("Teal", "#2A9D8F"),
            new Swatch("Cyan", "#3AA6C9"), new Swatch("Blue", "#3D6FB6"), new Swatch("Indigo", "#5B5BA8"),
            new Swatch("Purple", "#8E5AA8"), new Swatch("Magenta", "#C2569B"), new Swatch("Pink", "#E58FA8"),
            new Swatch("Brown", "#8D5B3E"), new Swatch("Sand", "#C2A878"), new Swatch("Slate", "#5F7482"),
            new Swatch("Grey", Code.DEFAULT_COLOUR));

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
