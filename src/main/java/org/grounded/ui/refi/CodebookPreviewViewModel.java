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

import static org.grounded.ui.i18n.Localization.lang;

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
        return lang("Import codebook %0", fileName);
    }

    /** "14 codes in team.qdc: 9 are new, 5 are already in Milk donation and stay as they are." */
    public String summary() {
        String codes = Formats.plural(rows.size(), lang("%0 code"), lang("%0 codes"));
        int added = newCodes();
        int existing = existingCodes();
        String text;
        if (existing == 0) {
            text = added == 1 ? lang("%0 in %1: it is new.", codes, fileName) : lang("%0 in %1: all are new.", codes, fileName);
        } else if (added == 0) {
            text = existing == 1 ? lang("%0 in %1: it is already in %2.", codes, fileName, projectName)
                    : lang("%0 in %1: all are already in %2.", codes, fileName, projectName);
        } else {
            text = lang("%0 in %1: %2, %3.", codes, fileName,
                    added == 1 ? lang("%0 is new", added) : lang("%0 are new", added),
                    existing == 1 ? lang("%0 is already in %1 and stays as it is", existing, projectName)
                            : lang("%0 are already in %1 and stay as they are", existing, projectName));
        }
        if (newGroups > 0) {
            text += " " + (newGroups == 1 ? lang("%0 code group is added too.", newGroups)
                    : lang("%0 code groups are added too.", newGroups));
        }
        return text;
    }

    /** The confirm button's label: "Import 9 codes". */
    public String confirmLabel() {
        int added = newCodes();
        return added > 0 ? lang("Import %0", Formats.plural(added, lang("%0 code"), lang("%0 codes")))
                : lang("Import %0", Formats.plural(newGroups, lang("%0 code group"), lang("%0 code groups")));
    }
}
