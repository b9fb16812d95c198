package org.grounded.analysis.report;

import java.util.Collection;
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
 * @param coder           quotations made by this coder (ignoring case); "" for every coder
 */
public record QuotationFilter(Set<UUID> codeIds, boolean withSubCodes, Set<UUID> documentIds,
                              Set<UUID> participantIds, String coder) {

    public static final QuotationFilter ALL = new QuotationFilter(Set.of(), false, Set.of(), Set.of(), "");

    public QuotationFilter {
        codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
        coder = coder == null ? "" : coder.strip();
    }

    public QuotationFilter withCodes(Collection<UUID> ids, boolean subCodes) {
        return new QuotationFilter(Set.copyOf(ids), subCodes, documentIds, participantIds, coder);
    }

    public QuotationFilter withDocuments(Collection<UUID> ids) {
        return new QuotationFilter(codeIds, withSubCodes, Set.copyOf(ids), participantIds, coder);
    }

    public QuotationFilter withParticipants(Collection<UUID> ids) {
        return new QuotationFilter(codeIds, withSubCodes, documentIds, Set.copyOf(ids), coder);
    }

    public QuotationFilter withCoder(String name) {
        return new QuotationFilter(codeIds, withSubCodes, documentIds, participantIds, name);
    }
}
