package org.grounded.cli;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.grounded.model.Code;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;

/**
 * Finds what a command-line option names (a group, a code) in the project, ignoring case; a name
 * the project lacks is refused with a message that lists the names there are.
 */
final class ProjectNames {

    private ProjectNames() {
    }

    static UUID group(Project project, GroupKind kind, String name, String option) {
        List<Group> groups = project.groups(kind);
        return groups.stream().filter(group -> same(group.name(), name)).findFirst().map(Group::id)
                .orElseThrow(() -> new IllegalArgumentException(option + ": the project has no "
                        + kindName(kind) + " group '" + name + "'" + available(groups.stream().map(Group::name).toList())));
    }

    static UUID code(Project project, String name, String option) {
        return project.codes().stream().filter(code -> same(code.name(), name)).findFirst().map(Code::id)
                .orElseThrow(() -> new IllegalArgumentException(option + ": the project has no code '" + name + "'"));
    }

    static UUID document(Project project, String name, String option) {
        return project.documents().stream().filter(document -> same(document.name(), name)).findFirst()
                .map(org.grounded.model.Document::id)
                .orElseThrow(() -> new IllegalArgumentException(option + ": the project has no document '" + name + "'"));
    }

    static UUID participant(Project project, String name, String option) {
        return project.participants().stream().filter(participant -> same(participant.name(), name)).findFirst()
                .map(org.grounded.model.Participant::id)
                .orElseThrow(() -> new IllegalArgumentException(option + ": the project has no participant '" + name
                        + "'" + available(project.participants().stream().map(p -> p.name()).toList())));
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String kindName(GroupKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String available(List<String> names) {
        return names.isEmpty() ? "; it has none" : "; it has " + names.stream().map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
    }
}
