package org.grounded.analysis.citations;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/** The participants and documents a {@link CitationFilter} keeps; empty when it keeps them all. */
final class ParticipantSelection {

    private ParticipantSelection() {
    }

    static Optional<Set<UUID>> participants(Project project, CitationFilter filter) {
        if (!filter.choosesParticipants()) {
            return Optional.empty();
        }
        Set<UUID> inGroups = null;
        if (!filter.participantGroupIds().isEmpty()) {
            inGroups = new LinkedHashSet<>();
            for (UUID groupId : filter.participantGroupIds()) {
                inGroups.addAll(group(project, groupId, GroupKind.PARTICIPANT).memberIds());
            }
        }
        Map<AttributeDefinition, Set<String>> wanted = valuesByAttribute(project, filter.attributeConditions());
        Set<UUID> chosen = new LinkedHashSet<>();
        for (Participant participant : project.participants()) {
            boolean inGroup = inGroups == null || inGroups.contains(participant.id());
            boolean hasValues = wanted.entrySet().stream().allMatch(entry ->
                    entry.getValue().contains(ParticipantAttributes.labelOf(participant, entry.getKey())));
            if (inGroup && hasValues) {
                chosen.add(participant.id());
            }
        }
        return Optional.of(chosen);
    }

    static Optional<Set<UUID>> documents(Project project, CitationFilter filter) {
        if (filter.documentGroupIds().isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        for (UUID groupId : filter.documentGroupIds()) {
            chosen.addAll(group(project, groupId, GroupKind.DOCUMENT).memberIds());
        }
        return Optional.of(chosen);
    }

    /** The values the conditions allow for one attribute, if they name it (ignoring case). */
    static Optional<Set<String>> allowedValues(List<AttributeCondition> conditions, String attributeName) {
        Set<String> values = new LinkedHashSet<>();
        conditions.stream().filter(condition -> condition.attribute().equalsIgnoreCase(attributeName))
                .forEach(condition -> values.add(condition.value()));
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    private static Map<AttributeDefinition, Set<String>> valuesByAttribute(Project project,
                                                                           List<AttributeCondition> conditions) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        Map<AttributeDefinition, Set<String>> result = new LinkedHashMap<>();
        for (AttributeCondition condition : conditions) {
            AttributeDefinition definition = definitions.computeIfAbsent(condition.attribute().toLowerCase(Locale.ROOT),
                    key -> ParticipantAttributes.named(project, condition.attribute()));
            result.computeIfAbsent(definition, key -> new LinkedHashSet<>()).add(condition.value());
        }
        return result;
    }

    static Group group(Project project, UUID groupId, GroupKind kind) {
        Group group = project.find(Group.class, groupId).orElseThrow(() ->
                new IllegalArgumentException("The filter names a group that is not in the project"));
        if (group.kind() != kind) {
            throw new IllegalArgumentException("Group '" + group.name() + "' is a " + group.kind().name()
                    .toLowerCase(Locale.ROOT) + " group, not a " + kind.name().toLowerCase(Locale.ROOT) + " group");
        }
        return group;
    }
}
