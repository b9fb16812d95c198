package org.grounded.ui.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.grounded.model.CodeTree;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.model.Code;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.analysis.CoderSelection;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Which codes and documents the co-occurrence matrix covers, and the {@link CooccurrenceRequest}
 * that stands for: all codes, the codes of a code group, or codes the user ticks, always in
 * code-tree order; all documents or those of a document group.
 */
public final class CooccurrenceOptions {

    /** A code the user can tick, indented by its depth. */
    public record CodeChoice(UUID id, String name, String colour, int depth) {
    }

    // The choices without a value, in the window's language (records: each equals any other made alike).
    static Choice<UUID> noCodeGroup() {
        return Choice.none(lang("(no code groups)"));
    }

    static Choice<UUID> allDocuments() {
        return Choice.none(lang("All documents"));
    }

    private final ObjectProperty<CodeScope> scope = new SimpleObjectProperty<>(this, "scope", CodeScope.ALL);
    private final ObjectProperty<Choice<UUID>> codeGroup = new SimpleObjectProperty<>(this, "codeGroup", noCodeGroup());
    private final ObservableSet<UUID> chosenCodes = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<Choice<UUID>> documentGroup =
            new SimpleObjectProperty<>(this, "documentGroup", allDocuments());
    private final ObservableList<Choice<UUID>> codeGroups = FXCollections.observableArrayList(List.of(noCodeGroup()));
    private final ObservableList<Choice<UUID>> documentGroups =
            FXCollections.observableArrayList(List.of(allDocuments()));
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();

    private final CoderSelection coders = new CoderSelection();

    /** Every option that changes the request. */
    public List<Observable> all() {
        return List.of(scope, codeGroup, chosenCodes, documentGroup, coders.filterProperty());
    }

    /** Whose codings are counted: every coder's unless some are chosen (team coding). */
    public CoderSelection coders() {
        return coders;
    }

    /**
     * The request for the current options over the project.
     *
     * @throws IllegalArgumentException when the options leave no codes to compare (the message says what to do)
     */
    public CooccurrenceRequest request(Project project) {
        Set<UUID> documents = documentGroup.get().selected().map(Set::of).orElse(Set.of());
        CooccurrenceRequest all = CooccurrenceRequest.allCodes().withDocumentGroups(documents);
        return switch (scope.get()) {
            case ALL -> all;
            case GROUP -> all.withCodeGroup(project, codeGroup.get().selected().orElseThrow(() ->
                    new IllegalArgumentException(lang("The project has no code groups; compare all codes or chosen codes."))));
            case CHOSEN -> all.withChosenCodes(project, Set.copyOf(chosenCodes),
                    lang("Tick at least two codes to compare under \"Codes\"."));
        };
    }

    /** Reads the project's codes and groups; keeps the choices that still exist. */
    public void refreshChoices(Project project) {
        coders.refresh(project);
        List<CodeChoice> codeChoices = new ArrayList<>();
        List<Choice<UUID>> codeGroupChoices = new ArrayList<>();
        List<Choice<UUID>> documentGroupChoices = new ArrayList<>();
        documentGroupChoices.add(allDocuments());
        if (project != null) {
            CodeTree tree = CodeTree.of(project);
            tree.inTreeOrder().forEach(code ->
                    codeChoices.add(new CodeChoice(code.id(), code.name(), code.colour(), tree.depth(code.id()))));
            project.groups(GroupKind.CODE).forEach(group -> codeGroupChoices.add(new Choice<>(group.id(), group.name())));
            project.groups(GroupKind.DOCUMENT)
                    .forEach(group -> documentGroupChoices.add(new Choice<>(group.id(), group.name())));
        }
        if (codeGroupChoices.isEmpty()) {
            codeGroupChoices.add(noCodeGroup());
        }
        if (!codes.equals(codeChoices)) {
            codes.setAll(codeChoices);
        }
        if (!codeGroups.equals(codeGroupChoices)) {
            codeGroups.setAll(codeGroupChoices);
        }
        if (!documentGroups.equals(documentGroupChoices)) {
            documentGroups.setAll(documentGroupChoices);
        }
        codeGroup.set(Choice.sameOrFirst(codeGroupChoices, codeGroup.get()));
        documentGroup.set(Choice.sameOrFirst(documentGroupChoices, documentGroup.get()));
        Set<UUID> present = new LinkedHashSet<>();
        codeChoices.forEach(choice -> present.add(choice.id()));
        chosenCodes.retainAll(present);
    }

    public ObjectProperty<CodeScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Choice<UUID>> codeGroupProperty() {
        return codeGroup;
    }

    /** The ticked codes, for {@link CodeScope#CHOSEN}. */
    public ObservableSet<UUID> chosenCodes() {
        return chosenCodes;
    }

    public ObjectProperty<Choice<UUID>> documentGroupProperty() {
        return documentGroup;
    }

    public ObservableList<Choice<UUID>> codeGroups() {
        return codeGroups;
    }

    public ObservableList<Choice<UUID>> documentGroups() {
        return documentGroups;
    }

    /** Every code in code-tree order, for ticking. */
    public ObservableList<CodeChoice> codes() {
        return codes;
    }
}
