package org.grounded.analysis.network;

/** The one rule for how big a node is drawn and how much room the layouts give it. */
public final class NetworkSizes {

    /** The radius of a node without citations, px at zoom 1. */
    public static final double MIN_RADIUS = 8;
    /** The largest radius, so one heavy node does not cover the picture. */
    public static final double MAX_RADIUS = 40;

    private NetworkSizes() {
    }

    /** Area proportional to citations: MIN_RADIUS + 2.5 √citations, at most MAX_RADIUS. */
    public static double radius(int citations) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + 2.5 * Math.sqrt(Math.max(0, citations)));
    }
}
