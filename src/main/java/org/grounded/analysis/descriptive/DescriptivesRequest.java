package org.grounded.analysis.descriptive;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.grounded.analysis.AttributeBins;
import org.grounded.analysis.ParticipantAttributes;

/**
 * Which descriptive statistics of the participants to compute, and how the table shows them.
 *
 * @param attributeName the attribute to split by, for {@link SplitKind#ATTRIBUTE} only ("" otherwise)
 * @param bins          number attributes grouped into ranges, by lower-case attribute name: they
 *                      are described as categories (frequencies of their ranges)
 * @param base          what percentages are of: all participants of the part, or those who answered
 * @param percentFirst  cells as a paper's Table 4, "57.50 % (46)" (two decimals kept), instead of
 *                      "46 (57.5 %)"
 * @param missingLabel  the label of the row of participants without a value, such as "They did
 *                      not report the age"
 */
public record DescriptivesRequest(SplitKind split, String attributeName, Map<String, AttributeBins> bins,
                                  PercentBase base, boolean percentFirst, String missingLabel) {

    /** What a percentage is of. */
    public enum PercentBase {
        /** Every participant of the part, those without a value included. */
        ALL,
        /** Only the participants with a value; the missing row has a count and no percentage. */
        ANSWERED
    }

    public DescriptivesRequest {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(base, "base");
        attributeName = attributeName == null ? "" : attributeName.strip();
        if (split == SplitKind.ATTRIBUTE && attributeName.isEmpty()) {
            throw new IllegalArgumentException("Splitting by an attribute needs the attribute's name");
        }
        Map<String, AttributeBins> byName = new LinkedHashMap<>();
        (bins == null ? Map.<String, AttributeBins>of() : bins).forEach((name, value) ->
                byName.put(name.strip().toLowerCase(Locale.ROOT), value));
        bins = Map.copyOf(byName);
        missingLabel = missingLabel == null || missingLabel.isBlank() ? ParticipantAttributes.NO_VALUE
                : missingLabel.strip();
    }

    public DescriptivesRequest(SplitKind split, String attributeName) {
        this(split, attributeName, Map.of(), PercentBase.ALL, false, ParticipantAttributes.NO_VALUE);
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

    /** The same request with an attribute grouped into ranges. */
    public DescriptivesRequest withBins(String attribute, AttributeBins ranges) {
        Map<String, AttributeBins> more = new LinkedHashMap<>(bins);
        more.put(attribute.strip().toLowerCase(Locale.ROOT), ranges);
        return new DescriptivesRequest(split, attributeName, more, base, percentFirst, missingLabel);
    }

    /** The same request laid out as a paper's Table 4: "57.50 % (46)", of this base, the missing row so labelled. */
    public DescriptivesRequest asTable(PercentBase percentBase, String missingRowLabel) {
        return new DescriptivesRequest(split, attributeName, bins, percentBase, true, missingRowLabel);
    }

    /** The ranges of an attribute, when it is grouped. */
    public java.util.Optional<AttributeBins> binsOf(String attribute) {
        return java.util.Optional.ofNullable(bins.get(attribute.strip().toLowerCase(Locale.ROOT)));
    }
}
