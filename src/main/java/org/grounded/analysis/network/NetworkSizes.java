package org.grounded.analysis.network;

/** The one rule for how big a node is drawn and how much room the layouts give it. */
public final class NetworkSizes {

    /** The radius of a node without citations, px at zoom 1. */
    public static final double MIN_RADIUS = 8;
    /** The largest radius, so one heavy node does not cover the picture. */
    public static final double MAX_RADIUS = 40;

    private NetworkSizes() {
    }

    /** The font size of a node's label grows with the node, from this… */
    public static final double SMALLEST_LABEL_FONT = 11;
    /** …to this, px. */
    public static final double LARGEST_LABEL_FONT = 16;
    /** A rough advance per character of a sans-serif font, as a share of the font size. */
    public static final double CHARACTER_WIDTH = 0.58;

    /** The font size of the label of a node of this radius. */
    public static double labelFontSize(double radius) {
        double share = (radius - MIN_RADIUS) / (MAX_RADIUS - MIN_RADIUS);
        return SMALLEST_LABEL_FONT + (LARGEST_LABEL_FONT - SMALLEST_LABEL_FONT) * Math.max(0, Math.min(1, share));
    }

    /** About how wide a node's label is drawn (bold labels a little wider), px; the layouts keep room for it. */
    public static double labelWidth(String label, double radius, boolean bold) {
        return label.length() * labelFontSize(radius) * CHARACTER_WIDTH * (bold ? 1.08 : 1);
    }

    /** Area proportional to citations: MIN_RADIUS + 2.5 √citations, at most MAX_RADIUS. */
    public static double radius(int citations) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + 2.5 * Math.sqrt(Math.max(0, citations)));
    }
}
