package org.grounded.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoefficientsTest {

    private static final Double N = null;

    /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: two coders, binary data. */
    @Test
    void krippendorffsBinaryExampleGivesPointZeroNineFive() {
        Ratings ratings = Ratings.binary("0100000010", "1110010000");

        assertThat(Coefficients.krippendorffsAlpha(ratings, Metric.NOMINAL).getAsDouble())
                .isCloseTo(0.095, within(0.0005));
    }

    /** Krippendorff (2011), section C: four observers, twelve units, values 1-5, missing values. */
    @Test
    void krippendorffsFourCoderExampleWithMissingValues() {
        Ratings ratings = Ratings.ofCoders(
                new Double[] {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, N, N, N},
                new Double[] {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, N, 3d},
                new Double[] {N, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, N},
                new Double[] {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, N});

        assertThat(Coefficients.krippendorffsAlpha(ratings, Metric.NOMINAL).getAsDouble())
                .isCloseTo(0.743, within(0.0005));
        assertThat(Coefficients.krippendorffsAlpha(ratings, Metric.INTERVAL).getAsDouble())
                .isCloseTo(0.849, within(0.0005));
    }

    @Test
    void twoCodersDifferingOnOneUnitOfSix() {
        Ratings ratings = Ratings.binary("010101", "010100");

        assertThat(Coefficients.krippendorffsAlpha(ratings, Metric.NOMINAL).getAsDouble())
                .isCloseTo(0.6857, within(0.00005));
        // p_o = 5/6; p_e = 3/6 * 4/6 + 3/6 * 2/6 = 1/2; kappa = (5/6 - 1/2) / (1/2) = 2/3
        assertThat(Coefficients.cohensKappa(ratings).getAsDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(Coefficients.percentAgreement(ratings).getAsDouble()).isCloseTo(5 / 6.0, within(1e-12));
    }

    /** Fleiss (1971) as reworked on Wikipedia: 10 subjects, 14 raters, 5 categories, kappa 0.210. */
    @Test
    void fleissKappaOfTheFourteenRaterExample() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

        assertThat(Coefficients.fleissKappa(counts).getAsDouble()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void fleissKappaFromRatingsMatchesTheCountTable() {
        // three coders, four units; counts per unit over categories {1, 2}: (3,0) (2,1) (1,2) (0,3)
        Ratings ratings = Ratings.ofCoders(
                new Double[] {1d, 1d, 1d, 2d},
                new Double[] {1d, 1d, 2d, 2d},
                new Double[] {1d, 2d, 2d, 2d});
        int[][] counts = {{3, 0}, {2, 1}, {1, 2}, {0, 3}};

        assertThat(Coefficients.fleissKappa(ratings).getAsDouble())
                .isCloseTo(Coefficients.fleissKappa(counts).getAsDouble(), within(1e-12));
        // by hand: P per unit 1, 1/3, 1/3, 1 -> mean 2/3; p = (1/2, 1/2) -> Pe = 1/2; kappa = 1/3
        assertThat(Coefficients.fleissKappa(ratings).getAsDouble()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void brennanPredigerUsesOneOverTheNumberOfCategories() {
        Ratings ratings = Ratings.binary("010101", "010100");

        // (5/6 - 1/2) / (1 - 1/2) = 2/3 ; with three categories (5/6 - 1/3) / (2/3) = 3/4
        assertThat(Coefficients.brennanPrediger(ratings, 2).getAsDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(Coefficients.brennanPrediger(ratings, 3).getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThatThrownBy(() -> Coefficients.brennanPrediger(ratings, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentAgreementOfThreeCodersAveragesAgreeingPairs() {
        // unit 1: (1,1,2) -> 1 of 3 pairs agree; unit 2: (1,1,1) -> all; unit 3 has one value and does not count
        Ratings ratings = Ratings.ofCoders(
                new Double[] {1d, 1d, 1d},
                new Double[] {1d, 1d, N},
                new Double[] {2d, 1d, N});

        assertThat(Coefficients.percentAgreement(ratings).getAsDouble()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void undefinedWhereNothingVaries() {
        Ratings ratings = Ratings.binary("1111", "1111");

        assertThat(Coefficients.krippendorffsAlpha(ratings, Metric.NOMINAL)).isEmpty();
        assertThat(Coefficients.cohensKappa(ratings)).isEmpty();
        assertThat(Coefficients.percentAgreement(ratings).getAsDouble()).isEqualTo(1.0);
    }
}
