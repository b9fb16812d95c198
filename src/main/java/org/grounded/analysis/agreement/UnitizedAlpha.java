package org.grounded.analysis.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.grounded.model.TextSpan;

/**
 * Krippendorff's α for unitizing a continuum (a text of {@code length} characters), the family
 * Atlas.ti reports. Sources and the unitizing are in decision record 0022.
 * <ul>
 * <li>{@link #binary}: |<sub>u</sub>α for one code, whether the coders marked the same stretches
 * (Krippendorff 1995, Sociological Methodology 25:47–76; 2004, Quality &amp; Quantity 38:787–800):
 * each coder's continuum is cut into units and gaps, observed disagreement sums the squared
 * distances of overlapping sections of two coders, expected disagreement is that of all the ways
 * the same units and gaps could have been placed.</li>
 * <li>{@link #coding}: <sub>cu</sub>α and <sub>Cu</sub>α (Krippendorff, Mathet, Bouvry &amp;
 * Larsonneur 2016, Quality &amp; Quantity 50:2347–2364): nominal α over the characters that at
 * least two coders coded, each coder's value there being the codes of the semantic domain it
 * applied (cu) or the domains it used (Cu); each character is a unit.</li>
 * </ul>
 */
public final class UnitizedAlpha {

    private UnitizedAlpha() {
    }

    /** A stretch of the continuum one coder gave a value (a code, or a semantic domain). */
    public record ValuedSpan(int start, int end, String value) {
        public ValuedSpan {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * |<sub>u</sub>α of one code over a continuum of {@code length} characters; {@code unitsPerCoder}
     * holds, per coder, the stretches that coder marked with it (overlapping stretches of one coder
     * are joined first). Empty when no coder marked anything or fewer than two coders take part.
     */
    public static OptionalDouble binary(int length, List<List<TextSpan>> unitsPerCoder) {
        int m = unitsPerCoder.size();
        List<List<Section>> sections = new ArrayList<>();
        for (List<TextSpan> units : unitsPerCoder) {
            sections.add(sections(length, units));
        }
        long unitCount = sections.stream().flatMap(List::stream).filter(Section::unit).count();
        if (m < 2 || length < 2 || unitCount == 0) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                observed += 2 * sweptDistance(sections.get(i), sections.get(j));
            }
        }
        double l = length;
        observed /= m * (m - 1.0) * l * l;

        List<Long> gaps = new ArrayList<>();
        double unitPairs = 0;
        for (List<Section> coder : sections) {
            for (Section section : coder) {
                if (section.unit()) {
                    unitPairs += (double) section.length() * (section.length() - 1);
                } else {
                    gaps.add((long) section.length());
                }
            }
        }
        double expected = 0;
        for (List<Section> coder : sections) {
            for (Section section : coder) {
                if (!section.unit()) {
                    continue;
                }
                double u = section.length();
                double within = (unitCount - 1) / 3.0 * (2 * u * u * u - 3 * u * u + u);
                double placements = 0;
                for (long gap : gaps) {
                    if (gap >= u) {
                        placements += gap - u + 1;
                    }
                }
                expected += within + u * u * placements;
            }
        }
        expected *= 2 / l;
        expected /= m * l * (m * l - 1) - unitPairs;
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observed / expected);
    }

    /**
     * <sub>cu</sub>α (values are codes of one domain) or <sub>Cu</sub>α (values are domains): nominal α
     * over the characters at least two coders gave a value, weighted by length. A coder who gave one
     * character two values (two codes of one domain on one passage) counts the pair of them as one value.
     */
    public static OptionalDouble coding(List<List<ValuedSpan>> spansPerCoder) {
        Map<String, Integer> valueIndex = new HashMap<>();
        List<double[]> pieces = new ArrayList<>();
        for (Piece piece : pieces(spansPerCoder)) {
            List<Integer> values = new ArrayList<>();
            for (TreeSet<String> coderValues : piece.values()) {
                if (!coderValues.isEmpty()) {
                    values.add(valueIndex.computeIfAbsent(String.join(" + ", coderValues), v -> valueIndex.size()));
                }
            }
            if (values.size() >= 2) {
                double[] row = new double[values.size() + 1];
                row[0] = piece.length();
                for (int k = 0; k < values.size(); k++) {
                    row[k + 1] = values.get(k);
                }
                pieces.add(row);
            }
        }
        int size = valueIndex.size();
        double[][] coincidences = new double[size][size];
        for (double[] row : pieces) {
            double weight = row[0] / (row.length - 2);
            for (int a = 1; a < row.length; a++) {
                for (int b = 1; b < row.length; b++) {
                    if (a != b) {
                        coincidences[(int) row[a]][(int) row[b]] += weight;
                    }
                }
            }
        }
        double[] values = new double[size];
        for (int v = 0; v < size; v++) {
            values[v] = v;
        }
        return Coefficients.alphaFromCoincidences(values, coincidences, Metric.NOMINAL);
    }

    /**
     * The continuum cut at every coder's boundaries: for each piece, the values each coder gave it
     * (empty where that coder gave none). Pieces nobody coded are left out.
     */
    public static List<Piece> pieces(List<List<ValuedSpan>> spansPerCoder) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (List<ValuedSpan> spans : spansPerCoder) {
            for (ValuedSpan span : spans) {
                cuts.add(span.start());
                cuts.add(span.end());
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                List<TreeSet<String>> values = new ArrayList<>();
                boolean any = false;
                for (List<ValuedSpan> spans : spansPerCoder) {
                    TreeSet<String> here = new TreeSet<>();
                    for (ValuedSpan span : spans) {
                        if (span.start() <= previous && cut <= span.end()) {
                            here.add(span.value());
                        }
                    }
                    any |= !here.isEmpty();
                    values.add(here);
                }
                if (any) {
                    pieces.add(new Piece(previous, cut, List.copyOf(values)));
                }
            }
            previous = cut;
        }
        return pieces;
    }

    /** A stretch of the continuum over which no coder's coding changes, with each coder's values. */
    public record Piece(int start, int end, List<TreeSet<String>> values) {
        public int length() {
            return end - start;
        }

        /** Whether the coders gave this stretch different values (one coding it, another not included). */
        public boolean disputed() {
            return values.stream().distinct().count() > 1;
        }
    }

    /** A unit (marked) or gap (unmarked) of one coder's continuum. */
    private record Section(int start, int end, boolean unit) {
        int length() {
            return end - start;
        }
    }

    private static List<Section> sections(int length, List<TextSpan> units) {
        List<TextSpan> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Section> joined = new ArrayList<>();
        for (TextSpan span : sorted) {
            if (span.end() > length) {
                throw new IllegalArgumentException("A unit [" + span.start() + ", " + span.end()
                        + ") runs past the continuum's " + length + " characters");
            }
            if (span.isEmpty()) {
                continue;
            }
            Section last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.start() <= last.end()) {
                joined.set(joined.size() - 1, new Section(last.start(), Math.max(last.end(), span.end()), true));
            } else {
                joined.add(new Section(span.start(), span.end(), true));
            }
        }
        List<Section> all = new ArrayList<>();
        int position = 0;
        for (Section unit : joined) {
            if (unit.start() > position) {
                all.add(new Section(position, unit.start(), false));
            }
            all.add(unit);
            position = unit.end();
        }
        if (position < length) {
            all.add(new Section(position, length, false));
        }
        return all;
    }

    /** Σ δ² over the overlapping sections of two coders, each pair once. */
    private static double sweptDistance(List<Section> first, List<Section> second) {
        double sum = 0;
        int j = 0;
        for (Section a : first) {
            while (j < second.size() && second.get(j).end() <= a.start()) {
                j++;
            }
            for (int k = j; k < second.size() && second.get(k).start() < a.end(); k++) {
                sum += distance(a, second.get(k));
            }
        }
        return sum;
    }

    /** δ² of two overlapping sections (Krippendorff 2004, the unitizing metric). */
    private static double distance(Section a, Section b) {
        if (a.unit() && b.unit()) {
            double begins = a.start() - b.start();
            double ends = a.end() - b.end();
            return begins * begins + ends * ends;
        }
        if (a.unit() && !b.unit() && b.start() <= a.start() && a.end() <= b.end()) {
            return (double) a.length() * a.length();
        }
        if (!a.unit() && b.unit() && a.start() <= b.start() && b.end() <= a.end()) {
            return (double) b.length() * b.length();
        }
        return 0;
    }
}
