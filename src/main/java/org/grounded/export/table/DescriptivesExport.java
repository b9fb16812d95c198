package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Writes participant descriptives. CSV (and tab-separated text) is one long table,
 * {@code attribute,value,statistic,<one column per part>}: two lines per category value
 * (count, percent) and one line per statistic of a number or date attribute. Markdown gives each
 * attribute its own small table, as a paper's Table 4 does. Percentages, means, medians and
 * standard deviations show at most two decimals, rounded half up.
 */
public final class DescriptivesExport {

    static final String SD = "sd (sample, n-1)";

    private DescriptivesExport() {
    }

    public static String text(ParticipantDescriptives descriptives, ExportFormat format) {
        return switch (format) {
            case CSV -> DelimitedText.csv(grid(descriptives));
            case TSV -> DelimitedText.tabSeparated(grid(descriptives));
            case MARKDOWN -> markdown(descriptives);
            case XLSX, HTML -> throw new IllegalArgumentException("Descriptive statistics are written as csv, tsv or md, not "
                    + format.option());
        };
    }

    public static void write(ParticipantDescriptives descriptives, ExportFormat format, OutputStream out)
            throws IOException {
        out.write(text(descriptives, format).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The long table of the CSV. */
    public static TextGrid grid(ParticipantDescriptives descriptives) {
        List<String> header = new ArrayList<>(List.of("attribute", "value", "statistic"));
        header.addAll(descriptives.parts());
        List<List<String>> rows = new ArrayList<>();
        for (AttributeDescription description : descriptives.attributes()) {
            String name = description.attribute().name();
            for (StatisticLine line : lines(description)) {
                List<String> row = new ArrayList<>(List.of(name, line.value(), line.statistic()));
                row.addAll(line.cells());
                rows.add(row);
            }
        }
        return new TextGrid(header, rows, alignments(3, descriptives.parts().size()), List.of());
    }

    private static String markdown(ParticipantDescriptives descriptives) {
        StringBuilder out = new StringBuilder("# Participants\n");
        for (AttributeDescription description : descriptives.attributes()) {
            out.append("\n## ").append(MarkdownTable.escape(description.attribute().name())).append(" (")
                    .append(description.attribute().type().name().toLowerCase(Locale.ROOT)).append(")\n\n");
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            if (description.byPart().get(0) instanceof FrequencySummary first) {
                header.add("Value");
                for (String part : descriptives.parts()) {
                    header.add(part + " n");
                    header.add(part + " %");
                }
                for (int v = 0; v < first.frequencies().size(); v++) {
                    List<String> row = new ArrayList<>();
                    row.add(first.frequencies().get(v).value());
                    for (Summary summary : description.byPart()) {
                        var frequency = ((FrequencySummary) summary).frequencies().get(v);
                        row.add(Integer.toString(frequency.count()));
                        row.add(frequency.percent().map(Decimals::twoPlaces).orElse(""));
                    }
                    rows.add(row);
                }
            } else {
                header.add("Statistic");
                header.addAll(descriptives.parts());
                for (StatisticLine line : lines(description)) {
                    List<String> row = new ArrayList<>();
                    row.add(line.statistic());
                    row.addAll(line.cells());
                    rows.add(row);
                }
            }
            out.append(MarkdownTable.render(new TextGrid(header, rows, alignments(1, header.size() - 1), List.of())));
        }
        return out.toString();
    }

    /** One line of the long table: a value (for frequencies) and a statistic, one cell per part. */
    private record StatisticLine(String value, String statistic, List<String> cells) {
    }

    private static List<StatisticLine> lines(AttributeDescription description) {
        List<Summary> parts = description.byPart();
        List<StatisticLine> lines = new ArrayList<>();
        if (parts.get(0) instanceof FrequencySummary first) {
            for (int v = 0; v < first.frequencies().size(); v++) {
                int index = v;
                String value = first.frequencies().get(v).value();
                lines.add(new StatisticLine(value, "count", cells(parts, s ->
                        Integer.toString(((FrequencySummary) s).frequencies().get(index).count()))));
                lines.add(new StatisticLine(value, "percent", cells(parts, s ->
                        ((FrequencySummary) s).frequencies().get(index).percent().map(Decimals::twoPlaces).orElse(""))));
            }
        } else if (parts.get(0) instanceof NumberSummary) {
            lines.add(new StatisticLine("", "n", cells(parts, s -> Integer.toString(((NumberSummary) s).n()))));
            lines.add(new StatisticLine("", "missing", cells(parts, s -> Integer.toString(((NumberSummary) s).missing()))));
            lines.add(new StatisticLine("", "mean", cells(parts, s -> rounded(((NumberSummary) s).mean()))));
            lines.add(new StatisticLine("", "median", cells(parts, s -> rounded(((NumberSummary) s).median()))));
            lines.add(new StatisticLine("", SD, cells(parts, s -> rounded(((NumberSummary) s).standardDeviation()))));
            lines.add(new StatisticLine("", "min", cells(parts, s -> exact(((NumberSummary) s).min()))));
            lines.add(new StatisticLine("", "max", cells(parts, s -> exact(((NumberSummary) s).max()))));
        } else {
            lines.add(new StatisticLine("", "n", cells(parts, s -> Integer.toString(((DateSummary) s).n()))));
            lines.add(new StatisticLine("", "missing", cells(parts, s -> Integer.toString(((DateSummary) s).missing()))));
            lines.add(new StatisticLine("", "min", cells(parts, s -> date(((DateSummary) s).min()))));
            lines.add(new StatisticLine("", "median", cells(parts, s -> date(((DateSummary) s).median()))));
            lines.add(new StatisticLine("", "max", cells(parts, s -> date(((DateSummary) s).max()))));
        }
        return lines;
    }

    private static List<String> cells(List<Summary> parts, Function<Summary, String> cell) {
        return parts.stream().map(cell).toList();
    }

    private static String rounded(Optional<BigDecimal> value) {
        return value.map(Decimals::twoPlaces).orElse("");
    }

    private static String exact(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    private static String date(Optional<LocalDate> value) {
        return value.map(LocalDate::toString).orElse("");
    }

    private static List<TextGrid.Alignment> alignments(int left, int right) {
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < left; i++) {
            alignments.add(TextGrid.Alignment.LEFT);
        }
        for (int i = 0; i < right; i++) {
            alignments.add(TextGrid.Alignment.RIGHT);
        }
        return alignments;
    }
}
