package org.grounded.export.network;

/**
 * How a network is drawn, beyond its colours.
 *
 * @param margin     free space around the picture, in drawing units
 * @param edgeLabels which edges carry their label (the linking word, the relation type)
 */
public record DrawingOptions(double margin, EdgeLabels edgeLabels) {

    /** Which edge labels are drawn. */
    public enum EdgeLabels {
        /**
         * Relations always; the linking word on each participant link while there are few of them
         * (study A's Figure 1 names each link), else once in a caption: on two hundred links it
         * would only hide the picture.
         */
        AUTO,
        /** Every labelled edge. */
        ALL,
        /** Only named relations: in a crowded network the linking word repeats on every participant link. */
        RELATIONS,
        NONE
    }

    public DrawingOptions {
        if (!Double.isFinite(margin) || margin < 0) {
            throw new IllegalArgumentException("The margin must be 0 or more, not " + margin);
        }
        edgeLabels = edgeLabels == null ? EdgeLabels.AUTO : edgeLabels;
    }

    public static DrawingOptions defaults() {
        return new DrawingOptions(24, EdgeLabels.AUTO);
    }
}
