package org.grounded.model;

/** The grounded-theory coding stage a code belongs to. */
public enum CodingLevel {
    OPEN,
    AXIAL,
    SELECTIVE;

    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
