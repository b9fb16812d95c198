package org.grounded.analysis.descriptive;

import java.util.List;
import java.util.Objects;

/**
 * Descriptive statistics of the participants' attributes (study A's Table 4), computed by
 * {@link Descriptives#ofParticipants}.
 *
 * @param parts      the column headings: {@link Descriptives#ALL_PARTICIPANTS} first, then one per
 *                   group or attribute value when the request splits
 * @param attributes every participant attribute except the one split by, in declaration order
 */
public record ParticipantDescriptives(DescriptivesRequest request, List<String> parts,
                                      List<AttributeDescription> attributes) {

    public ParticipantDescriptives {
        Objects.requireNonNull(request, "request");
        parts = List.copyOf(parts);
        attributes = List.copyOf(attributes);
    }
}
