package org.grounded.export.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats quotations, the codebook and memos are written in. */
public enum ReportFormat {
    /** One row per item, RFC 4180, UTF-8. */
    CSV("csv"),
    /** An Excel workbook with one sheet. */
    XLSX("xlsx"),
    /** An array of objects, for scripts. */
    JSON("json"),
    /** Headings and block quotes, for papers written in Markdown. */
    MARKDOWN("md"),
    /** A standalone, well-formed HTML page. */
    HTML("html"),
    /** A Word document with headings, for co-authors. */
    DOCX("docx");

    private final String option;

    ReportFormat(String option) {
        this.option = option;
    }

    /** The name on the command line and the file extension: csv, xlsx, json, md, html, docx. */
    public String option() {
        return option;
    }

    public boolean isText() {
        return this != XLSX && this != DOCX;
    }

    /**
     * The format named by a command-line word (any case; markdown and htm too).
     *
     * @throws IllegalArgumentException naming the formats allowed
     */
    public static ReportFormat parse(String name, Collection<ReportFormat> allowed) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        wanted = wanted.equals("markdown") ? "md" : wanted.equals("htm") ? "html" : wanted;
        String finalWanted = wanted;
        return allowed.stream().filter(format -> format.option.equals(finalWanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + name + "'; the formats are "
                        + allowed.stream().map(ReportFormat::option).collect(Collectors.joining(", "))));
    }

    /** The format a file name's extension names (quotes.docx), if any. */
    public static Optional<ReportFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = lower.substring(dot + 1);
        String wanted = extension.equals("markdown") ? "md" : extension.equals("htm") ? "html" : extension;
        return Arrays.stream(values()).filter(format -> format.option.equals(wanted)).findFirst();
    }
}
