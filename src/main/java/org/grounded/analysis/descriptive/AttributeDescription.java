package org.grounded.analysis.descriptive;

import java.util.List;
import java.util.Objects;
import org.grounded.model.AttributeDefinition;

/**
 * One attribute described in every part.
 *
 * @param byPart one summary per {@link ParticipantDescriptives#parts()} entry, in that order; all
 *               of one kind (frequencies for category and text attributes, numbers, or dates)
 */
public record AttributeDescription(AttributeDefinition attribute, List<Summary> byPart) {

    public AttributeDescription {
        Objects.requireNonNull(attribute, "attribute");
        byPart = List.copyOf(byPart);
    }
}
