package org.grounded.ui.refi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.Code;
import org.grounded.model.CodeTree;
import org.grounded.model.Project;
import org.grounded.ui.common.Formats;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The question File → Merge project… asks when the other project has codes that match none of
 * ours (by id, or by name under the same parent): for each, add it as a new code (the default) or
 * map it onto one of our codes, so that its codings land there ({@code ProjectMerge} with a mapping).
 */
public final class CodeMappingViewModel {

    /** One of their codes and the choice made for it: empty to add it as new, else the code of ours it goes onto. */
    public record Row(Code theirs, String label, ObjectProperty<Optional<Code>> target) {
    }

    private final String fileName;
    private final List<Row> rows;
    private final List<Code> ourCodes;
    private final Map<UUID, String> ourLabels;

    public CodeMappingViewModel(String fileName, Project theirs, List<Code> unmatched, Project ours) {
        this.fileName = Objects.requireNonNull(fileName);
        Map<UUID, String> theirLabels = labels(theirs);
        this.rows = unmatched.stream().map(code -> new Row(code, theirLabels.getOrDefault(code.id(), code.name()),
                new SimpleObjectProperty<>(Optional.empty()))).toList();
        this.ourCodes = CodeTree.of(ours).inTreeOrder();
        this.ourLabels = labels(ours);
    }

    /** Each code by its path from the root ("Motivation › Duty"), so same-named codes can be told apart. */
    private static Map<UUID, String> labels(Project project) {
        CodeTree tree = CodeTree.of(project);
        Map<UUID, String> labels = new LinkedHashMap<>();
        for (Code code : tree.inTreeOrder()) {
            List<String> names = new java.util.ArrayList<>(tree.selfAndAncestors(code.id()).stream()
                    .map(id -> project.code(id).map(Code::name).orElse("?")).toList());
            java.util.Collections.reverse(names);
            labels.put(code.id(), String.join(" › ", names));
        }
        return labels;
    }

    public String title() {
        return lang("Codes to merge");
    }

    public String message() {
        int count = rows.size();
        return count == 1
                ? lang("%0 has 1 code that matches none of this project's, by id or by name under the same parent. Add it as a new code, or map it onto a code of yours: its codings then land on your code, each keeping its coder.",
                        fileName)
                : lang("%0 has %1 codes that match none of this project's, by id or by name under the same parent. Add each as a new code, or map it onto a code of yours: its codings then land on your code, each keeping its coder.",
                        fileName, count);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Our codes, in the code tree's order: what a code of theirs can be mapped onto. */
    public List<Code> ourCodes() {
        return ourCodes;
    }

    /** How one of our codes is shown in the choice: its path from the root. */
    public String ourLabel(Code code) {
        return ourLabels.getOrDefault(code.id(), code.name());
    }

    /** Maps their code (by its name, ignoring case) onto ours; for keyboard-free use and tests. */
    public void map(String theirName, Code ours) {
        rows.stream().filter(row -> row.theirs().name().equalsIgnoreCase(theirName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No code '" + theirName + "' to map"))
                .target().set(Optional.of(ours));
    }

    /** Their code id → our code id, for the codes the user mapped. */
    public Map<UUID, UUID> mapping() {
        Map<UUID, UUID> mapping = new LinkedHashMap<>();
        rows.forEach(row -> row.target().get().ifPresent(code -> mapping.put(row.theirs().id(), code.id())));
        return mapping;
    }
}
