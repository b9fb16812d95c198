package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;

/**
 * A codebook read from a .qdc file: a project holding only its codes and code groups, and the
 * report. Open it as a project of its own, or {@link #mergeInto} an open study to share a
 * codebook between studies.
 */
public record RefiCodebookImport(Project codebook, RefiImportReport report) {

    public RefiCodebookImport {
        Objects.requireNonNull(codebook);
        Objects.requireNonNull(report);
    }

    /**
     * One undoable edit that adds the codebook to a project. A code already there (same id, or
     * same name under the same parent) is reused rather than doubled, so importing a codebook
     * twice changes nothing; code groups are added unless a code group of that name exists.
     */
    public EntityEdit mergeInto(Project project) {
        EntityEdit.Builder edit = EntityEdit.builder("Import codebook");
        Map<UUID, UUID> mapped = new HashMap<>();
        for (Code code : codebook.codes()) {
            UUID parent = code.parentId() == null ? null : mapped.get(code.parentId());
            Optional<Code> existing = project.code(code.id())
                    .or(() -> project.codes().stream()
                            .filter(other -> Objects.equals(other.parentId(), parent)
                                    && other.name().toLowerCase(Locale.ROOT).equals(code.name().toLowerCase(Locale.ROOT)))
                            .findFirst());
            if (existing.isPresent()) {
                mapped.put(code.id(), existing.get().id());
            } else {
                mapped.put(code.id(), code.id());
                edit.add(code.withParent(parent));
            }
        }
        for (Group group : codebook.groups(GroupKind.CODE)) {
            boolean taken = project.contains(group.id()) || project.groups(GroupKind.CODE).stream()
                    .anyMatch(other -> other.name().equalsIgnoreCase(group.name()));
            if (!taken) {
                Set<UUID> members = new LinkedHashSet<>();
                group.memberIds().forEach(id -> members.add(mapped.getOrDefault(id, id)));
                edit.add(group.withMembers(members));
            }
        }
        return edit.build();
    }

    /** The codes in the order a tree shows them, for a preview in the import dialog. */
    public List<Code> codesInTreeOrder() {
        List<Code> result = new ArrayList<>();
        codebook.rootCodes().forEach(root -> result.addAll(codebook.subtree(root.id())));
        return result;
    }
}
