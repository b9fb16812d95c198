package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.model.Code;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;

/** Collects, while an import runs, what was skipped and why; builds the {@link RefiImportReport} at the end. */
final class ImportLog {

    private record Key(String what, String reason) {
    }

    private final Map<Key, Integer> skipped = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final List<RefiImportReport.ExternalFile> external = new ArrayList<>();
    private int users;
    private int comments;

    void skip(String what, String reason) {
        skip(what, 1, reason);
    }

    void skip(String what, int count, String reason) {
        if (count > 0) {
            skipped.merge(new Key(what, reason), count, Integer::sum);
        }
    }

    /** A file outside the archive, left out because the user did not allow reading it. */
    void external(String item, Path file) {
        external.add(new RefiImportReport.ExternalFile(item, file));
    }

    void note(String note) {
        notes.add(note);
    }

    void users(int count) {
        users = count;
    }

    void comment() {
        comments++;
    }

    RefiImportReport report(Path file, String origin, String counting, Project project) {
        List<RefiImportReport.Skipped> list = new ArrayList<>();
        skipped.forEach((key, count) -> list.add(new RefiImportReport.Skipped(key.what(), count, key.reason())));
        int codings = project.quotations().stream().mapToInt(q -> q.codeIds().size()).sum();
        int values = project.participants().stream().mapToInt(p -> p.attributes().size()).sum()
                + project.documents().stream().mapToInt(d -> d.attributes().size()).sum();
        int categories = (int) project.codes().stream().map(Code::id).filter(project::isCategory).count();
        RefiImportReport.Counts counts = new RefiImportReport.Counts(users, project.codes().size(), categories,
                project.documents().size(), project.quotations().size(), codings, comments, project.memos().size(),
                project.participants().size(), project.attributeDefinitions().size(), values,
                project.groups(GroupKind.CODE).size(), project.groups(GroupKind.DOCUMENT).size(),
                project.groups(GroupKind.PARTICIPANT).size(), project.relations().size(), project.networks().size());
        return new RefiImportReport(file, origin, counting, counts, list, List.copyOf(notes), external);
    }
}
