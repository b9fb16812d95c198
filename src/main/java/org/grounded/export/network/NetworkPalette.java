package org.grounded.export.network;

import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.model.CodingLevel;
import org.grounded.model.ColourScheme;

/** The colours of a network drawing, per colour scheme: one place, so screen and files agree. */
final class NetworkPalette {

    static final String TEXT = "#212121";
    static final String BORDER = "#424242";
    /** Study A's Figure 1: central categories yellow, participants blue, the other categories light. */
    static final String FIGURE_CENTRAL = "#FFD54F";
    static final String FIGURE_PARTICIPANT = "#64B5F6";
    static final String FIGURE_CATEGORY = "#E8EEF2";
    static final String FIGURE_ISOLATED = "#FFFFFF";
    static final String PARTICIPANT = "#4E79A7";
    static final String DOCUMENT = "#BAB0AC";
    static final String PARTICIPANT_GROUP = "#B07AA1";
    static final String OPEN = "#C7E9C0";
    static final String AXIAL = "#FDAE6B";
    static final String SELECTIVE = "#E15759";

    private NetworkPalette() {
    }

    static String fill(NetworkNode node, ColourScheme scheme) {
        if (!node.isCode()) {
            return switch (node.kind()) {
                case PARTICIPANT -> scheme == ColourScheme.FIGURE ? FIGURE_PARTICIPANT : PARTICIPANT;
                case DOCUMENT -> DOCUMENT;
                default -> PARTICIPANT_GROUP;
            };
        }
        return switch (scheme) {
            case CODE -> node.colour() == null ? "#9E9E9E" : node.colour().toUpperCase(java.util.Locale.ROOT);
            case LEVEL -> levelColour(node.level());
            case FIGURE -> node.central() ? FIGURE_CENTRAL : node.isolated() ? FIGURE_ISOLATED : FIGURE_CATEGORY;
        };
    }

    private static String levelColour(CodingLevel level) {
        if (level == null) {
            return OPEN;
        }
        return switch (level) {
            case OPEN -> OPEN;
            case AXIAL -> AXIAL;
            case SELECTIVE -> SELECTIVE;
        };
    }

    /** Isolated categories get a strong border in Figure 1 (white on white would vanish); central ones too. */
    static double strokeWidth(NetworkNode node, ColourScheme scheme) {
        if (scheme == ColourScheme.FIGURE && node.isCode() && (node.isolated() || node.central())) {
            return 2;
        }
        return 1;
    }

    static String edgeColour(EdgeKind kind) {
        return switch (kind) {
            case COOCCURRENCE -> "#90A4AE";
            case RELATION -> "#37474F";
            case PARTICIPANT_LINK -> "#A3B8CC";
            case HIERARCHY -> "#8D6E63";
        };
    }

    static String edgeLabelColour(EdgeKind kind) {
        return kind == EdgeKind.RELATION ? "#263238" : "#455A64";
    }
}
