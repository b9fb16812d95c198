package org.grounded.io.cases;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.grounded.model.AttributeType;

/**
 * How to read a spreadsheet of cases, as the preview (or the command line) chose.
 *
 * @param nameColumn   the column that names the participant, "" for the default: a column named
 *                     Name, Participant, Case or ID, else the first column
 * @param missingCodes cell texts that mean "no answer" besides an empty cell, such as 99
 * @param types        a type chosen for a column, by column name; other columns are typed by their values
 * @param skipped      columns not imported
 */
public record CaseImportOptions(String nameColumn, Set<String> missingCodes, Map<String, AttributeType> types,
                                Set<String> skipped) {

    /** Missing-value codes every import knows (compared ignoring case). */
    public static final Set<String> STANDARD_MISSING = Set.of("", "na", "n/a", "-", "–", "#n/a", "null");

    public CaseImportOptions {
        nameColumn = nameColumn == null ? "" : nameColumn.strip();
        Set<String> codes = new LinkedHashSet<>(STANDARD_MISSING);
        (missingCodes == null ? Set.<String>of() : missingCodes).forEach(code -> codes.add(
                code.strip().toLowerCase(Locale.ROOT)));
        missingCodes = Set.copyOf(codes);
        types = types == null ? Map.of() : Map.copyOf(types);
        skipped = skipped == null ? Set.of() : Set.copyOf(skipped);
    }

    public static CaseImportOptions defaults() {
        return new CaseImportOptions("", Set.of(), Map.of(), Set.of());
    }

    public boolean isMissing(String cell) {
        return missingCodes.contains(cell.strip().toLowerCase(Locale.ROOT));
    }
}
