package org.grounded.ui.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.analysis.network.CodeSelection;
import org.grounded.analysis.network.CooccurrenceWeight;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.NodeKind;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.common.CodingLevelNames;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the network shows: which codes, which other nodes, which edges and how co-occurrence is
 * weighed, the linking word of participant links; and the {@link NetworkRequest} that stands for.
 * The choice of codes lists all codes, the central ones, each coding level, each code group and
 * each category's subtree of the open project.
 */
public final class NetworkOptions {

    private final ObjectProperty<Choice<CodeSelection>> codes = new SimpleObjectProperty<>(this, "codes", allCodes());
    private final ObservableList<Choice<CodeSelection>> codeChoices = FXCollections.observableArrayList(allCodes());
    private final BooleanProperty participants = new SimpleBooleanProperty(this, "participants", true);
    private final BooleanProperty documents = new SimpleBooleanProperty(this, "documents", false);
    private final BooleanProperty cooccurrence = new SimpleBooleanProperty(this, "cooccurrence", false);
    private final BooleanProperty relations = new SimpleBooleanProperty(this, "relations", true);
    private final BooleanProperty participantLinks = new SimpleBooleanProperty(this, "participantLinks", true);
    private final BooleanProperty hierarchy = new SimpleBooleanProperty(this, "hierarchy", false);
    private final ObjectProperty<CooccurrenceWeight> weight =
            new SimpleObjectProperty<>(this, "weight", CooccurrenceWeight.COUNT);
    private final DoubleProperty minimumWeight = new SimpleDoubleProperty(this, "minimumWeight", 1);
    private final StringProperty linkingWord =
            new SimpleStringProperty(this, "linkingWord", NetworkRequest.DEFAULT_LINKING_WORD);

    /** Every option that changes the request. */
    public List<Observable> all() {
        return List.of(codes, participants, documents, cooccurrence, relations, participantLinks, hierarchy, weight,
                minimumWeight, linkingWord);
    }

    public ObjectProperty<Choice<CodeSelection>> codesProperty() {
        return codes;
    }

    public ObservableList<Choice<CodeSelection>> codeChoices() {
        return codeChoices;
    }

    public BooleanProperty participantsProperty() {
        return participants;
    }

    public BooleanProperty documentsProperty() {
        return documents;
    }

    public BooleanProperty cooccurrenceProperty() {
        return cooccurrence;
    }

    public BooleanProperty relationsProperty() {
        return relations;
    }

    public BooleanProperty participantLinksProperty() {
        return participantLinks;
    }

    public BooleanProperty hierarchyProperty() {
        return hierarchy;
    }

    public ObjectProperty<CooccurrenceWeight> weightProperty() {
        return weight;
    }

    /** Co-occurrence edges lighter than this are left out. */
    public DoubleProperty minimumWeightProperty() {
        return minimumWeight;
    }

    public StringProperty linkingWordProperty() {
        return linkingWord;
    }

    /** The request for these options; {@code members} empty shows every node they give. */
    public NetworkRequest request(Set<String> members) {
        Set<NodeKind> nodes = EnumSet.noneOf(NodeKind.class);
        if (participants.get()) {
            nodes.add(NodeKind.PARTICIPANT);
        }
        if (documents.get()) {
            nodes.add(NodeKind.DOCUMENT);
        }
        Set<EdgeKind> edges = EnumSet.noneOf(EdgeKind.class);
        if (cooccurrence.get()) {
            edges.add(EdgeKind.COOCCURRENCE);
        }
        if (relations.get()) {
            edges.add(EdgeKind.RELATION);
        }
        if (participantLinks.get()) {
            edges.add(EdgeKind.PARTICIPANT_LINK);
        }
        if (hierarchy.get()) {
            edges.add(EdgeKind.HIERARCHY);
        }
        return new NetworkRequest(codes.get().value(), nodes, edges, weight.get(), Math.max(0, minimumWeight.get()),
                linkingWord.get(), members);
    }

    /** Sets every option from a request (opening a saved network). */
    public void show(NetworkRequest request) {
        codes.set(choiceFor(request.codes()));
        participants.set(request.extraNodeKinds().contains(NodeKind.PARTICIPANT));
        documents.set(request.extraNodeKinds().contains(NodeKind.DOCUMENT));
        cooccurrence.set(request.edgeKinds().contains(EdgeKind.COOCCURRENCE));
        relations.set(request.edgeKinds().contains(EdgeKind.RELATION));
        participantLinks.set(request.edgeKinds().contains(EdgeKind.PARTICIPANT_LINK));
        hierarchy.set(request.edgeKinds().contains(EdgeKind.HIERARCHY));
        weight.set(request.cooccurrenceWeight());
        minimumWeight.set(request.minimumWeight());
        linkingWord.set(request.linkingWord());
    }

    private Choice<CodeSelection> choiceFor(CodeSelection selection) {
        return codeChoices.stream().filter(choice -> choice.value().equals(selection)).findFirst()
                .orElse(new Choice<>(selection, lang("Saved choice of codes")));
    }

    /** The choice of every code, in the window's language (a record: equal to any other such choice). */
    static Choice<CodeSelection> allCodes() {
        return new Choice<>(CodeSelection.all(), lang("All codes"));
    }

    /** Lists the code choices of the project, keeping the chosen one when it still exists. */
    public void refreshChoices(Project project) {
        List<Choice<CodeSelection>> choices = new ArrayList<>();
        choices.add(allCodes());
        choices.add(new Choice<>(CodeSelection.core(), lang("Central codes (core or selective)")));
        for (CodingLevel level : CodingLevel.values()) {
            choices.add(new Choice<>(CodeSelection.level(level), lang("Codes of %0", CodingLevelNames.codingInText(level))));
        }
        if (project != null) {
            for (Group group : project.groups(GroupKind.CODE)) {
                choices.add(new Choice<>(CodeSelection.codeGroup(group.id()), lang("Code group: %0", group.name())));
            }
            for (Code code : project.codeTree().inTreeOrder()) {
                if (project.isCategory(code.id())) {
                    choices.add(new Choice<>(CodeSelection.subtree(code.id()), lang("Under %0", code.name())));
                }
            }
        }
        Choice<CodeSelection> current = codes.get();
        if (!codeChoices.equals(choices)) {
            codeChoices.setAll(choices);
        }
        Choice<CodeSelection> kept = choices.stream().filter(choice -> choice.value().equals(current.value()))
                .findFirst().orElse(allCodes());
        if (!kept.equals(current)) {
            codes.set(kept);
        }
    }
}
