package org.grounded.model.edits;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.grounded.model.AttributeValue;

/**
 * One row of a spreadsheet of cases, typed: the participant's (or document's) name, the values
 * it has, the attributes it leaves empty (missing: cleared on re-import) and the problems that
 * make the whole row be skipped, such as text in a number column.
 *
 * @param number the row number the spreadsheet shows, for the report
 */
public record CaseRow(int number, String name, Map<String, AttributeValue> values, Set<String> missing,
                      List<String> problems) {

    public CaseRow {
        Objects.requireNonNull(name, "name");
        values = Map.copyOf(values);
        missing = Set.copyOf(missing);
        problems = List.copyOf(problems);
    }
}
