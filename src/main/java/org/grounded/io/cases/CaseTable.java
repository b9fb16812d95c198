package org.grounded.io.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.edits.CaseColumn;
import org.grounded.model.edits.CaseRow;

/**
 * A spreadsheet of cases typed for import: which column names the cases, which columns become
 * attributes of which type, and each row's values. A column's type is guessed from its values
 * (missing codes left out): all numbers, all dates, a few values that repeat (a category), else
 * text. A cell that does not fit its column's type is a problem of its row, which is then skipped.
 */
public record CaseTable(String nameColumn, List<CaseColumn> columns, List<CaseRow> rows) {

    /** At most this many distinct values make a column a category (when they repeat). */
    static final int MAX_CATEGORIES = 12;
    private static final List<String> NAME_HEADERS = List.of("name", "participant", "case", "id", "document");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d.M.uuuu");

    public CaseTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param known the types of attributes the project already has, by lower-case name: a column
     *              of that name keeps it, so a re-import never changes an attribute's type
     * @throws CaseImportException when the name column is not in the sheet, or columns repeat a name
     */
    public static CaseTable of(CaseSheet sheet, CaseImportOptions options, Map<String, AttributeType> known)
            throws CaseImportException {
        List<String> header = sheet.header();
        int nameIndex = nameColumn(sheet, options);
        Set<String> names = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            if (!header.get(c).isBlank() && !names.add(header.get(c).toLowerCase(Locale.ROOT))) {
                throw new CaseImportException(sheet.source() + ": two columns are named '" + header.get(c) + "'");
            }
        }
        List<Integer> attributeIndexes = new ArrayList<>();
        List<CaseColumn> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (c == nameIndex || name.isBlank() || options.skipped().stream().anyMatch(name::equalsIgnoreCase)) {
                continue;
            }
            int index = c;
            AttributeType type = options.types().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseGet(() -> known.getOrDefault(name.toLowerCase(Locale.ROOT), guess(sheet, index, options)));
            attributeIndexes.add(c);
            columns.add(new CaseColumn(name, type));
        }
        List<CaseRow> rows = new ArrayList<>();
        for (CaseSheet.Row row : sheet.rows()) {
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            Set<String> missing = new LinkedHashSet<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                CaseColumn column = columns.get(i);
                String cell = row.cell(attributeIndexes.get(i)).strip();
                if (options.isMissing(cell)) {
                    missing.add(column.name());
                    continue;
                }
                Optional<AttributeValue> value = value(column.type(), cell, sheet.decimalComma());
                if (value.isPresent()) {
                    values.put(column.name(), value.get());
                } else {
                    problems.add("'" + cell + "' in '" + column.name() + "' is not " + article(column.type()));
                }
            }
            rows.add(new CaseRow(row.number(), row.cell(nameIndex).strip(), values, missing, problems));
        }
        return new CaseTable(header.get(nameIndex), columns, rows);
    }

    /** The type a column's values suggest. */
    public static AttributeType guess(CaseSheet sheet, int column, CaseImportOptions options) {
        List<String> cells = new ArrayList<>();
        for (CaseSheet.Row row : sheet.rows()) {
            String cell = row.cell(column).strip();
            if (!options.isMissing(cell)) {
                cells.add(cell);
            }
        }
        if (cells.isEmpty()) {
            return AttributeType.TEXT;
        }
        if (cells.stream().allMatch(cell -> number(cell, sheet.decimalComma()).isPresent())) {
            return AttributeType.NUMBER;
        }
        if (cells.stream().allMatch(cell -> date(cell).isPresent())) {
            return AttributeType.DATE;
        }
        long distinct = cells.stream().map(cell -> cell.toLowerCase(Locale.ROOT)).distinct().count();
        return distinct <= MAX_CATEGORIES && distinct < cells.size() ? AttributeType.CATEGORY : AttributeType.TEXT;
    }

    private static int nameColumn(CaseSheet sheet, CaseImportOptions options) throws CaseImportException {
        List<String> header = sheet.header();
        if (!options.nameColumn().isEmpty()) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).equalsIgnoreCase(options.nameColumn())) {
                    return c;
                }
            }
            throw new CaseImportException(sheet.source() + ": there is no column named '" + options.nameColumn()
                    + "'; the columns are: " + String.join(", ", header));
        }
        for (String wanted : NAME_HEADERS) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).equalsIgnoreCase(wanted)) {
                    return c;
                }
            }
        }
        return 0;
    }

    static Optional<AttributeValue> value(AttributeType type, String cell, boolean decimalComma) {
        return switch (type) {
            case NUMBER -> number(cell, decimalComma).map(AttributeValue::number);
            case DATE -> date(cell).map(AttributeValue::date);
            case CATEGORY -> Optional.of(AttributeValue.category(cell));
            case TEXT -> Optional.of(AttributeValue.text(cell));
        };
    }

    /** A number as written in the file: 29, -1.5, 1e3, and with a decimal comma 29,5. */
    static Optional<BigDecimal> number(String cell, boolean decimalComma) {
        String text = cell.strip();
        if (decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** A date as ISO 2024-03-01 or day first 1.3.2024. */
    static Optional<LocalDate> date(String cell) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_FIRST)) {
            try {
                return Optional.of(LocalDate.parse(cell.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String article(AttributeType type) {
        return switch (type) {
            case NUMBER -> "a number";
            case DATE -> "a date (YYYY-MM-DD)";
            default -> "a value";
        };
    }
}
