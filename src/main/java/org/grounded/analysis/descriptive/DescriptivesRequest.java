package org.grounded.analysis.descriptive;

import java.util.Objects;

/**
 * Which descriptive statistics of the participants to compute.
 *
 * @param attributeName the attribute to split by, for {@link SplitKind#ATTRIBUTE} only ("" otherwise)
 */
public record DescriptivesRequest(SplitKind split, String attributeName) {

    public DescriptivesRequest {
        Objects.requireNonNull(split, "split");
        attributeName = attributeName == null ? "" : attributeName.strip();
        if (split == SplitKind.ATTRIBUTE && attributeName.isEmpty()) {
            throw new IllegalArgumentException("Splitting by an attribute needs the attribute's name");
        }
    }

    /** All participants together. */
    public static DescriptivesRequest all() {
        return new DescriptivesRequest(SplitKind.NONE, "");
    }

    public static DescriptivesRequest byParticipantGroup() {
        return new DescriptivesRequest(SplitKind.PARTICIPANT_GROUP, "");
    }

    public static DescriptivesRequest byAttribute(String name) {
        return new DescriptivesRequest(SplitKind.ATTRIBUTE, name);
    }
}
