package org.grounded.ui.cases;

import org.grounded.model.AttributeScope;
import org.grounded.model.edits.CaseImportResult;
import org.grounded.ui.common.Formats;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the user reads after importing a spreadsheet of cases: rows added, updated, unchanged and
 * skipped, and each skipped row with its number and the reason.
 */
public record CaseImportReport(String title, String message, String details) {

    public static CaseImportReport of(String source, AttributeScope scope, CaseImportResult result) {
        String message = result.edit().isEmpty()
                ? lang("%0: %1. Nothing changed in the project.", source, outcome(scope, result))
                : lang("%0: %1.", source, outcome(scope, result));
        StringBuilder details = new StringBuilder();
        for (CaseImportResult.Outcome skipped : result.skipped()) {
            details.append(skipped.name().isBlank() ? lang("Row %0: %1", skipped.row(), skipped.reason())
                    : lang("Row %0 (%1): %2", skipped.row(), skipped.name(), skipped.reason())).append('\n');
        }
        String title = result.edit().isEmpty() ? lang("Nothing imported")
                : scope == AttributeScope.PARTICIPANT ? lang("Participants imported") : lang("Document attributes imported");
        return new CaseImportReport(title, message, details.toString().strip());
    }

    /** "80 rows". */
    static String rows(long count) {
        return Formats.plural(count, lang("%0 row"), lang("%0 rows"));
    }

    /** "78 new participants, 2 updated, 0 unchanged, 1 skipped" (documents are never new). */
    static String outcome(AttributeScope scope, CaseImportResult result) {
        long added = result.count(CaseImportResult.Action.ADDED);
        long updated = result.count(CaseImportResult.Action.UPDATED);
        long unchanged = result.count(CaseImportResult.Action.UNCHANGED);
        long skipped = result.count(CaseImportResult.Action.SKIPPED);
        return scope == AttributeScope.PARTICIPANT
                ? lang("%0, %1 updated, %2 unchanged, %3 skipped",
                        Formats.plural(added, lang("%0 new participant"), lang("%0 new participants")), updated, unchanged, skipped)
                : lang("%0 updated, %1 unchanged, %2 skipped",
                        Formats.plural(updated, lang("%0 document"), lang("%0 documents")), unchanged, skipped);
    }
}
