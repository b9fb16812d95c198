package org.grounded.ui.cases;

import org.grounded.model.AttributeScope;
import org.grounded.model.edits.CaseImportResult;
import org.grounded.ui.common.Formats;

/**
 * What the user reads after importing a spreadsheet of cases: rows added, updated, unchanged and
 * skipped, and each skipped row with its number and the reason.
 */
public record CaseImportReport(String title, String message, String details) {

    public static CaseImportReport of(String source, AttributeScope scope, CaseImportResult result) {
        String message = source + ": " + outcome(scope, result) + "."
                + (result.edit().isEmpty() ? " Nothing changed in the project." : "");
        StringBuilder details = new StringBuilder();
        for (CaseImportResult.Outcome skipped : result.skipped()) {
            details.append("Row ").append(skipped.row());
            if (!skipped.name().isBlank()) {
                details.append(" (").append(skipped.name()).append(')');
            }
            details.append(": ").append(skipped.reason()).append('\n');
        }
        String what = scope == AttributeScope.PARTICIPANT ? "Participants" : "Document attributes";
        return new CaseImportReport(result.edit().isEmpty() ? "Nothing imported" : what + " imported", message,
                details.toString().strip());
    }

    /** "80 rows". */
    static String rows(long count) {
        return Formats.count(count, "row");
    }

    /** "78 new participants, 2 updated, 0 unchanged, 1 skipped" (documents are never new). */
    static String outcome(AttributeScope scope, CaseImportResult result) {
        long added = result.count(CaseImportResult.Action.ADDED);
        String first = scope == AttributeScope.PARTICIPANT
                ? Formats.count(added, "new participant") + ", " + Formats.number(
                        result.count(CaseImportResult.Action.UPDATED)) + " updated"
                : Formats.count(result.count(CaseImportResult.Action.UPDATED), "document") + " updated";
        return first + ", " + Formats.number(result.count(CaseImportResult.Action.UNCHANGED)) + " unchanged, "
                + Formats.number(result.count(CaseImportResult.Action.SKIPPED)) + " skipped";
    }
}
