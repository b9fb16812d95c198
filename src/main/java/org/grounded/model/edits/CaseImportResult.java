package org.grounded.model.edits;

import java.util.List;
import java.util.Optional;
import org.grounded.model.EntityEdit;

/**
 * What importing a spreadsheet of cases does: one edit (empty when nothing changes) and, for
 * every row, whether it added, updated or left its participant unchanged, or was skipped and why.
 */
public record CaseImportResult(Optional<EntityEdit> edit, List<Outcome> rows) {

    public CaseImportResult {
        rows = List.copyOf(rows);
    }

    /** What happened to a row. */
    public enum Action { ADDED, UPDATED, UNCHANGED, SKIPPED }

    /** @param reason why the row was skipped, "" otherwise */
    public record Outcome(int row, String name, Action action, String reason) {
    }

    public long count(Action action) {
        return rows.stream().filter(outcome -> outcome.action() == action).count();
    }

    public List<Outcome> skipped() {
        return rows.stream().filter(outcome -> outcome.action() == Action.SKIPPED).toList();
    }
}
