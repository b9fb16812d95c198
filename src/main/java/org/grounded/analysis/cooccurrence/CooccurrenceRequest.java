package org.grounded.analysis.cooccurrence;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Project;
import org.grounded.model.Group;
import org.grounded.model.Code;
import org.grounded.model.CodeTree;

/**
 * Which co-occurrences to count.
 *
 * @param codeIds          the matrix's codes in order; empty for every code in code-tree order
 * @param documentGroupIds count only in the documents of these groups; empty for every document
 */
public record CooccurrenceRequest(List<UUID> codeIds, Set<UUID> documentGroupIds) {

    public CooccurrenceRequest {
        codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
        documentGroupIds = documentGroupIds == null ? Set.of() : Set.copyOf(documentGroupIds);
    }

    /** Every code, every document. */
    public static CooccurrenceRequest allCodes() {
        return new CooccurrenceRequest(List.of(), Set.of());
    }

    public CooccurrenceRequest withCodes(List<UUID> newCodeIds) {
        return new CooccurrenceRequest(newCodeIds, documentGroupIds);
    }

    public CooccurrenceRequest withDocumentGroups(Set<UUID> newDocumentGroupIds) {
        return new CooccurrenceRequest(codeIds, newDocumentGroupIds);
    }

    /**
     * The codes of a code group, in code-tree order: the window's "A code group" scope and
     * {@code grounded cooccur --code-group}.
     *
     * @throws IllegalArgumentException when the group has fewer than two codes to compare
     */
    public CooccurrenceRequest withCodeGroup(Project project, UUID groupId) {
        Group group = project.find(Group.class, groupId)
                .orElseThrow(() -> new IllegalArgumentException("The project has no code group " + groupId));
        List<UUID> ids = inTreeOrder(project, group.memberIds());
        if (ids.size() < 2) {
            throw new IllegalArgumentException("The code group '" + group.name() + "' has fewer than two codes to compare.");
        }
        return withCodes(ids);
    }

    /**
     * Chosen codes, in code-tree order: the window's "Chosen codes" scope and
     * {@code grounded cooccur --code}.
     *
     * @throws IllegalArgumentException when fewer than two of them are codes of the project
     */
    public CooccurrenceRequest withChosenCodes(Project project, Set<UUID> chosen, String tooFew) {
        List<UUID> ids = inTreeOrder(project, chosen);
        if (ids.size() < 2) {
            throw new IllegalArgumentException(tooFew);
        }
        return withCodes(ids);
    }

    private static List<UUID> inTreeOrder(Project project, Set<UUID> wanted) {
        return CodeTree.of(project).inTreeOrder().stream().map(Code::id).filter(wanted::contains).toList();
    }
}
