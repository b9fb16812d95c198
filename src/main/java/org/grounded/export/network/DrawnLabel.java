package org.grounded.export.network;

import java.util.Objects;

/**
 * One line of text as painted, centred on {@code x} with its baseline at {@code y}.
 *
 * @param ownerId   the node or edge it names
 * @param fontSize  in drawing units
 * @param colour    #RRGGBB
 * @param bold      central categories and participants are named in bold
 * @param halo      painted over a white outline, so it stays readable on the edges it crosses
 */
public record DrawnLabel(String ownerId, LabelRole role, String text, double x, double y, double fontSize,
                         String colour, boolean bold, boolean halo) {

    /** What a label names. */
    public enum LabelRole {
        NODE,
        EDGE,
        /** A line under the picture saying what its edges mean, when their labels are left off. */
        CAPTION
    }

    public DrawnLabel {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colour, "colour");
    }
}
