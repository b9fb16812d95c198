package org.grounded.ui.codes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.ChangeSet;
import org.grounded.model.Code;
import org.grounded.model.CodeCounts;
import org.grounded.model.CodeTree;
import org.grounded.model.CodingLevel;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.edits.CodeMergeEdits;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.model.edits.CoreMarking;
import org.grounded.model.edits.GroupEdits;
import org.grounded.model.edits.LevelEdits;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The code tree and the axial and selective coding done on it: codes under their categories with
 * their counts, a filter (by name, level, core mark or code group), and the codebook's edits —
 * new, rename, recolour, move under a category, merge, delete, levels and core marks, code
 * groups. Questions to the user (a name, a merge target, "delete?") go through the dialogs.
 */
public final class CodeTreeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CodeTreeViewModel.class);

    private final Editor editor;
    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<List<CodeNode>> roots = new ReadOnlyObjectWrapper<>(this, "roots", List.of());
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<CodeScope> scope = new SimpleObjectProperty<>(this, "scope", CodeScope.ALL);
    private final ObservableList<CodeScope> scopes = FXCollections.observableArrayList();
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    /** The counts shown, kept between edits so a coding action recounts only the codes it names. */
    private CodeCounts counts;
    private final TaskExecutor executor;
    /** The count of a newly opened project, made in the background; a newer request drops an older one's result. */
    private final RequestSequence opening = new RequestSequence();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    /** The project's revision when the count under way was asked for. */
    private long countedRevision;

    /** A code tree that counts on the calling thread (tests, the headless workbench). */
    public CodeTreeViewModel(Editor editor) {
        this(editor, new CurrentThreadTaskExecutor());
    }

    /**
     * @param executor counts the quotations of a newly opened project in the background: on a
     *                 large study that count took the JavaFX thread for a large part of a second (issue 21)
     */
    public CodeTreeViewModel(Editor editor, TaskExecutor executor) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.executor = Objects.requireNonNull(executor);
        workspace.sessionProperty().addListener((observable, before, after) -> {
            counts = null;
            scope.set(CodeScope.ALL);
            filterText.set("");
            countInBackground();
        });
        workspace.revisionProperty().addListener((observable, before, after) -> edited(workspace.lastChange()));
        // Filtering changes what is shown, not what is counted.
        filterText.addListener((observable, before, after) -> reshow());
        scope.addListener((observable, before, after) -> reshow());
        refresh();
    }

    /** The top-level codes that pass the filter, each with its sub-codes; a new list when the tree changes. */
    public ReadOnlyObjectProperty<List<CodeNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public List<CodeNode> roots() {
        return roots.get();
    }

    /** The code selected in the tree (shared with the other panes). */
    public ObjectProperty<UUID> selectedCodeProperty() {
        return workspace.selectedCodeProperty();
    }

    /** What the filter box holds: codes whose name contains it are shown. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Which codes are shown: all, a level, the core ones, a group. */
    public ObjectProperty<CodeScope> scopeProperty() {
        return scope;
    }

    /** The scopes to choose from (a scope per code group). */
    public ObservableList<CodeScope> scopes() {
        return scopes;
    }

    /** The project's code groups. */
    public ObservableList<Group> groups() {
        return groups;
    }

    public boolean canEdit() {
        return editor.canEdit();
    }

    /**
     * Whether the codes of a newly opened project are being counted: the tree shows them once
     * counted (their counts are part of every row), and says meanwhile that it is counting.
     */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /**
     * After an edit: counts only the quotations it changed (their old codes and the categories above
     * them one less, their new ones one more),
     * rebuilds the tree's nodes when a code changed, and leaves the tree alone when no code did. A
     * code added, removed or moved, or an edit that cannot tell, counts everything again.
     */
    private void edited(ChangeSet change) {
        Project project = workspace.project().orElse(null);
        if (project != null && counting.get()) {
            if (project.revision() != countedRevision) {
                // The count under way may have missed this edit: count again, still in the background.
                countInBackground();
            }
            return;
        }
        if (project == null || counts == null || change.structure() || change.codeTree()) {
            refresh();
            return;
        }
        if (!change.touchesCodes()) {
            return;
        }
        counts = counts.updated(project, change.quotationChanges(), workspace.lastDirection());
        show(project);
    }

    private void refresh() {
        opening.invalidate();
        counting.set(false);
        Project project = workspace.project().orElse(null);
        counts = project == null ? null : CodeCounts.of(project);
        show(project);
    }

    /**
     * Counts the open project's quotations in the background and then shows the tree; the tree
     * stays empty ("Counting…") meanwhile. The quotations are read in place through
     * {@link Project#readConsistently} (a copy of the study would cost more than the count); a read
     * that met an edit is dropped, and the edit has asked for a new count.
     */
    private void countInBackground() {
        long ticket = opening.next();
        Project project = workspace.project().orElse(null);
        counts = null;
        if (project == null) {
            counting.set(false);
            show(null);
            return;
        }
        counting.set(true);
        countedRevision = project.revision();
        roots.set(List.of());
        CodeTree tree = project.codeTree();
        BackgroundTask.wrap(lang("Counting the quotations of each code"),
                        progress -> project.readConsistently(read -> CodeCounts.of(tree, read.quotations())))
                .onSuccess(read -> {
                    if (!opening.isCurrent(ticket) || workspace.project().orElse(null) != project) {
                        return;
                    }
                    if (read.isEmpty()) {
                        countInBackground();
                        return;
                    }
                    counts = read.get();
                    counting.set(false);
                    show(project);
                })
                .onFailure(failure -> {
                    if (opening.isCurrent(ticket)) {
                        LOG.warn("Counting the codes in the background failed; counting here", failure);
                        refresh();
                    }
                })
                .executeWith(executor);
    }

    private void reshow() {
        if (counting.get()) {
            return;
        }
        if (counts == null) {
            refresh();
        } else {
            show(workspace.project().orElse(null));
        }
    }

    private void show(Project project) {
        if (project == null) {
            roots.set(List.of());
            groups.clear();
            scopes.setAll(CodeScope.ALL);
            return;
        }
        List<Group> codeGroups = project.groups(GroupKind.CODE);
        groups.setAll(codeGroups);
        List<CodeScope> choices = new ArrayList<>(List.of(CodeScope.ALL, CodeScope.level(CodingLevel.OPEN),
                CodeScope.level(CodingLevel.AXIAL), CodeScope.level(CodingLevel.SELECTIVE), CodeScope.CORE));
        codeGroups.forEach(group -> choices.add(CodeScope.group(group.id(), group.name())));
        if (!scopes.equals(choices)) {
            scopes.setAll(choices);
        }
        if (!choices.contains(scope.get())) {
            scope.set(CodeScope.ALL);
            return;
        }
        List<CodeNode> all = new ArrayList<>();
        for (Code code : project.rootCodes()) {
            all.add(node(project, counts, code));
        }
        List<CodeNode> shown = List.copyOf(CodeFilter.filter(all, inScope(project)
                .and(CodeFilter.nameContains(filterText.get()))));
        // Edits that do not touch the tree (a memo, a comment) leave it as it is, scroll and all.
        if (!shown.equals(roots.get())) {
            roots.set(shown);
        }
        UUID selected = workspace.selectedCodeProperty().get();
        if (selected != null && project.code(selected).isEmpty()) {
            workspace.selectedCodeProperty().set(null);
        }
    }

    private Predicate<CodeNode> inScope(Project project) {
        CodeScope current = scope.get();
        return switch (current.kind()) {
            case ALL -> node -> true;
            case LEVEL -> node -> node.level() == current.level();
            case CORE -> CodeNode::core;
            case GROUP -> {
                Set<UUID> members = project.find(Group.class, current.groupId()).map(Group::memberIds).orElse(Set.of());
                yield node -> members.contains(node.id());
            }
        };
    }

    private static CodeNode node(Project project, CodeCounts counts, Code code) {
        List<CodeNode> children = new ArrayList<>();
        for (Code child : project.children(code.id())) {
            children.add(node(project, counts, child));
        }
        return new CodeNode(code.id(), code.name(), code.colour(), counts.direct(code.id()),
                counts.aggregated(code.id()), code.level(), code.core(), true, children);
    }

    private Optional<Code> code(UUID id) {
        return id == null ? Optional.empty() : workspace.project().flatMap(project -> project.code(id));
    }

    // ---- the codebook's edits --------------------------------------------------------------------

    /** Asks for a name and makes a new code, top-level or under {@code parentId}; it becomes the selected code. */
    public void newCode(UUID parentId) {
        if (!editor.canEdit()) {
            return;
        }
        String question = code(parentId).map(parent -> lang("Name of the new code under '%0':", parent.name()))
                .orElse(lang("Name of the new code:"));
        editor.dialogs().askText(lang("New code"), question, "")
                .ifPresent(name -> createCode(name, parentId));
    }

    /** Makes a code in the next palette colour; true when made. */
    public boolean createCode(String name, UUID parentId) {
        String colour = workspace.project().map(CodePalette::next).orElse(Code.DEFAULT_COLOUR);
        boolean made = editor.performAlways(lang("Cannot make the code"), project -> parentId == null
                ? CodebookEdits.createCode(project, name, colour)
                : CodebookEdits.createSubCode(project, parentId, name, colour));
        if (made) {
            workspace.project().flatMap(project -> project.codeNamed(name)).ifPresent(code ->
                    workspace.selectedCodeProperty().set(code.id()));
        }
        return made;
    }

    /** Asks for a new name for a code. */
    public void rename(UUID codeId) {
        code(codeId).ifPresent(code -> editor.dialogs().askText(lang("Rename code"), lang("New name of '%0':", code.name()),
                code.name()).ifPresent(name -> rename(codeId, name)));
    }

    public boolean rename(UUID codeId, String name) {
        return editor.perform(lang("Cannot rename the code"), project -> CodebookEdits.rename(project, codeId, name));
    }

    public boolean recolour(UUID codeId, String colour) {
        return editor.perform(lang("Cannot change the colour"), project -> CodebookEdits.recolour(project, codeId, colour));
    }

    public boolean describe(UUID codeId, String description) {
        return editor.perform(lang("Cannot change the description"),
                project -> CodebookEdits.describe(project, codeId, description));
    }

    /** Makes a code a sub-code of another (a drop on it in the tree). */
    public boolean moveUnder(UUID codeId, UUID parentId) {
        return editor.perform(lang("Cannot move the code"), project -> CodebookEdits.moveUnder(project, codeId, parentId));
    }

    public boolean moveToTopLevel(UUID codeId) {
        return editor.perform(lang("Cannot move the code"), project -> CodebookEdits.moveToTopLevel(project, codeId));
    }

    /** Whether a code dragged onto another may go under it (not onto itself or its own sub-codes). */
    public boolean canMoveUnder(UUID codeId, UUID parentId) {
        Project project = workspace.project().orElse(null);
        if (project == null || codeId.equals(parentId) || !editor.canEdit()) {
            return false;
        }
        return project.subtree(codeId).stream().noneMatch(code -> code.id().equals(parentId))
                && project.code(codeId).map(code -> !parentId.equals(code.parentId())).orElse(false);
    }

    /** Asks which code to merge a code into, and merges it: its quotations move to the survivor. */
    public void mergeInto(UUID sourceId) {
        Project project = workspace.project().orElse(null);
        Optional<Code> source = code(sourceId);
        if (project == null || source.isEmpty() || !editor.canEdit()) {
            return;
        }
        List<Code> others = project.codes().stream().filter(code -> !code.id().equals(sourceId)).toList();
        editor.dialogs().pick(lang("Merge code"), lang("Merge '%0' into which code? Its %1 quotations, sub-codes, relations and memos move to that code, and '%0' goes.",
                        source.get().name(), project.quotationCount(sourceId)), others, Code::name)
                .ifPresent(target -> merge(sourceId, target.id()));
    }

    public boolean merge(UUID sourceId, UUID targetId) {
        boolean merged = editor.performAlways(lang("Cannot merge the codes"),
                project -> CodeMergeEdits.merge(project, sourceId, targetId));
        if (merged) {
            workspace.selectedCodeProperty().set(targetId);
        }
        return merged;
    }

    /** Deletes a code after asking, when it is in use. */
    public void delete(UUID codeId) {
        Project project = workspace.project().orElse(null);
        Optional<Code> code = code(codeId);
        if (project == null || code.isEmpty() || !editor.canEdit()) {
            return;
        }
        int quotations = project.quotationCount(codeId);
        int subCodes = project.children(codeId).size();
        if (quotations + subCodes > 0 && !editor.dialogs().confirm(lang("Delete code"), subCodes > 0
                ? lang("Delete '%0'? It is taken off its %1 quotations (a quotation left with no code and no comment goes too); its %2 sub-codes move up. Undo brings it all back.",
                        code.get().name(), quotations, subCodes)
                : lang("Delete '%0'? It is taken off its %1 quotations (a quotation left with no code and no comment goes too). Undo brings it all back.",
                        code.get().name(), quotations), lang("Delete"), lang("Keep"))) {
            return;
        }
        editor.performAlways(lang("Cannot delete the code"), p -> CodebookEdits.deleteCode(p, codeId));
    }

    /** Sets the coding level of several codes in one step ("promote to axial"). */
    public boolean setLevel(Collection<UUID> codeIds, CodingLevel level) {
        return editor.perform(lang("Cannot change the level"),
                project -> LevelEdits.promote(project, codeIds, level, CoreMarking.KEEP));
    }

    /** Marks or unmarks several codes as core categories or themes in one step, keeping their levels. */
    public boolean setCore(Collection<UUID> codeIds, boolean core) {
        List<Function<Project, Optional<EntityEdit>>> steps = codeIds.stream()
                .<Function<Project, Optional<EntityEdit>>>map(id -> project -> core ? LevelEdits.markCore(project, id)
                        : LevelEdits.unmarkCore(project, id)).toList();
        return editor.performAll(core ? EditName.of("Mark %0 codes as core", codeIds.size())
                : EditName.of("Unmark %0 codes as core", codeIds.size()), lang("Cannot change the core mark"), steps);
    }

    /** Promotes codes to themes: the selective level and the core mark, in one step. */
    public boolean promoteToTheme(Collection<UUID> codeIds) {
        return editor.perform(lang("Cannot promote the codes"),
                project -> LevelEdits.promote(project, codeIds, CodingLevel.SELECTIVE, CoreMarking.MARK_CORE));
    }

    /** Asks for a name and makes a code group holding the codes. */
    public void newGroup(Collection<UUID> codeIds) {
        editor.dialogs().askText(lang("New code group"), lang("Name of the new code group:"), "").ifPresent(name ->
                editor.performAlways(lang("Cannot make the group"),
                        project -> GroupEdits.create(project, GroupKind.CODE, name, codeIds)));
    }

    public boolean addToGroup(UUID groupId, Collection<UUID> codeIds) {
        return editor.perform(lang("Cannot change the group"), project -> GroupEdits.addMembers(project, groupId, codeIds));
    }

    public boolean removeFromGroup(UUID groupId, Collection<UUID> codeIds) {
        return editor.perform(lang("Cannot change the group"),
                project -> GroupEdits.removeMembers(project, groupId, codeIds));
    }
}
