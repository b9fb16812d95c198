package org.grounded.analysis.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which quotations a report lists. Each part left empty does not filter; within a part any match
 * is enough; the parts combine with "and".
 *
 * @param codeIds         quotations coded with one of these codes
 * @param withSubCodes    a category also takes the quotations of every code below it
 * @param documentIds     quotations in one of these documents
 * @param participantIds  quotations in the words of one of these participants (speaker turns decide)
 * @param coders          quotations coded by one of these coders (ignoring case): one of its codings
 *                        — of the chosen codes, when codes are chosen — was applied by one of them
 *                        (a quotation without codes counts its own coder, who made the selection)
 * @param groupIds        quotations in the words of a member of one of these participant groups
 * @param attributeValues quotations in the words of a participant whose value of each named
 *                        attribute (ignoring case) is one of the given labels (the value as
 *                        written, or "(no value)")
 */
public record QuotationFilter(Set<UUID> codeIds, boolean withSubCodes, Set<UUID> documentIds,
                              Set<UUID> participantIds, Set<String> coders, Set<UUID> groupIds,
                              Map<String, Set<String>> attributeValues) {

    public static final QuotationFilter ALL = new QuotationFilter(Set.of(), false, Set.of(), Set.of(), "");

    /** The filter of one coder ("" or null for every coder). */
    private static Set<String> oneCoder(String coder) {
        return coder == null || coder.isBlank() ? Set.of() : Set.of(coder);
    }

    public QuotationFilter {
        codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
        coders = coders == null ? Set.of() : coders.stream().map(String::strip).filter(name -> !name.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        Map<String, Set<String>> values = new LinkedHashMap<>();
        if (attributeValues != null) {
            attributeValues.forEach((name, labels) -> {
                if (labels != null && !labels.isEmpty()) {
                    values.put(name, Set.copyOf(labels));
                }
            });
        }
        attributeValues = java.util.Collections.unmodifiableMap(values);
    }

    /** A filter without participant groups and attribute values. */
    public QuotationFilter(Set<UUID> codeIds, boolean withSubCodes, Set<UUID> documentIds, Set<UUID> participantIds,
                           String coder) {
        this(codeIds, withSubCodes, documentIds, participantIds, oneCoder(coder), Set.of(), Map.of());
    }

    public QuotationFilter withCodes(Collection<UUID> ids, boolean subCodes) {
        return new QuotationFilter(Set.copyOf(ids), subCodes, documentIds, participantIds, coders, groupIds,
                attributeValues);
    }

    public QuotationFilter withDocuments(Collection<UUID> ids) {
        return new QuotationFilter(codeIds, withSubCodes, Set.copyOf(ids), participantIds, coders, groupIds,
                attributeValues);
    }

    public QuotationFilter withParticipants(Collection<UUID> ids) {
        return new QuotationFilter(codeIds, withSubCodes, documentIds, Set.copyOf(ids), coders, groupIds,
                attributeValues);
    }

    /** Only this coder's quotations ("" or null: every coder's). */
    public QuotationFilter withCoder(String name) {
        return withCoders(oneCoder(name));
    }

    public QuotationFilter withCoders(Collection<String> names) {
        return new QuotationFilter(codeIds, withSubCodes, documentIds, participantIds, Set.copyOf(names), groupIds,
                attributeValues);
    }

    public QuotationFilter withGroups(Collection<UUID> ids) {
        return new QuotationFilter(codeIds, withSubCodes, documentIds, participantIds, coders, Set.copyOf(ids),
                attributeValues);
    }

    /** Adds (or replaces) the values wanted for one attribute; no labels removes the attribute's filter. */
    public QuotationFilter withAttribute(String name, Collection<String> labels) {
        Map<String, Set<String>> values = new LinkedHashMap<>(attributeValues);
        values.remove(name);
        values.put(name, Set.copyOf(labels));
        return new QuotationFilter(codeIds, withSubCodes, documentIds, participantIds, coders, groupIds, values);
    }
}
