package org.grounded.analysis.citations;

import org.grounded.analysis.ParticipantAttributes;

/**
 * Keeps participants whose attribute has this value (as its canonical text: "29", "2025-03-14",
 * "donor only"); {@link ParticipantAttributes#NO_VALUE} keeps those without a value. The
 * attribute name is matched ignoring case.
 */
public record AttributeCondition(String attribute, String value) {

    public AttributeCondition {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("An attribute condition needs the attribute's name");
        }
        if (value == null) {
            throw new IllegalArgumentException("An attribute condition needs a value");
        }
        attribute = attribute.strip();
    }
}
