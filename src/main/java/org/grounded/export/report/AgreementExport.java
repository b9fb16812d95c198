package org.grounded.export.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.grounded.analysis.agreement.AgreementReport;
import org.grounded.analysis.agreement.AgreementRow;
import org.grounded.analysis.agreement.AgreementUnit;
import org.grounded.analysis.agreement.Coefficient;
import org.grounded.analysis.agreement.Disagreement;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.MarkdownTable;
import org.grounded.export.table.TextGrid;

/**
 * Writes an intercoder agreement report: CSV (the coefficients, one row per code or domain and
 * document), Markdown (the coefficients and then the disagreements) or JSON (both, with numbers as
 * numbers). A coefficient that is undefined (nothing varies, nothing to pair) shows as n/a.
 */
public final class AgreementExport {

    /** The formats agreement is written in. */
    public static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.CSV, ReportFormat.MARKDOWN, ReportFormat.JSON);

    private static final String UNDEFINED = "n/a";

    private AgreementExport() {
    }

    public static void write(AgreementReport report, ReportFormat format, OutputStream out) throws IOException {
        out.write(text(report, format).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public static String text(AgreementReport report, ReportFormat format) {
        return switch (format) {
            case CSV -> DelimitedText.csv(coefficients(report));
            case MARKDOWN -> "# Intercoder agreement: " + String.join(", ", report.coders()) + "\n\n"
                    + MarkdownTable.render(coefficients(report)) + "\n## Disagreements\n\n"
                    + (report.disagreements().isEmpty() ? "None.\n" : MarkdownTable.render(disagreements(report)));
            case JSON -> json(report);
            default -> throw new IllegalArgumentException("Agreement is written as csv, md or json, not " + format.option());
        };
    }

    /** The coefficients that occur in the report, in their fixed order. */
    public static List<Coefficient> columns(AgreementReport report) {
        EnumSet<Coefficient> used = EnumSet.noneOf(Coefficient.class);
        report.rows().forEach(row -> used.addAll(row.coefficients().keySet()));
        return List.copyOf(used);
    }

    /** A coefficient as the table shows it: three decimals, n/a where undefined. */
    public static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : UNDEFINED;
    }

    public static TextGrid coefficients(AgreementReport report) {
        List<Coefficient> columns = columns(report);
        List<String> header = new ArrayList<>(List.of("scope", "name", "document", unitsHeader(report.unit())));
        columns.forEach(column -> header.add(column.label()));
        List<List<String>> rows = new ArrayList<>();
        for (AgreementRow row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(scope(row.scope()), row.name(), row.documentName(),
                    Long.toString(row.units())));
            columns.forEach(column -> cells.add(row.coefficients().containsKey(column)
                    ? format(row.value(column)) : ""));
            rows.add(cells);
        }
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            alignments.add(i < 3 ? TextGrid.Alignment.LEFT : TextGrid.Alignment.RIGHT);
        }
        return new TextGrid(header, rows, alignments, List.of("Coders: " + String.join(", ", report.coders())
                + "; unit: " + report.unit().name().toLowerCase(Locale.ROOT) + "; n/a: undefined (no variation)."));
    }

    public static TextGrid disagreements(AgreementReport report) {
        List<String> header = new ArrayList<>(List.of("code or domain", "document", "start", "end"));
        header.addAll(report.coders());
        List<List<String>> rows = new ArrayList<>();
        for (Disagreement disagreement : report.disagreements()) {
            List<String> cells = new ArrayList<>(List.of(disagreement.scope(), disagreement.documentName(),
                    Integer.toString(disagreement.start()), Integer.toString(disagreement.end())));
            disagreement.codesPerCoder().forEach(codes -> cells.add(codes.isEmpty() ? "-" : String.join("; ", codes)));
            rows.add(cells);
        }
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            alignments.add(i == 2 || i == 3 ? TextGrid.Alignment.RIGHT : TextGrid.Alignment.LEFT);
        }
        return new TextGrid(header, rows, alignments, List.of());
    }

    private static String json(AgreementReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("coders", report.coders());
        root.put("unit", report.unit().name().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgreementRow row : report.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("scope", scope(row.scope()));
            object.put("name", row.name());
            object.put("document", row.documentName());
            object.put("units", row.units());
            Map<String, Object> values = new LinkedHashMap<>();
            for (Coefficient coefficient : columns(report)) {
                if (row.coefficients().containsKey(coefficient)) {
                    OptionalDouble value = row.value(coefficient);
                    values.put(coefficient.label(), value.isPresent() ? value.getAsDouble() : null);
                }
            }
            object.put("coefficients", values);
            rows.add(object);
        }
        root.put("rows", rows);
        List<Map<String, Object>> disagreements = new ArrayList<>();
        for (Disagreement disagreement : report.disagreements()) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("scope", disagreement.scope());
            object.put("document", disagreement.documentName());
            object.put("start", disagreement.start());
            object.put("end", disagreement.end());
            Map<String, Object> coders = new LinkedHashMap<>();
            for (int i = 0; i < report.coders().size(); i++) {
                coders.put(report.coders().get(i), disagreement.codesPerCoder().get(i));
            }
            object.put("codes", coders);
            disagreements.add(object);
        }
        root.put("disagreements", disagreements);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Agreement could not be written as JSON", e);
        }
    }

    private static String unitsHeader(AgreementUnit unit) {
        return unit == AgreementUnit.CHARACTER ? "characters" : "segments";
    }

    private static String scope(AgreementRow.Scope scope) {
        return switch (scope) {
            case CODE -> "code";
            case DOMAIN -> "domain";
            case ALL_DOMAINS -> "all domains";
        };
    }
}
