package org.grounded.ui.refi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.io.refi.RefiCodebookImport;
import org.grounded.model.Change;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.Project;
import org.grounded.ui.common.Formats;

/**
 * What the codebook preview shows before a .qdc is merged into the open project: the codebook's
 * codes in tree order, each marked new or already there, and how many the import would add.
 */
public final class CodebookPreviewViewModel {

    /**
     * One code of the codebook as the preview lists it.
     *
     * @param depth 0 for a top-level code, 1 for its sub-codes, and so on
     * @param isNew whether importing adds it (false: the project has this code already and keeps it)
     */
    public record CodeRow(String name, String colour, int depth, boolean isCategory, boolean isNew) {
    }

    private final String fileName;
    private final String projectName;
    private final List<CodeRow> rows;
    private final int newGroups;

    /**
     * @param merge the edit {@link RefiCodebookImport#mergeInto} made for the open project
     */
    public CodebookPreviewViewModel(String fileName, String projectName, RefiCodebookImport codebook, EntityEdit merge) {
        this.fileName = fileName;
        this.projectName = projectName;
        Set<UUID> added = new HashSet<>();
        int groups = 0;
        for (Change change : merge.changes()) {
            if (change.before() == null && change.after() instanceof Code code) {
                added.add(code.id());
            } else if (change.before() == null && change.after() instanceof Group) {
                groups++;
            }
        }
        this.newGroups = groups;
        Project book = codebook.codebook();
        this.rows = codebook.codesInTreeOrder().stream()
                .map(code -> new CodeRow(code.name(), code.colour(), depth(book, code), book.isCategory(code.id()),
                        added.contains(code.id())))
                .toList();
    }

    private static int depth(Project codebook, Code code) {
        int depth = 0;
        UUID parent = code.parentId();
        Set<UUID> seen = new HashSet<>();
        while (parent != null && seen.add(parent)) {
            depth++;
            parent = codebook.code(parent).map(Code::parentId).orElse(null);
        }
        return depth;
    }

    public List<CodeRow> rows() {
        return rows;
    }

    public int newCodes() {
        return (int) rows.stream().filter(CodeRow::isNew).count();
    }

    public int existingCodes() {
        return rows.size() - newCodes();
    }

    public int newGroups() {
        return newGroups;
    }

    /** Whether importing would change the project at all. */
    public boolean addsAnything() {
        return newCodes() > 0 || newGroups > 0;
    }

    public String title() {
        return "Import codebook " + fileName;
    }

    /** "14 codes in team.qdc: 9 are new, 5 are already in Milk donation and stay as they are." */
    public String summary() {
        StringBuilder text = new StringBuilder(Formats.count(rows.size(), "code")).append(" in ").append(fileName)
                .append(": ");
        int added = newCodes();
        int existing = existingCodes();
        if (existing == 0) {
            text.append(added == 1 ? "it is new" : "all are new");
        } else if (added == 0) {
            text.append(existing == 1 ? "it is" : "all are").append(" already in ").append(projectName);
        } else {
            text.append(Formats.number(added)).append(added == 1 ? " is new, " : " are new, ")
                    .append(Formats.number(existing)).append(existing == 1 ? " is" : " are").append(" already in ")
                    .append(projectName).append(" and stay").append(existing == 1 ? "s" : "").append(" as ")
                    .append(existing == 1 ? "it is" : "they are");
        }
        text.append('.');
        if (newGroups > 0) {
            text.append(' ').append(Formats.count(newGroups, "code group")).append(newGroups == 1 ? " is" : " are")
                    .append(" added too.");
        }
        return text.toString();
    }

    /** The confirm button's label: "Import 9 codes". */
    public String confirmLabel() {
        int added = newCodes();
        return added > 0 ? "Import " + Formats.count(added, "code") : "Import " + Formats.count(newGroups, "code group");
    }
}
