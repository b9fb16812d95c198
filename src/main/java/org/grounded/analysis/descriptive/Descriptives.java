package org.grounded.analysis.descriptive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * Descriptive statistics of the participants (study A's Table 4): for each participant
 * attribute, frequencies and percentages of category and text values, n, mean, median, minimum,
 * maximum and sample standard deviation of numbers, and the earliest, median and latest dates;
 * for all participants and, if asked, for each group or each value of another attribute.
 */
public final class Descriptives {

    /** The heading of the part that holds every participant. */
    public static final String ALL_PARTICIPANTS = "All participants";
    /** The part of participants in no participant group. */
    public static final String NO_GROUP = "(no group)";

    private Descriptives() {
    }

    /**
     * @throws IllegalArgumentException when the request splits by an attribute the project lacks
     */
    public static ParticipantDescriptives ofParticipants(Project project, DescriptivesRequest request) {
        Map<String, List<Participant>> parts = parts(project, request);
        Optional<AttributeDefinition> splitAttribute = request.split() == SplitKind.ATTRIBUTE
                ? Optional.of(ParticipantAttributes.named(project, request.attributeName())) : Optional.empty();
        List<AttributeDescription> descriptions = new ArrayList<>();
        for (AttributeDefinition attribute : ParticipantAttributes.all(project)) {
            if (splitAttribute.map(split -> split.name().equalsIgnoreCase(attribute.name())).orElse(false)) {
                continue;
            }
            List<String> values = ParticipantAttributes.orderedLabels(attribute, project.participants());
            List<Summary> summaries = new ArrayList<>();
            parts.values().forEach(members -> summaries.add(summary(attribute, values, members)));
            descriptions.add(new AttributeDescription(attribute, summaries));
        }
        return new ParticipantDescriptives(request, List.copyOf(parts.keySet()), descriptions);
    }

    private static Map<String, List<Participant>> parts(Project project, DescriptivesRequest request) {
        List<Participant> everyone = List.copyOf(project.participants());
        Map<String, List<Participant>> parts = new LinkedHashMap<>();
        parts.put(ALL_PARTICIPANTS, everyone);
        switch (request.split()) {
            case NONE -> {
            }
            case PARTICIPANT_GROUP -> {
                List<Group> groups = project.groups(GroupKind.PARTICIPANT);
                for (Group group : groups) {
                    parts.put(group.name(), everyone.stream().filter(p -> group.memberIds().contains(p.id())).toList());
                }
                List<Participant> ungrouped = everyone.stream()
                        .filter(p -> groups.stream().noneMatch(group -> group.memberIds().contains(p.id()))).toList();
                if (!ungrouped.isEmpty()) {
                    parts.put(NO_GROUP, ungrouped);
                }
            }
            case ATTRIBUTE -> {
                AttributeDefinition attribute = ParticipantAttributes.named(project, request.attributeName());
                for (String label : ParticipantAttributes.orderedLabels(attribute, everyone)) {
                    parts.put(label, everyone.stream()
                            .filter(p -> ParticipantAttributes.labelOf(p, attribute).equals(label)).toList());
                }
            }
        }
        return parts;
    }

    private static Summary summary(AttributeDefinition attribute, List<String> values, List<Participant> members) {
        if (attribute.type() == AttributeType.NUMBER) {
            List<BigDecimal> numbers = new ArrayList<>();
            members.forEach(p -> ParticipantAttributes.valueOf(p, attribute)
                    .flatMap(Descriptives::number).ifPresent(numbers::add));
            return SampleStatistics.numbers(members.size(), numbers);
        }
        if (attribute.type() == AttributeType.DATE) {
            List<LocalDate> dates = new ArrayList<>();
            members.forEach(p -> ParticipantAttributes.valueOf(p, attribute)
                    .flatMap(Descriptives::date).ifPresent(dates::add));
            return SampleStatistics.dates(members.size(), dates);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        values.forEach(value -> counts.put(value, 0));
        counts.putIfAbsent(ParticipantAttributes.NO_VALUE, 0);
        members.forEach(p -> counts.merge(ParticipantAttributes.labelOf(p, attribute), 1, Integer::sum));
        List<Frequency> frequencies = new ArrayList<>();
        counts.forEach((value, count) ->
                frequencies.add(new Frequency(value, count, SampleStatistics.percent(count, members.size()))));
        return new FrequencySummary(members.size(), frequencies);
    }

    /** A value typed otherwise than its attribute (a file edited by hand) counts as missing. */
    private static Optional<BigDecimal> number(AttributeValue value) {
        return value.type() == AttributeType.NUMBER ? Optional.of(value.asNumber()) : Optional.empty();
    }

    private static Optional<LocalDate> date(AttributeValue value) {
        return value.type() == AttributeType.DATE ? Optional.of(value.asDate()) : Optional.empty();
    }
}
