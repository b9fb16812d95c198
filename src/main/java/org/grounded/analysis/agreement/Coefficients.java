package org.grounded.analysis.agreement;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The agreement coefficients over units that every coder judged on their own (segments, cases).
 * Each is empty where it is undefined (no pairable values, or no variation to expect chance
 * agreement from). Sources are cited per method and in decision record 0022.
 */
public final class Coefficients {

    private Coefficients() {
    }

    /**
     * Percent agreement: over the units with at least two values, the share of pairs of values that
     * agree, averaged over the units (for two coders: the share of units they agree on).
     */
    public static OptionalDouble percentAgreement(Ratings ratings) {
        double sum = 0;
        int counted = 0;
        for (int unit = 0; unit < ratings.units(); unit++) {
            double[] values = ratings.valuesOf(unit);
            if (values.length >= 2) {
                sum += agreeingPairShare(values);
                counted++;
            }
        }
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted);
    }

    /**
     * Cohen's κ (Cohen 1960) for two coders over the units both coded: (p<sub>o</sub> − p<sub>e</sub>)
     * / (1 − p<sub>e</sub>), chance from each coder's own distribution of values.
     */
    public static OptionalDouble cohensKappa(Ratings ratings) {
        if (ratings.coders() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares two coders, not " + ratings.coders());
        }
        double[] categories = ratings.categories();
        double[] first = new double[categories.length];
        double[] second = new double[categories.length];
        int n = 0;
        int agreements = 0;
        for (int unit = 0; unit < ratings.units(); unit++) {
            if (!ratings.complete(unit)) {
                continue;
            }
            double a = ratings.value(unit, 0).getAsDouble();
            double b = ratings.value(unit, 1).getAsDouble();
            first[Arrays.binarySearch(categories, a)]++;
            second[Arrays.binarySearch(categories, b)]++;
            agreements += a == b ? 1 : 0;
            n++;
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double observed = agreements / (double) n;
        double expected = 0;
        for (int c = 0; c < categories.length; c++) {
            expected += (first[c] / n) * (second[c] / n);
        }
        return chanceCorrected(observed, expected);
    }

    /**
     * Fleiss' κ (Fleiss 1971) over the units every coder judged: P̄ the mean share of agreeing pairs
     * per unit, P̄<sub>e</sub> = Σ p<sub>j</sub>² from the pooled distribution of values.
     */
    public static OptionalDouble fleissKappa(Ratings ratings) {
        double[] categories = ratings.categories();
        double[] pooled = new double[categories.length];
        double agreement = 0;
        int n = 0;
        for (int unit = 0; unit < ratings.units(); unit++) {
            if (!ratings.complete(unit) || ratings.coders() < 2) {
                continue;
            }
            double[] values = ratings.valuesOf(unit);
            for (double value : values) {
                pooled[Arrays.binarySearch(categories, value)]++;
            }
            agreement += agreeingPairShare(values);
            n++;
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double total = (double) n * ratings.coders();
        double expected = Arrays.stream(pooled).map(count -> (count / total) * (count / total)).sum();
        return chanceCorrected(agreement / n, expected);
    }

    /** Fleiss' κ from a table of counts: for each subject, how many raters chose each category. */
    public static OptionalDouble fleissKappa(int[][] countsPerSubject) {
        int categories = countsPerSubject.length == 0 ? 0 : countsPerSubject[0].length;
        double[] pooled = new double[categories];
        double agreement = 0;
        double total = 0;
        for (int[] subject : countsPerSubject) {
            int raters = Arrays.stream(subject).sum();
            double pairs = 0;
            for (int j = 0; j < categories; j++) {
                pooled[j] += subject[j];
                pairs += subject[j] * (subject[j] - 1.0);
            }
            agreement += pairs / (raters * (raters - 1.0));
            total += raters;
        }
        if (countsPerSubject.length == 0) {
            return OptionalDouble.empty();
        }
        final double all = total;
        double expected = Arrays.stream(pooled).map(count -> (count / all) * (count / all)).sum();
        return chanceCorrected(agreement / countsPerSubject.length, expected);
    }

    /**
     * Brennan and Prediger's κ<sub>n</sub> (Brennan &amp; Prediger 1981), the chance term MAXQDA uses:
     * (P̄ − 1/q) / (1 − 1/q) with q the number of categories a coder could choose from and P̄ the mean
     * share of agreeing pairs over the units every coder judged.
     */
    public static OptionalDouble brennanPrediger(Ratings ratings, int categories) {
        if (categories < 2) {
            throw new IllegalArgumentException("Brennan-Prediger's kappa needs at least two categories");
        }
        double agreement = 0;
        int n = 0;
        for (int unit = 0; unit < ratings.units(); unit++) {
            if (ratings.complete(unit) && ratings.coders() >= 2) {
                agreement += agreeingPairShare(ratings.valuesOf(unit));
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : chanceCorrected(agreement / n, 1.0 / categories);
    }

    /**
     * Krippendorff's α (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): any number
     * of coders, missing values allowed. From the coincidence matrix o<sub>ck</sub> of the pairable
     * values, α = 1 − (n − 1) Σ o<sub>ck</sub> δ²<sub>ck</sub> / Σ n<sub>c</sub> n<sub>k</sub> δ²<sub>ck</sub>.
     */
    public static OptionalDouble krippendorffsAlpha(Ratings ratings, Metric metric) {
        double[] categories = ratings.categories();
        int size = categories.length;
        double[][] coincidences = new double[size][size];
        for (int unit = 0; unit < ratings.units(); unit++) {
            double[] values = ratings.valuesOf(unit);
            if (values.length < 2) {
                continue;
            }
            double weight = 1.0 / (values.length - 1);
            for (int i = 0; i < values.length; i++) {
                for (int j = 0; j < values.length; j++) {
                    if (i != j) {
                        coincidences[Arrays.binarySearch(categories, values[i])]
                                [Arrays.binarySearch(categories, values[j])] += weight;
                    }
                }
            }
        }
        return alphaFromCoincidences(categories, coincidences, metric);
    }

    /** α from a coincidence matrix over the given values (shared with the unitized family). */
    static OptionalDouble alphaFromCoincidences(double[] values, double[][] coincidences, Metric metric) {
        int size = values.length;
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double distance = metric.squaredDistance(values[c], values[k]);
                observed += coincidences[c][k] * distance;
                expected += marginals[c] * marginals[k] * distance;
            }
        }
        if (n <= 1 || expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * observed / expected);
    }

    private static double agreeingPairShare(double[] values) {
        int pairs = 0;
        int agreeing = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                pairs++;
                agreeing += values[i] == values[j] ? 1 : 0;
            }
        }
        return agreeing / (double) pairs;
    }

    private static OptionalDouble chanceCorrected(double observed, double expected) {
        return expected >= 1 ? OptionalDouble.empty() : OptionalDouble.of((observed - expected) / (1 - expected));
    }
}
