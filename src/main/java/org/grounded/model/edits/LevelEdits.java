package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;

/**
 * Selective coding: the grounded-theory level of codes (open, axial, selective) and the core mark
 * of core categories and themes, set for several codes as one action, and the filters that list
 * them.
 */
public final class LevelEdits {

    private LevelEdits() {
    }

    /**
     * Sets the level of several codes at once and marks, unmarks or keeps their core mark: "promote
     * to theme" is {@code promote(project, ids, SELECTIVE, MARK_CORE)}. Empty when every code is
     * already so.
     */
    public static Optional<EntityEdit> promote(Project project, Collection<UUID> codeIds, CodingLevel level,
                                               CoreMarking marking) {
        Draft draft = Draft.of(project);
        List<Code> codes = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(codeIds)) {
            codes.add(draft.require(Code.class, id));
        }
        for (Code code : codes) {
            Code changed = code.withLevel(level);
            if (marking != CoreMarking.KEEP) {
                changed = changed.withCore(marking == CoreMarking.MARK_CORE);
            }
            draft.update(changed);
        }
        Object names = Describe.names(Describe.labels(codes), EditName.of("%0 codes", codes.size()));
        EditName levelName = switch (level) {
            case OPEN -> EditName.of("open");
            case AXIAL -> EditName.of("axial");
            case SELECTIVE -> EditName.of("selective");
        };
        return draft.buildIfChanged(switch (marking) {
            case MARK_CORE -> EditName.of("Set %0 to %1, core", names, levelName);
            case UNMARK_CORE -> EditName.of("Set %0 to %1, not core", names, levelName);
            case KEEP -> EditName.of("Set %0 to %1", names, levelName);
        });
    }

    /** Sets the level of one code. */
    public static Optional<EntityEdit> setLevel(Project project, UUID codeId, CodingLevel level) {
        return promote(project, List.of(codeId), level, CoreMarking.KEEP);
    }

    /** Marks a code as a core category or theme. */
    public static Optional<EntityEdit> markCore(Project project, UUID codeId) {
        return setCore(project, codeId, true);
    }

    /** Takes the core mark off a code. */
    public static Optional<EntityEdit> unmarkCore(Project project, UUID codeId) {
        return setCore(project, codeId, false);
    }

    private static Optional<EntityEdit> setCore(Project project, UUID codeId, boolean core) {
        Draft draft = Draft.of(project);
        Code code = draft.require(Code.class, codeId);
        draft.update(code.withCore(core));
        return draft.buildIfChanged(core ? EditName.of("Mark '%0' as core", code.name())
                : EditName.of("Unmark '%0' as core", code.name()));
    }

    /** The codes at a level, in code-tree order. */
    public static List<Code> codesAtLevel(Project project, CodingLevel level) {
        return project.codes().stream().filter(code -> code.level() == level).toList();
    }

    /** The core categories and themes, in code-tree order. */
    public static List<Code> coreCodes(Project project) {
        return project.codes().stream().filter(Code::core).toList();
    }
}
