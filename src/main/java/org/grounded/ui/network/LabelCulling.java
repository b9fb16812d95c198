package org.grounded.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which node labels to draw so that none covers another: the most important first (the hovered
 * or chosen node, participants and central categories, then by citations), each drawn only if
 * its box is free. Zooming in makes room, so more labels appear; as Gephi's "hide overlapping
 * labels" does.
 */
final class LabelCulling {

    /** A label's box on screen and how much it matters (higher first). */
    record Box(String id, double x, double y, double width, double height, double priority) {

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /** Rough width of a line of text: about 0.56 of the font size per character in the UI font. */
    static double width(String text, double fontSize) {
        return text.length() * fontSize * 0.56;
    }

    private LabelCulling() {
    }

    /** The ids of the labels to draw. Ties keep the input order. */
    static Set<String> visible(List<Box> boxes) {
        List<Box> ordered = new ArrayList<>(boxes);
        ordered.sort(Comparator.comparingDouble(Box::priority).reversed());
        List<Box> drawn = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Box box : ordered) {
            boolean free = true;
            for (Box other : drawn) {
                if (box.overlaps(other)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                drawn.add(box);
                ids.add(box.id());
            }
        }
        return ids;
    }
}
