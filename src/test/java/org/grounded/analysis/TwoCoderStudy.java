package org.grounded.analysis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.grounded.model.EntityEdit;
import org.grounded.model.Quotation;

/**
 * The small study coded by two coders, small enough to count by hand:
 * <ul>
 *   <li>Ann: Ana's turn [25,49) Duty; Lim's turn [50,68) Fears; Bea's interview [0,20) Duty.</li>
 *   <li>Ben: Ana's turn [25,49) Duty and Fears (on Ann's quotation); Bea's interview [10,30) Fears.</li>
 * </ul>
 * Duty per participant — all: Ana 1, Bea 1; Ann: Ana 1, Bea 1; Ben: Ana 1.
 * Fears — all: Ana 1, Lim 1, Bea 1; Ann: Lim 1; Ben: Ana 1, Bea 1.
 * Duty × Fears co-occurrences — all: 2 (Ana's turn holds both; [0,20) overlaps [10,30));
 * Ann: 0 (her Fears is in Lim's turn, away from her Duty); Ben: 1 (Ana's turn).
 */
public final class TwoCoderStudy {

    public static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    public final SmallStudy study = new SmallStudy();
    public final Quotation anasTurn;

    public TwoCoderStudy() {
        anasTurn = new Quotation(UUID.randomUUID(), study.focusGroup.id(), 25, 49, List.of(study.duty.id()), "",
                "Ann", AT).withCoding(study.duty.id(), "Ben", AT).withCoding(study.fears.id(), "Ben", AT);
        study.project.apply(EntityEdit.builder("Two coders").add(anasTurn)
                .add(Quotation.of(study.focusGroup.id(), 50, 68, List.of(study.fears.id()), "Ann"))
                .add(Quotation.of(study.interview.id(), 0, 20, List.of(study.duty.id()), "Ann"))
                .add(Quotation.of(study.interview.id(), 10, 30, List.of(study.fears.id()), "Ben")).build());
    }
}
