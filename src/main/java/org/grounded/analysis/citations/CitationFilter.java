package org.grounded.analysis.citations;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodingLevel;

/**
 * Narrows a citations table. Each part left empty does not filter; within a part any match is
 * enough (a code in any of the code groups); the parts combine with "and".
 * <ul>
 *   <li>{@code codeGroupIds} and {@code levels} choose the rows (the codes);</li>
 *   <li>{@code documentGroupIds} keeps the quotations in the documents of those groups;</li>
 *   <li>{@code participantGroupIds} and {@code attributeConditions} choose participants, and keep
 *   only the quotations in the words of a chosen participant (interviewer turns drop out). Several
 *   conditions on one attribute are alternatives; conditions on different attributes all apply.</li>
 * </ul>
 * Columns of the filtered kind shrink with it: columns by participant show only the chosen
 * participants, by document only the chosen documents, by group only the chosen groups (when
 * groups are filtered), by attribute only the chosen values of that attribute.
 */
public record CitationFilter(Set<UUID> codeGroupIds, Set<CodingLevel> levels, Set<UUID> documentGroupIds,
                             Set<UUID> participantGroupIds, List<AttributeCondition> attributeConditions) {

    public static final CitationFilter NONE = new CitationFilter(Set.of(), Set.of(), Set.of(), Set.of(), List.of());

    public CitationFilter {
        codeGroupIds = codeGroupIds == null ? Set.of() : Set.copyOf(codeGroupIds);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        documentGroupIds = documentGroupIds == null ? Set.of() : Set.copyOf(documentGroupIds);
        participantGroupIds = participantGroupIds == null ? Set.of() : Set.copyOf(participantGroupIds);
        attributeConditions = attributeConditions == null ? List.of() : List.copyOf(attributeConditions);
    }

    public CitationFilter withCodeGroups(Collection<UUID> ids) {
        return new CitationFilter(Set.copyOf(ids), levels, documentGroupIds, participantGroupIds, attributeConditions);
    }

    public CitationFilter withLevels(Collection<CodingLevel> newLevels) {
        return new CitationFilter(codeGroupIds, Set.copyOf(newLevels), documentGroupIds, participantGroupIds,
                attributeConditions);
    }

    public CitationFilter withDocumentGroups(Collection<UUID> ids) {
        return new CitationFilter(codeGroupIds, levels, Set.copyOf(ids), participantGroupIds, attributeConditions);
    }

    public CitationFilter withParticipantGroups(Collection<UUID> ids) {
        return new CitationFilter(codeGroupIds, levels, documentGroupIds, Set.copyOf(ids), attributeConditions);
    }

    public CitationFilter withAttributeConditions(Collection<AttributeCondition> conditions) {
        return new CitationFilter(codeGroupIds, levels, documentGroupIds, participantGroupIds, List.copyOf(conditions));
    }

    /** True when some part chooses participants, so that unattributed quotations drop out. */
    public boolean choosesParticipants() {
        return !participantGroupIds.isEmpty() || !attributeConditions.isEmpty();
    }
}
