package org.grounded.analysis.descriptive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.analysis.AttributeBins;
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
 * for all participants and, if asked, for each group or each value of another attribute. A
 * number attribute grouped into ranges ({@link AttributeBins}) is described by the frequencies
 * of its ranges, and percentages are of all participants or, if asked, of those who answered.
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
            List<String> values = labels(attribute, project.participants(), request);
            Function<Participant, String> label = labeler(attribute, request);
            List<Summary> summaries = new ArrayList<>();
            parts.values().forEach(members -> summaries.add(summary(attribute, values, members, label, request)));
            descriptions.add(new AttributeDescription(attribute, summaries));
        }
        return new ParticipantDescriptives(request, List.copyOf(parts.keySet()), descriptions);
    }

    private static void checkBins(Project project, DescriptivesRequest request) {
        for (String name : request.bins().keySet()) {
            AttributeDefinition attribute = ParticipantAttributes.named(project, name);
            if (attribute.type() != AttributeType.NUMBER) {
                throw new IllegalArgumentException("'" + attribute.name() + "' is not a number attribute; only numbers "
                        + "are grouped into ranges");
            }
        }
    }

    /** The labels of an attribute in order: its values, or its ranges when grouped. */
    private static List<String> labels(AttributeDefinition attribute, java.util.Collection<Participant> participants,
                                       DescriptivesRequest request) {
        return ParticipantAttributes.orderedLabels(attribute, participants, ranges(attribute, request));
    }

    /** The label a participant falls under: the value, its range, or (no value). */
    private static Function<Participant, String> labeler(AttributeDefinition attribute, DescriptivesRequest request) {
        Optional<AttributeBins> ranges = ranges(attribute, request);
        return participant -> ParticipantAttributes.labelOf(participant, attribute, ranges);
    }

    /** The ranges asked for in the request, else those saved with the attribute. */
    private static Optional<AttributeBins> ranges(AttributeDefinition attribute, DescriptivesRequest request) {
        return request.binsOf(attribute.name()).or(() -> ParticipantAttributes.savedRanges(attribute));
    }

    private static Map<String, List<Participant>> parts(Project project, DescriptivesRequest request) {
        checkBins(project, request);
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
                Function<Participant, String> labeler = labeler(attribute, request);
                for (String label : labels(attribute, everyone, request)) {
                    parts.put(label, everyone.stream().filter(p -> labeler.apply(p).equals(label)).toList());
                }
            }
        }
        return parts;
    }

    private static Summary summary(AttributeDefinition attribute, List<String> values, List<Participant> members,
                                   Function<Participant, String> label, DescriptivesRequest request) {
        boolean grouped = ranges(attribute, request).isPresent();
        if (attribute.type() == AttributeType.NUMBER && !grouped) {
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
        members.forEach(p -> counts.merge(label.apply(p), 1, Integer::sum));
        int answered = members.size() - counts.get(ParticipantAttributes.NO_VALUE);
        boolean ofAnswered = request.base() == DescriptivesRequest.PercentBase.ANSWERED;
        List<Frequency> frequencies = new ArrayList<>();
        counts.forEach((value, count) -> frequencies.add(new Frequency(value, count,
                !ofAnswered ? SampleStatistics.percent(count, members.size())
                        : value.equals(ParticipantAttributes.NO_VALUE) ? Optional.empty()
                        : SampleStatistics.percent(count, answered))));
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
