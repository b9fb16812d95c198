package org.grounded.export.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.analysis.Decimals;
import org.grounded.analysis.descriptive.AttributeDescription;
import org.grounded.analysis.descriptive.DateSummary;
import org.grounded.analysis.descriptive.FrequencySummary;
import org.grounded.analysis.descriptive.NumberSummary;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.grounded.analysis.descriptive.Summary;

/**
 * The one layout of participant statistics, used by the window, its Copy, the exported file and
 * {@code grounded stats} alike: a paper's "description of the population" (study A's Table 4).
 * Per attribute a heading (its cells: "n = 9"), then each category value as "n (p %)", or n,
 * mean, median, SD, minimum and maximum of a number, or the earliest, median and latest date; an
 * empty "(no value)" row is left out. Decimals are rounded to two places for display only. Asked
 * for a paper's layout, a value's cell reads "57.50 % (46)" and the missing row has the chosen label.
 */
public final class StatisticsLines {

    private StatisticsLines() {
    }

    public static List<StatisticsLine> of(ParticipantDescriptives descriptives) {
        boolean percentFirst = descriptives.request().percentFirst();
        String missingLabel = descriptives.request().missingLabel();
        List<StatisticsLine> lines = new ArrayList<>();
        for (AttributeDescription description : descriptives.attributes()) {
            List<Summary> parts = description.byPart();
            lines.add(new StatisticsLine(StatisticsLine.Kind.ATTRIBUTE, description.attribute().name(),
                    cells(parts, summary -> "n = " + summary.participants())));
            if (parts.get(0) instanceof FrequencySummary first) {
                for (int v = 0; v < first.frequencies().size(); v++) {
                    int index = v;
                    String value = first.frequencies().get(v).value();
                    boolean anyone = parts.stream()
                            .anyMatch(s -> ((FrequencySummary) s).frequencies().get(index).count() > 0);
                    if (!anyone && value.equals(org.grounded.analysis.ParticipantAttributes.NO_VALUE)) {
                        continue;
                    }
                    boolean missing = value.equals(org.grounded.analysis.ParticipantAttributes.NO_VALUE);
                    lines.add(entry(missing ? missingLabel : value, cells(parts, s -> {
                        var frequency = ((FrequencySummary) s).frequencies().get(index);
                        if (percentFirst) {
                            return frequency.percent().map(p -> Decimals.fixedTwoPlaces(p) + " % ("
                                    + frequency.count() + ")").orElse(Integer.toString(frequency.count()));
                        }
                        return frequency.count() + frequency.percent().map(p -> " (" + Decimals.twoPlaces(p) + " %)")
                                .orElse("");
                    })));
                }
            } else if (parts.get(0) instanceof NumberSummary) {
                lines.add(entry("n", cells(parts, s -> Integer.toString(((NumberSummary) s).n()))));
                lines.add(entry("Mean", cells(parts, s -> rounded(((NumberSummary) s).mean()))));
                lines.add(entry("Median", cells(parts, s -> rounded(((NumberSummary) s).median()))));
                lines.add(entry("SD", cells(parts, s -> rounded(((NumberSummary) s).standardDeviation()))));
                lines.add(entry("Minimum", cells(parts, s -> exact(((NumberSummary) s).min()))));
                lines.add(entry("Maximum", cells(parts, s -> exact(((NumberSummary) s).max()))));
                if (parts.stream().anyMatch(s -> ((NumberSummary) s).missing() > 0)) {
                    lines.add(entry(noValue(missingLabel), cells(parts,
                            s -> Integer.toString(((NumberSummary) s).missing()))));
                }
            } else {
                lines.add(entry("n", cells(parts, s -> Integer.toString(((DateSummary) s).n()))));
                lines.add(entry("Earliest", cells(parts, s -> date(((DateSummary) s).min()))));
                lines.add(entry("Median", cells(parts, s -> date(((DateSummary) s).median()))));
                lines.add(entry("Latest", cells(parts, s -> date(((DateSummary) s).max()))));
                if (parts.stream().anyMatch(s -> ((DateSummary) s).missing() > 0)) {
                    lines.add(entry(noValue(missingLabel), cells(parts,
                            s -> Integer.toString(((DateSummary) s).missing()))));
                }
            }
        }
        return lines;
    }

    /** The whole table as a grid: the part names as header, one row per line. */
    public static TextGrid grid(ParticipantDescriptives descriptives) {
        return grid(descriptives.parts(), of(descriptives), notes(descriptives));
    }

    /**
     * What a reader of the table must know: SD is the sample standard deviation, the boundary
     * rule of each attribute grouped into ranges, and what percentages are of.
     */
    public static List<String> notes(ParticipantDescriptives descriptives) {
        List<String> notes = new ArrayList<>();
        notes.add("SD: sample standard deviation (n − 1).");
        for (AttributeDescription description : descriptives.attributes()) {
            descriptives.request().binsOf(description.attribute().name())
                    .or(() -> org.grounded.analysis.ParticipantAttributes.savedRanges(description.attribute()))
                    .ifPresent(bins ->
                    notes.add(description.attribute().name() + ": " + bins.rule()));
        }
        if (descriptives.request().base() == org.grounded.analysis.descriptive.DescriptivesRequest.PercentBase.ANSWERED) {
            notes.add("Percentages are of the participants who answered.");
        }
        return notes;
    }

    private static String noValue(String missingLabel) {
        return missingLabel.equals(org.grounded.analysis.ParticipantAttributes.NO_VALUE) ? "No value" : missingLabel;
    }

    /**
     * The lines as a grid with a first column for the labels; the values and statistics are
     * indented under their attribute with two no-break spaces (a spreadsheet or word processor
     * keeps them, and CSV needs no quotes for them).
     */
    public static TextGrid grid(List<String> parts, List<StatisticsLine> lines) {
        return grid(parts, lines, List.of("SD: sample standard deviation (n − 1)."));
    }

    /** The lines as a grid, with these notes under it. */
    public static TextGrid grid(List<String> parts, List<StatisticsLine> lines, List<String> notes) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(parts);
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        alignments.add(TextGrid.Alignment.LEFT);
        parts.forEach(part -> alignments.add(TextGrid.Alignment.RIGHT));
        List<List<String>> rows = new ArrayList<>();
        for (StatisticsLine line : lines) {
            List<String> row = new ArrayList<>();
            // No-break spaces indent the entries without making the field quoted.
            row.add(line.kind() == StatisticsLine.Kind.ENTRY ? "\u00A0\u00A0" + line.label() : line.label());
            row.addAll(line.cells());
            rows.add(row);
        }
        return new TextGrid(header, rows, alignments, notes);
    }

    private static StatisticsLine entry(String label, List<String> cells) {
        return new StatisticsLine(StatisticsLine.Kind.ENTRY, label, cells);
    }

    private static List<String> cells(List<Summary> parts, Function<Summary, String> cell) {
        return parts.stream().map(cell).toList();
    }

    private static String rounded(Optional<BigDecimal> value) {
        return value.map(Decimals::twoPlaces).orElse("–");
    }

    private static String exact(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("–");
    }

    private static String date(Optional<LocalDate> value) {
        return value.map(LocalDate::toString).orElse("–");
    }
}
