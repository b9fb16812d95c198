package org.grounded.analysis.agreement;

import java.util.List;

/**
 * What to compare: two or more coders, the codes (or semantic domains) and the unit. With neither
 * codes nor domains, every code the coders used is compared.
 */
public record AgreementRequest(List<String> coders, List<java.util.UUID> codeIds, List<SemanticDomain> domains,
                               AgreementUnit unit) {

    public AgreementRequest {
        coders = List.copyOf(coders);
        codeIds = List.copyOf(codeIds);
        domains = List.copyOf(domains);
        if (coders.size() < 2 || coders.stream().distinct().count() != coders.size()) {
            throw new IllegalArgumentException("Agreement compares two or more different coders, not " + coders);
        }
        if (!codeIds.isEmpty() && !domains.isEmpty()) {
            throw new IllegalArgumentException("Compare codes or semantic domains, not both");
        }
    }
}
