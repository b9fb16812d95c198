package org.grounded.ui.codes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.session.Workspace;

/** The code tree: codes under their categories, each with its colour and quotation count. */
public final class CodeTreeViewModel {

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<List<CodeNode>> roots = new ReadOnlyObjectWrapper<>(this, "roots", List.of());
    private final ObjectProperty<UUID> selectedCode = new SimpleObjectProperty<>(this, "selectedCode");

    public CodeTreeViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.revisionProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    /** The top-level codes, each with its sub-codes; a new list after every change. */
    public ReadOnlyObjectProperty<List<CodeNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public List<CodeNode> roots() {
        return roots.get();
    }

    public ObjectProperty<UUID> selectedCodeProperty() {
        return selectedCode;
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            roots.set(List.of());
            selectedCode.set(null);
            return;
        }
        List<CodeNode> nodes = new ArrayList<>();
        for (Code code : project.rootCodes()) {
            nodes.add(node(project, code, new HashSet<>()).node());
        }
        roots.set(List.copyOf(nodes));
        if (selectedCode.get() != null && project.code(selectedCode.get()).isEmpty()) {
            selectedCode.set(null);
        }
    }

    private record Built(CodeNode node, Set<UUID> quotations) {
    }

    /** Builds a node and returns the quotations of its whole subtree, so categories count each once. */
    private Built node(Project project, Code code, Set<UUID> visiting) {
        Set<UUID> quotations = new HashSet<>();
        for (Quotation quotation : project.quotationsWithCode(code.id())) {
            quotations.add(quotation.id());
        }
        List<CodeNode> children = new ArrayList<>();
        if (visiting.add(code.id())) {
            for (Code child : project.children(code.id())) {
                Built built = node(project, child, visiting);
                children.add(built.node());
                quotations.addAll(built.quotations());
            }
        }
        return new Built(new CodeNode(code.id(), code.name(), code.colour(), quotations.size(), code.core(), children),
                quotations);
    }
}
