package org.grounded.export.table;

/** Whether exported counts carry the {@code *} and {@code **} marks of the largest values. */
public enum MarksDisplay {
    /** "83**": the published look; text exports then hold text, not plain integers. */
    SHOWN,
    /** Plain integers, for further computation. */
    HIDDEN
}
