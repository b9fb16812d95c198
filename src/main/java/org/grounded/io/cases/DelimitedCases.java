package org.grounded.io.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-, semicolon- or tab-separated text (RFC 4180 quoting: a quoted field may hold the
 * separator, line breaks and doubled quotes). The separator is the one of the three that the
 * header line holds most often outside quotes; a spreadsheet saved in a European locale writes
 * {@code ;} and a decimal comma, so with {@code ;} or tab numbers may use a decimal comma.
 */
final class DelimitedCases {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private DelimitedCases() {
    }

    static CaseSheet parse(String source, String text) throws CaseImportException {
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                fieldStarted = true;
                field.setLength(0);
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                    lineNumbers.add(recordLine);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CaseImportException(source + ": a quoted cell that starts on line " + recordLine
                    + " never ends (a \" is missing)");
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new CaseImportException(source + ": the file is empty; its first row should name the columns");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<CaseSheet.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new CaseSheet.Row(r + 1, cells));
        }
        return new CaseSheet(source, header, rows, separator != ',');
    }

    /** The separator the first line holds most often outside quotes; a comma when it holds none. */
    static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }
}
