package org.grounded.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * The participant attributes of a project, and the order in which their values become columns
 * or rows: a category attribute's values in their defined order, then any other values sorted
 * (numbers by size, dates by time, text alphabetically), then {@link #NO_VALUE} for participants
 * without one. The citations table and the descriptive statistics share this order, so a
 * researcher sees the same columns in both.
 */
public final class ParticipantAttributes {

    /** The column or row of participants who have no value for the attribute. */
    public static final String NO_VALUE = "(no value)";

    private ParticipantAttributes() {
    }

    /**
     * The participant attributes: the declared ones in declaration order, then names that only
     * appear on participants (a project edited by hand, an import), typed by their first value.
     */
    public static List<AttributeDefinition> all(Project project) {
        Map<String, AttributeDefinition> byName = new LinkedHashMap<>();
        for (AttributeDefinition definition : project.attributeDefinitions(AttributeScope.PARTICIPANT)) {
            byName.put(definition.name().toLowerCase(Locale.ROOT), definition);
        }
        for (Participant participant : project.participants()) {
            participant.attributes().forEach((name, value) -> byName.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                    key -> AttributeDefinition.of(name, value.type(), AttributeScope.PARTICIPANT)));
        }
        return List.copyOf(byName.values());
    }

    /** The most values an attribute may have to be a sensible default for "each value of" (a group, a role). */
    public static final int FEW_VALUES = 6;

    /**
     * The attribute to split the participants by when the user has not chosen one: the first with
     * two to {@link #FEW_VALUES} values (saved ranges counted as values, "no value" not), since an
     * attribute such as age, with a value per participant, gives a column of n = 1 each; the first
     * attribute when none has few values; empty when there are no attributes.
     */
    public static Optional<AttributeDefinition> splitDefault(Project project) {
        List<AttributeDefinition> attributes = all(project);
        Collection<Participant> participants = project.participants();
        return attributes.stream()
                .filter(attribute -> {
                    long values = orderedLabels(attribute, participants).stream()
                            .filter(label -> !label.equals(NO_VALUE)).count();
                    return values >= 2 && values <= FEW_VALUES;
                })
                .findFirst().or(() -> attributes.stream().findFirst());
    }

    /**
     * The attribute with this name (ignoring case).
     *
     * @throws IllegalArgumentException naming the attribute and listing the ones there are
     */
    public static AttributeDefinition named(Project project, String name) {
        List<AttributeDefinition> all = all(project);
        return all.stream().filter(definition -> definition.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no participant attribute named '" + name
                        + "'" + (all.isEmpty() ? "; the project has no participant attributes"
                        : "; the participant attributes are: "
                        + all.stream().map(AttributeDefinition::name).collect(Collectors.joining(", ")))));
    }

    /** The participant's value for the attribute, matching the name ignoring case. */
    public static Optional<AttributeValue> valueOf(Participant participant, AttributeDefinition attribute) {
        AttributeValue exact = participant.attributes().get(attribute.name());
        if (exact != null) {
            return Optional.of(exact);
        }
        return participant.attributes().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(attribute.name()))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * The label a participant falls under for this attribute: its value, the range its number
     * falls in when the attribute has saved ranges, or {@link #NO_VALUE}.
     */
    public static String labelOf(Participant participant, AttributeDefinition attribute) {
        return labelOf(participant, attribute, savedRanges(attribute));
    }

    /** The label under these ranges (none: the value itself). */
    public static String labelOf(Participant participant, AttributeDefinition attribute,
                                 Optional<AttributeBins> ranges) {
        Optional<AttributeValue> value = valueOf(participant, attribute);
        if (ranges.isEmpty()) {
            return value.map(AttributeValue::value).orElse(NO_VALUE);
        }
        return value.filter(number -> number.type() == AttributeType.NUMBER).map(AttributeValue::asNumber)
                .map(ranges.get()::labelOf).orElse(NO_VALUE);
    }

    /**
     * The ranges a number attribute's values are grouped into wherever a category is used (saved
     * with its definition); none when it has none, or when the saved text no longer reads.
     */
    public static Optional<AttributeBins> savedRanges(AttributeDefinition attribute) {
        if (!attribute.hasRanges() || attribute.type() != AttributeType.NUMBER) {
            return Optional.empty();
        }
        try {
            return Optional.of(AttributeBins.parse(attribute.ranges()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The value labels in display order: defined categories (even those no participant has),
     * then the other values the participants have, sorted, then {@link #NO_VALUE} when at least
     * one participant has no value.
     */
    public static List<String> orderedLabels(AttributeDefinition attribute, Collection<Participant> participants) {
        return orderedLabels(attribute, participants, savedRanges(attribute));
    }

    /**
     * The labels under these ranges: the ranges in order (the one under the first edge, or
     * "Other", only when a participant falls in it), then {@link #NO_VALUE} when at least one
     * participant has no number; with no ranges, the values as {@link #orderedLabels(AttributeDefinition, Collection)}.
     */
    public static List<String> orderedLabels(AttributeDefinition attribute, Collection<Participant> participants,
                                             Optional<AttributeBins> ranges) {
        if (ranges.isPresent()) {
            Set<String> used = participants.stream().map(p -> labelOf(p, attribute, ranges))
                    .collect(Collectors.toSet());
            List<String> labels = new ArrayList<>(ranges.get().labels().stream()
                    .filter(range -> !ranges.get().isOutside(range) || used.contains(range)).toList());
            if (used.contains(NO_VALUE)) {
                labels.add(NO_VALUE);
            }
            return List.copyOf(labels);
        }
        Set<String> labels = new LinkedHashSet<>(attribute.categories());
        List<AttributeValue> others = new ArrayList<>();
        boolean anyWithout = false;
        for (Participant participant : participants) {
            Optional<AttributeValue> value = valueOf(participant, attribute);
            if (value.isEmpty()) {
                anyWithout = true;
            } else if (!labels.contains(value.get().value())
                    && others.stream().noneMatch(other -> other.value().equals(value.get().value()))) {
                others.add(value.get());
            }
        }
        others.sort(VALUE_ORDER);
        others.forEach(value -> labels.add(value.value()));
        if (anyWithout) {
            labels.add(NO_VALUE);
        }
        return List.copyOf(labels);
    }

    /** Numbers by size, dates by time (ISO text sorts by time), everything else alphabetically. */
    private static final Comparator<AttributeValue> VALUE_ORDER = (a, b) -> {
        if (a.type() == AttributeType.NUMBER && b.type() == AttributeType.NUMBER) {
            int bySize = new BigDecimal(a.value()).compareTo(new BigDecimal(b.value()));
            if (bySize != 0) {
                return bySize;
            }
        }
        int byText = a.value().compareToIgnoreCase(b.value());
        return byText != 0 ? byText : a.value().compareTo(b.value());
    };
}
