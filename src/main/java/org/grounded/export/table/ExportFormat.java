package org.grounded.export.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats tables are exported in. */
public enum ExportFormat {
    /** Comma-separated values, RFC 4180, UTF-8. */
    CSV("csv", "csv"),
    /** Tab-separated values, for the clipboard: spreadsheets and word processors paste it as a table. */
    TSV("tsv", "tsv"),
    /** An Excel workbook: numbers stay numbers, marks shown. */
    XLSX("xlsx", "xlsx"),
    /** A pipe table, for papers written in Markdown. */
    MARKDOWN("md", "md"),
    /** A standalone HTML page with the table. */
    HTML("html", "html"),
    /** A Word document with the table, for co-authors (written by {@code export.report}). */
    DOCX("docx", "docx");

    private final String option;
    private final String extension;

    ExportFormat(String option, String extension) {
        this.option = option;
        this.extension = extension;
    }

    /** The name on the command line: csv, tsv, xlsx, md, html, docx. */
    public String option() {
        return option;
    }

    public String extension() {
        return extension;
    }

    /** Every format but XLSX and DOCX is text, which can go to standard output or the clipboard. */
    public boolean isText() {
        return this != XLSX && this != DOCX;
    }

    /**
     * The format named by a command-line word (csv, tsv, xlsx, md or markdown, html, docx; any case).
     *
     * @throws IllegalArgumentException listing the formats there are
     */
    public static ExportFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("markdown")) {
            return MARKDOWN;
        }
        return Arrays.stream(values()).filter(format -> format.option.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + name + "'; the formats are "
                        + Arrays.stream(values()).map(ExportFormat::option).collect(Collectors.joining(", "))));
    }

    /** The format a file name's extension names (report.xlsx), if any. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = lower.substring(dot + 1);
        if (extension.equals("htm") || extension.equals("markdown")) {
            return Optional.of(extension.equals("htm") ? HTML : MARKDOWN);
        }
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
