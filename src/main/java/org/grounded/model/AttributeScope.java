package org.grounded.model;

/** What an attribute describes. */
public enum AttributeScope {
    PARTICIPANT,
    DOCUMENT
}
