package org.grounded.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number attribute grouped into ranges, a derived category (study A's age groups). Two forms:
 * <ul>
 * <li>edges, {@code 20,30,40}: ranges 20–30, 30–40 and > 40, each holding its lower edge and not
 * its upper one (20 ≤ age &lt; 30; 30 falls in 30–40, 40 in > 40), as SPSS's
 * {@code RECODE 20 THRU 29.99}; a value under the first edge falls in "&lt; 20". Equal widths,
 * {@code 20..50/10}, are the edges 20, 30, 40, 50.</li>
 * <li>closed ranges, {@code 4-6,7-9,10-12}: each holds both ends (4 ≤ months ≤ 6), as a paper's
 * labels read; a value in none of them falls in "Other".</li>
 * </ul>
 * A pure function of the value: the same number always gets the same label.
 */
public record AttributeBins(List<Range> ranges, String rule) {

    /** The label of values under the first edge, or outside every closed range. */
    public static final String OTHER = "Other";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern CLOSED = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern WIDTHS = Pattern.compile(
            "\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");
    private static final int MAX_RANGES = 1000;

    public AttributeBins {
        ranges = List.copyOf(ranges);
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * One range; an absent end is open.
     *
     * @param upperIncluded whether a value equal to the upper end belongs here
     */
    public record Range(String label, Optional<BigDecimal> lower, Optional<BigDecimal> upper, boolean upperIncluded) {

        public boolean contains(BigDecimal value) {
            boolean aboveLower = lower.map(low -> value.compareTo(low) >= 0).orElse(true);
            boolean belowUpper = upper.map(high -> upperIncluded ? value.compareTo(high) <= 0
                    : value.compareTo(high) < 0).orElse(true);
            return aboveLower && belowUpper;
        }
    }

    /**
     * Reads {@code 20,30,40}, {@code 20..50/10} or {@code 4-6,7-9,10-12}.
     *
     * @throws IllegalArgumentException saying what form is expected
     */
    public static AttributeBins parse(String spec) {
        String text = spec == null ? "" : spec.strip();
        Matcher widths = WIDTHS.matcher(text);
        if (widths.matches()) {
            return equalWidths(new BigDecimal(widths.group(1)), new BigDecimal(widths.group(2)),
                    new BigDecimal(widths.group(3)));
        }
        String[] parts = text.split(",");
        if (parts.length > 0 && !text.isEmpty() && java.util.Arrays.stream(parts).allMatch(p -> NUMBER.matcher(p.strip()).matches())) {
            List<BigDecimal> edges = new ArrayList<>();
            for (String part : parts) {
                edges.add(new BigDecimal(part.strip()));
            }
            return edges(edges);
        }
        if (parts.length > 0 && !text.isEmpty() && java.util.Arrays.stream(parts).allMatch(p -> CLOSED.matcher(p).matches())) {
            List<Range> ranges = new ArrayList<>();
            for (String part : parts) {
                Matcher range = CLOSED.matcher(part);
                range.matches();
                BigDecimal low = new BigDecimal(range.group(1));
                BigDecimal high = new BigDecimal(range.group(2));
                if (high.compareTo(low) < 0) {
                    throw new IllegalArgumentException("The range '" + part.strip() + "' ends before it starts");
                }
                ranges.add(new Range(plain(low) + "–" + plain(high), Optional.of(low), Optional.of(high), true));
            }
            return new AttributeBins(ranges, "Each range includes both ends (" + ranges.get(0).label()
                    + " holds " + plain(ranges.get(0).lower().orElseThrow()) + " and "
                    + plain(ranges.get(0).upper().orElseThrow()) + ").");
        }
        throw new IllegalArgumentException("'" + text + "' are not ranges; write edges (20,30,40), equal widths "
                + "(20..50/10) or closed ranges (4-6,7-9,10-12)");
    }

    /** Ranges between increasing edges: lower edge included, the last range open above. */
    public static AttributeBins edges(List<BigDecimal> edges) {
        if (edges.isEmpty()) {
            throw new IllegalArgumentException("Ranges need at least one edge");
        }
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i).compareTo(edges.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("The edges must increase: " + plain(edges.get(i)) + " follows "
                        + plain(edges.get(i - 1)));
            }
        }
        List<Range> ranges = new ArrayList<>();
        BigDecimal first = edges.get(0);
        ranges.add(new Range("< " + plain(first), Optional.empty(), Optional.of(first), false));
        for (int i = 0; i + 1 < edges.size(); i++) {
            ranges.add(new Range(plain(edges.get(i)) + "–" + plain(edges.get(i + 1)), Optional.of(edges.get(i)),
                    Optional.of(edges.get(i + 1)), false));
        }
        BigDecimal last = edges.get(edges.size() - 1);
        ranges.add(new Range("> " + plain(last), Optional.of(last), Optional.empty(), false));
        String example = edges.size() > 1 ? plain(edges.get(1)) + " falls in " + ranges.get(2).label() + ", " : "";
        return new AttributeBins(ranges, "Each range includes its lower edge and not its upper one: " + example
                + plain(last) + " falls in > " + plain(last) + ".");
    }

    /** Ranges of one width from {@code start} to {@code end}: the edges start, start + width, ... */
    public static AttributeBins equalWidths(BigDecimal start, BigDecimal end, BigDecimal width) {
        if (width.signum() <= 0 || end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("Equal widths need a positive width and an end after the start");
        }
        List<BigDecimal> edges = new ArrayList<>();
        for (BigDecimal edge = start; edge.compareTo(end) <= 0; edge = edge.add(width)) {
            edges.add(edge);
            if (edges.size() > MAX_RANGES) {
                throw new IllegalArgumentException("That gives more than " + MAX_RANGES + " ranges");
            }
        }
        return edges(edges);
    }

    /** Whether this range is the one under the first edge or outside all closed ranges (shown only when used). */
    public boolean isOutside(String label) {
        return label.equals(OTHER) || (!ranges.isEmpty() && ranges.get(0).lower().isEmpty()
                && ranges.get(0).label().equals(label));
    }

    /** The labels in order, then {@link #OTHER} when the ranges leave values outside. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(ranges.stream().map(Range::label).toList());
        if (ranges.stream().allMatch(range -> range.upperIncluded())) {
            labels.add(OTHER);
        }
        return labels;
    }

    /** The label of the range holding the value. */
    public String labelOf(BigDecimal value) {
        return ranges.stream().filter(range -> range.contains(value)).map(Range::label).findFirst().orElse(OTHER);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
