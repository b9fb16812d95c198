package org.grounded.ui.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.Code;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.edits.RelationDirection;
import org.grounded.model.edits.RelationEdits;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Axial coding's relations between codes ("Fears — is cause of → Obstacles"): the list, a new
 * relation made from two codes and a type, and the selected relation's type, direction, comment
 * and deletion; user-defined relation types beside the built-in ones. The network view draws
 * these.
 */
public final class RelationsViewModel {

    /** A code in the choosers. */
    public record CodeItem(UUID id, String name, String colour) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A relation as the list shows it. */
    public record RelationRow(UUID id, CodeItem source, RelationType type, CodeItem target, String comment) {
        /** "Fears — is cause of → Obstacles", or "— contradicts —" for a type that reads both ways. */
        public String phrase() {
            return source.name() + "  — " + RelationTypeNames.of(type) + (type.directed() ? " →  " : " —  ") + target.name();
        }
    }

    private final Editor editor;
    private final Workspace workspace;
    private final ObservableList<RelationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CodeItem> codes = FXCollections.observableArrayList();
    private final ObservableList<RelationType> types = FXCollections.observableArrayList();
    private final ObjectProperty<CodeItem> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<RelationType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<CodeItem> target = new SimpleObjectProperty<>(this, "target");
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RelationRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final BooleanProperty onlySelectedCode = new SimpleBooleanProperty(this, "onlySelectedCode");

    public RelationsViewModel(Editor editor) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        workspace.sessionProperty().addListener((observable, before, after) -> {
            source.set(null);
            target.set(null);
            type.set(null);
            refresh();
        });
        // Relations show codes and relation types: coding, memos and participants leave them alone.
        workspace.revisionProperty().addListener((observable, before, after) -> {
            ChangeSet change = workspace.lastChange();
            if (change.structure() || !change.relations().isEmpty() || !change.codes().isEmpty()) {
                refresh();
            }
        });
        workspace.selectedCodeProperty().addListener((observable, before, after) -> {
            if (onlySelectedCode.get()) {
                refresh();
            }
        });
        onlySelectedCode.addListener((observable, before, after) -> refresh());
        selected.addListener((observable, before, after) -> refreshSelected());
        refresh();
    }

    public ObservableList<RelationRow> rows() {
        return rows;
    }

    public ObservableList<CodeItem> codes() {
        return codes;
    }

    public ObservableList<RelationType> types() {
        return types;
    }

    /** The new relation's first code. */
    public ObjectProperty<CodeItem> sourceProperty() {
        return source;
    }

    public ObjectProperty<RelationType> typeProperty() {
        return type;
    }

    public ObjectProperty<CodeItem> targetProperty() {
        return target;
    }

    /** The relation chosen in the list, by id. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<RelationRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Shows only the relations of the code selected in the tree. */
    public BooleanProperty onlySelectedCodeProperty() {
        return onlySelectedCode;
    }

    public boolean canEdit() {
        return editor.canEdit();
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            rows.clear();
            codes.clear();
            types.clear();
            selected.set(null);
            refreshSelected();
            return;
        }
        List<CodeItem> codeItems = project.codes().stream().map(RelationsViewModel::item).toList();
        if (!codes.equals(codeItems)) {
            codes.setAll(codeItems);
        }
        List<RelationType> typeList = List.copyOf(project.relationTypes());
        if (!types.equals(typeList)) {
            types.setAll(typeList);
        }
        source.set(current(project, source.get()));
        target.set(current(project, target.get()));
        if (type.get() == null || project.relationType(type.get().id()).isEmpty()) {
            type.set(typeList.isEmpty() ? null : typeList.get(0));
        } else {
            type.set(project.relationType(type.get().id()).orElseThrow());
        }
        UUID code = workspace.selectedCodeProperty().get();
        List<RelationRow> result = new ArrayList<>();
        for (Relation relation : project.relations()) {
            if (onlySelectedCode.get() && (code == null || !relation.involves(code))) {
                continue;
            }
            Optional<Code> from = project.code(relation.sourceCodeId());
            Optional<Code> to = project.code(relation.targetCodeId());
            Optional<RelationType> kind = project.relationType(relation.typeId());
            if (from.isPresent() && to.isPresent() && kind.isPresent()) {
                result.add(new RelationRow(relation.id(), item(from.get()), kind.get(), item(to.get()),
                        relation.comment()));
            }
        }
        rows.setAll(result);
        if (selected.get() != null && project.find(Relation.class, selected.get()).isEmpty()) {
            selected.set(null);
        }
        refreshSelected();
    }

    private static CodeItem current(Project project, CodeItem item) {
        return item == null ? null : project.code(item.id()).map(RelationsViewModel::item).orElse(null);
    }

    private void refreshSelected() {
        selectedRow.set(rows.stream().filter(row -> row.id().equals(selected.get())).findFirst().orElse(null));
    }

    private static CodeItem item(Code code) {
        return new CodeItem(code.id(), code.name(), code.colour());
    }

    /** Starts a new relation from a code (the code tree's "Relate to…"). */
    public void startFrom(UUID codeId) {
        workspace.project().flatMap(project -> project.code(codeId)).ifPresent(code -> source.set(item(code)));
        if (target.get() != null && target.get().id().equals(codeId)) {
            target.set(null);
        }
    }

    /** Makes the relation set in the choosers; it becomes the selected one. */
    public boolean relate() {
        if (source.get() == null || type.get() == null || target.get() == null) {
            editor.dialogs().showInformation(lang("New relation"), lang("Choose two codes and how they are related."));
            return false;
        }
        UUID from = source.get().id();
        UUID to = target.get().id();
        UUID kind = type.get().id();
        boolean made = editor.performAlways(lang("Cannot relate the codes"),
                project -> RelationEdits.relate(project, from, kind, to));
        if (made) {
            workspace.project().flatMap(project -> project.relations().stream()
                    .filter(r -> r.sourceCodeId().equals(from) && r.targetCodeId().equals(to)
                            && r.typeId().equals(kind)).findFirst())
                    .ifPresent(relation -> selected.set(relation.id()));
            target.set(null);
        }
        return made;
    }

    public boolean changeType(UUID relationId, UUID typeId) {
        return editor.perform(lang("Cannot change the relation"), project -> RelationEdits.changeType(project, relationId,
                typeId));
    }

    public boolean reverse(UUID relationId) {
        return editor.perform(lang("Cannot reverse the relation"), project -> RelationEdits.reverse(project, relationId));
    }

    public void comment(UUID relationId, String comment) {
        editor.perform(lang("Cannot change the comment"), project -> RelationEdits.setComment(project, relationId, comment));
    }

    public boolean delete(UUID relationId) {
        return editor.performAlways(lang("Cannot delete the relation"), project -> RelationEdits.delete(project, relationId));
    }

    /** Asks for a new relation type's linking words and whether it reads one way; it becomes the chosen type. */
    public void newType() {
        if (!editor.canEdit()) {
            return;
        }
        Optional<String> name = editor.dialogs().askText(lang("New relation type"),
                lang("The linking words, as in \"Fears  is cause of  Obstacles\":"), "");
        if (name.isEmpty()) {
            return;
        }
        Optional<RelationDirection> direction = editor.dialogs().choose(lang("New relation type"),
                lang("Does '%0' read one way (from the first code to the second) or both ways?", name.get().strip()),
                List.of(new DialogService.Choice<>(RelationDirection.DIRECTED, lang("One way  →")),
                        new DialogService.Choice<>(RelationDirection.UNDIRECTED, lang("Both ways  —"))));
        direction.ifPresent(way -> {
            if (editor.performAlways(lang("Cannot add the relation type"),
                    project -> RelationEdits.addType(project, name.get(), way))) {
                workspace.project().flatMap(project -> project.relationTypeNamed(name.get()))
                        .ifPresent(type::set);
            }
        });
    }

    public void renameType(UUID typeId) {
        workspace.project().flatMap(project -> project.relationType(typeId)).ifPresent(kind ->
                editor.dialogs().askText(lang("Rename relation type"), lang("New linking words for '%0':", RelationTypeNames.of(kind)),
                        kind.name()).ifPresent(name -> editor.perform(lang("Cannot rename the relation type"),
                        project -> RelationEdits.renameType(project, typeId, name))));
    }

    public void deleteType(UUID typeId) {
        editor.performAlways(lang("Cannot delete the relation type"), project -> RelationEdits.deleteType(project, typeId));
    }
}
