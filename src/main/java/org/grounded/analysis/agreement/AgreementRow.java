package org.grounded.analysis.agreement;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The coefficients of one code, one semantic domain or all domains together, in one document or
 * in all of them ({@code documentId} empty).
 *
 * @param units        the characters or segments compared
 * @param coefficients the coefficients that apply, each empty where undefined
 */
public record AgreementRow(Scope scope, String name, Optional<UUID> documentId, String documentName, long units,
                           Map<Coefficient, OptionalDouble> coefficients) {

    /** What a row compares. */
    public enum Scope {
        CODE,
        DOMAIN,
        ALL_DOMAINS
    }

    public AgreementRow {
        coefficients = Map.copyOf(coefficients);
    }

    public OptionalDouble value(Coefficient coefficient) {
        return coefficients.getOrDefault(coefficient, OptionalDouble.empty());
    }
}
