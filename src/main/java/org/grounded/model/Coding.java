package org.grounded.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One code applied to one quotation by one coder, at one time. Kept apart from the quotation's own
 * coder and time (who made the selection, when): in team work and in other tools' files the person
 * who marked a passage and the people who coded it differ (decision 0022). A quotation holds at most
 * one coding per code and coder, so two coders applying the same code to the same range are both
 * kept.
 */
public record Coding(UUID codeId, String coder, Instant createdAt) {

    public Coding {
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(createdAt, "createdAt");
        coder = Copies.text(coder);
    }

    /** Whether this and the other are the same code by the same coder (whatever their times). */
    public boolean sameAs(Coding other) {
        return codeId.equals(other.codeId) && coder.equals(other.coder);
    }
}
