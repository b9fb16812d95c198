package org.grounded.model;

/** The kinds of value a participant or document attribute holds. */
public enum AttributeType {
    TEXT,
    NUMBER,
    DATE,
    /** One of a fixed list of values, such as a participant's role. */
    CATEGORY
}
