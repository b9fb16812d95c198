package org.grounded.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The reliability data of a coefficient: for each unit (a row) the value each coder (a column)
 * gave it, or nothing when that coder did not code the unit (a missing value). Values are numbers
 * so that the interval metric can use them; nominal coefficients only compare them for equality.
 */
public final class Ratings {

    private final int coders;
    private final List<Double[]> units;

    private Ratings(int coders, List<Double[]> units) {
        this.coders = coders;
        this.units = units;
    }

    /** Units as rows of one value per coder; {@code null} marks a missing value. */
    public static Ratings ofRows(List<Double[]> rows) {
        if (rows.isEmpty()) {
            return new Ratings(0, List.of());
        }
        int width = rows.get(0).length;
        List<Double[]> copy = new ArrayList<>();
        for (Double[] row : rows) {
            if (row.length != width) {
                throw new IllegalArgumentException("Every unit needs one value per coder (" + width + "), not "
                        + row.length);
            }
            copy.add(row.clone());
        }
        return new Ratings(width, List.copyOf(copy));
    }

    /**
     * Coders as rows over the same units (the layout of Krippendorff's worked examples); {@code null}
     * marks a missing value.
     */
    public static Ratings ofCoders(Double[]... coderRows) {
        int unitCount = coderRows.length == 0 ? 0 : coderRows[0].length;
        List<Double[]> rows = new ArrayList<>();
        for (int unit = 0; unit < unitCount; unit++) {
            Double[] row = new Double[coderRows.length];
            for (int coder = 0; coder < coderRows.length; coder++) {
                if (coderRows[coder].length != unitCount) {
                    throw new IllegalArgumentException("Every coder needs a value or a gap for each of the "
                            + unitCount + " units");
                }
                row[coder] = coderRows[coder][unit];
            }
            rows.add(row);
        }
        return new Ratings(coderRows.length, List.copyOf(rows));
    }

    /** Coders as rows of 0/1 written as a string such as {@code "0100000010"}. */
    public static Ratings binary(String... coderRows) {
        Double[][] rows = new Double[coderRows.length][];
        for (int coder = 0; coder < coderRows.length; coder++) {
            String row = coderRows[coder];
            rows[coder] = new Double[row.length()];
            for (int unit = 0; unit < row.length(); unit++) {
                char c = row.charAt(unit);
                rows[coder][unit] = c == '.' || c == '*' ? null : Double.valueOf(Character.digit(c, 10));
            }
        }
        return ofCoders(rows);
    }

    public int coders() {
        return coders;
    }

    public int units() {
        return units.size();
    }

    /** The value coder {@code coder} gave unit {@code unit}, if any. */
    public OptionalDouble value(int unit, int coder) {
        Double value = units.get(unit)[coder];
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The values given to one unit, missing ones left out. */
    double[] valuesOf(int unit) {
        return Arrays.stream(units.get(unit)).filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether every coder gave the unit a value. */
    boolean complete(int unit) {
        return Arrays.stream(units.get(unit)).allMatch(v -> v != null);
    }

    /** The distinct values that occur, in ascending order. */
    double[] categories() {
        TreeSet<Double> values = new TreeSet<>();
        for (Double[] row : units) {
            for (Double v : row) {
                if (v != null) {
                    values.add(v);
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
