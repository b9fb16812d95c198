package org.grounded.analysis.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * The columns of a citations table and the columns each quotation counts in. A quotation counts
 * once in every column its material belongs to: the columns of its participants, of its document,
 * of the groups holding any of its participants, of its participants' attribute values.
 */
final class ColumnAssignment {

    private final ColumnKind kind;
    private final List<CitationColumn> columns = new ArrayList<>();
    /** Participant (or, for documents, document) id to the columns it puts a quotation in. */
    private final Map<UUID, List<Integer>> columnsOfMember = new HashMap<>();

    private ColumnAssignment(ColumnKind kind) {
        this.kind = kind;
    }

    static ColumnAssignment of(Project project, CitationTableRequest request, Optional<Set<UUID>> participants,
                               Optional<Set<UUID>> documents) {
        ColumnsBy by = request.columns();
        ColumnAssignment assignment = new ColumnAssignment(by.kind());
        List<Participant> chosen = project.participants().stream()
                .filter(participant -> participants.map(ids -> ids.contains(participant.id())).orElse(true))
                .toList();
        switch (by.kind()) {
            case PARTICIPANT -> chosen.forEach(participant -> assignment.addColumn(
                    CitationColumn.ofEntity(participant.id(), participant.name(), ColumnKind.PARTICIPANT),
                    Set.of(participant.id())));
            case DOCUMENT -> {
                for (Document document : project.documents()) {
                    if (documents.map(ids -> ids.contains(document.id())).orElse(true)) {
                        assignment.addColumn(CitationColumn.ofEntity(document.id(), document.name(), ColumnKind.DOCUMENT),
                                Set.of(document.id()));
                    }
                }
            }
            case PARTICIPANT_GROUP -> {
                Set<UUID> wanted = request.filter().participantGroupIds();
                for (Group group : project.groups(GroupKind.PARTICIPANT)) {
                    if (wanted.isEmpty() || wanted.contains(group.id())) {
                        assignment.addColumn(CitationColumn.ofEntity(group.id(), group.name(),
                                ColumnKind.PARTICIPANT_GROUP), group.memberIds());
                    }
                }
            }
            case ATTRIBUTE -> assignment.addAttributeColumns(project, request, chosen);
        }
        return assignment;
    }

    private void addAttributeColumns(Project project, CitationTableRequest request, List<Participant> chosen) {
        AttributeDefinition attribute = ParticipantAttributes.named(project, request.columns().attributeName());
        Optional<Set<String>> allowed = ParticipantSelection.allowedValues(
                request.filter().attributeConditions(), attribute.name());
        for (String label : ParticipantAttributes.orderedLabels(attribute, chosen)) {
            if (allowed.map(values -> values.contains(label)).orElse(true)) {
                Set<UUID> holders = new LinkedHashSet<>();
                chosen.stream().filter(p -> ParticipantAttributes.labelOf(p, attribute).equals(label))
                        .forEach(p -> holders.add(p.id()));
                addColumn(CitationColumn.ofValue(label), holders);
            }
        }
    }

    private void addColumn(CitationColumn column, Set<UUID> members) {
        int index = columns.size();
        columns.add(column);
        members.forEach(member -> columnsOfMember.computeIfAbsent(member, k -> new ArrayList<>()).add(index));
    }

    List<CitationColumn> columns() {
        return columns;
    }

    /**
     * The distinct columns a passage of a document counts in, given whose words it holds: its
     * document's column, or its participants' (and their groups' and attribute values') columns.
     */
    int[] columnsOf(UUID documentId, Set<UUID> participants) {
        if (kind == ColumnKind.DOCUMENT) {
            return distinct(columnsOfMember.getOrDefault(documentId, List.of()));
        }
        List<Integer> result = new ArrayList<>();
        for (UUID participant : participants) {
            result.addAll(columnsOfMember.getOrDefault(participant, List.of()));
        }
        return distinct(result);
    }

    private static int[] distinct(List<Integer> columns) {
        return columns.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
