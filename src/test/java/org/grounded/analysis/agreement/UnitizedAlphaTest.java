package org.grounded.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.grounded.analysis.agreement.UnitizedAlpha.ValuedSpan;
import org.grounded.model.TextSpan;
import org.junit.jupiter.api.Test;

class UnitizedAlphaTest {

    @Test
    void identicalUnitizingAgreesPerfectly() {
        List<TextSpan> units = List.of(new TextSpan(3, 9), new TextSpan(20, 31));

        assertThat(UnitizedAlpha.binary(50, List.of(units, units, units)).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void disjointUnitsAgreeLessThanChance() {
        // L = 10, m = 2; A marks [0,5), B marks [5,10).
        // Observed: A's unit inside B's gap and B's unit inside A's gap, each pair both ways:
        //   4 * 5^2 = 100, / (m(m-1) L^2 = 200) = 0.5
        // Expected: N_c = 2 units of 5; each: (N_c-1)/3 (2*125 - 3*25 + 5) = 60, plus 5^2 * (gaps of length >= 5:
        //   two gaps of 5, each 5-5+1 = 1) = 50; sum 220, * 2/L = 44, / (mL(mL-1) - sum l(l-1) = 380 - 40) = 44/340
        // alpha = 1 - 0.5 * 340 / 44 = -2.8636...
        double alpha = UnitizedAlpha.binary(10, List.of(
                List.of(new TextSpan(0, 5)), List.of(new TextSpan(5, 10)))).getAsDouble();

        assertThat(alpha).isCloseTo(1 - 0.5 * 340 / 44, within(1e-12)).isNegative();
    }

    @Test
    void oneSilentCoder() {
        // L = 10; A marks [0,2), B marks nothing.
        // Observed: A's unit of 2 inside B's gap, both ways: 2 * 4 = 8, / 200 = 0.04
        // Expected: N_c = 1 so the first term is 0; gaps of length >= 2: A's [2,10) gives 8-2+1 = 7, B's [0,10)
        //   gives 9; 2^2 * 16 = 64, * 2/10 = 12.8, / (20*19 - 2*1 = 378)
        // alpha = 1 - 0.04 * 378 / 12.8 = -0.18125
        double alpha = UnitizedAlpha.binary(10, List.of(List.of(new TextSpan(0, 2)), List.of())).getAsDouble();

        assertThat(alpha).isCloseTo(-0.18125, within(1e-12));
    }

    @Test
    void aCodersOverlappingUnitsAreJoined() {
        List<TextSpan> joined = List.of(new TextSpan(2, 8));
        List<TextSpan> overlapping = List.of(new TextSpan(2, 6), new TextSpan(4, 8));

        assertThat(UnitizedAlpha.binary(20, List.of(overlapping, joined)).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void nothingMarkedLeavesAlphaUndefined() {
        assertThat(UnitizedAlpha.binary(10, List.of(List.of(), List.of()))).isEmpty();
    }

    @Test
    void closerBoundariesAgreeMore() {
        double near = UnitizedAlpha.binary(100, List.of(
                List.of(new TextSpan(10, 30)), List.of(new TextSpan(11, 30)))).getAsDouble();
        double far = UnitizedAlpha.binary(100, List.of(
                List.of(new TextSpan(10, 30)), List.of(new TextSpan(18, 30)))).getAsDouble();

        assertThat(near).isGreaterThan(far).isLessThan(1.0);
    }

    @Test
    void codingAlphaComparesValuesOnTheCharactersBothCoded() {
        // characters 0-9: x and x; 10-19: y and x; 20-29 coded by A only (left out).
        // As nominal alpha over 20 two-valued units: o_xx = 20, o_xy = o_yx = 10; n_x = 30, n_y = 10, n = 40
        // alpha = 1 - (n-1) * 20 / (2 * 30 * 10) = 1 - 780/600 = -0.3
        List<ValuedSpan> a = List.of(new ValuedSpan(0, 10, "x"), new ValuedSpan(10, 20, "y"), new ValuedSpan(20, 30, "x"));
        List<ValuedSpan> b = List.of(new ValuedSpan(0, 20, "x"));

        assertThat(UnitizedAlpha.coding(List.of(a, b)).getAsDouble()).isCloseTo(-0.3, within(1e-12));
    }

    @Test
    void codingAlphaIsOneWhenTheCodersAgreeOnEveryValue() {
        List<ValuedSpan> a = List.of(new ValuedSpan(0, 10, "x"), new ValuedSpan(10, 20, "y"));
        List<ValuedSpan> b = List.of(new ValuedSpan(0, 10, "x"), new ValuedSpan(12, 25, "y"));

        assertThat(UnitizedAlpha.coding(List.of(a, b)).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void piecesListWhoHadWhat() {
        List<UnitizedAlpha.Piece> pieces = UnitizedAlpha.pieces(List.of(
                List.of(new ValuedSpan(0, 10, "x")), List.of(new ValuedSpan(5, 10, "x"))));

        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).start()).isZero();
        assertThat(pieces.get(0).end()).isEqualTo(5);
        assertThat(pieces.get(0).disputed()).isTrue();
        assertThat(pieces.get(1).disputed()).isFalse();
    }
}
