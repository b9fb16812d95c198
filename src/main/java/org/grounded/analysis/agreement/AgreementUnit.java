package org.grounded.analysis.agreement;

/** What agreement counts as a unit of coding. */
public enum AgreementUnit {
    /**
     * Every character of the text (Atlas.ti's approach): α-binary per code, cu-α per semantic domain,
     * Cu-α across domains, percent agreement over the characters anyone coded.
     */
    CHARACTER,
    /**
     * Every coded segment (MAXQDA's approach): a coder agrees on a segment when one of their codings
     * of the same code covers it with at least 90% of both ranges in common.
     */
    SEGMENT
}
