package org.grounded.analysis.agreement;

import java.util.List;

/** The agreement of some coders: coefficients per code (or domain) and document, and where they differ. */
public record AgreementReport(List<String> coders, AgreementUnit unit, List<AgreementRow> rows,
                              List<Disagreement> disagreements) {

    public AgreementReport {
        coders = List.copyOf(coders);
        rows = List.copyOf(rows);
        disagreements = List.copyOf(disagreements);
    }
}
