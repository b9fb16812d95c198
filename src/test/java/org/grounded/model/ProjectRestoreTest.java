package org.grounded.model;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRestoreTest {

    @Test
    void restoringKeepsTheOrderOfCodesEvenWhenSubCodesComeBeforeLaterTopLevelCodes() {
        Code fears = Code.of("Fears", "#FF0000");
        Code ofRejection = Code.of("Of rejection", "#FF8800").withParent(fears.id());
        Code motivation = Code.of("Motivation", "#00FF00");
        Project project = Project.create("Order");
        project.apply(EntityEdit.builder("Codes").add(fears).add(ofRejection).add(motivation).build());

        Project restored = Project.restore(project.info(), project.entities());

        assertThat(restored.codes()).containsExactly(fears, ofRejection, motivation);
        assertThat(restored.entities()).isEqualTo(project.entities());
    }

    @Test
    void restoringAcceptsAMemoLinkedToALaterMemoAndToASavedNetwork() {
        Code fears = Code.of("Fears", "#FF0000");
        SavedNetwork network = SavedNetwork.of("Figure 1", NetworkSettings.figureOne(), ColourScheme.FIGURE)
                .withMembers(List.of(fears.id()));
        Memo later = Memo.of("Later", "", "lu");
        Memo first = Memo.of("First", "", "lu").withLinks(new java.util.LinkedHashSet<>(List.of(later.id(), network.id())));
        Project project = Project.create("Links");
        project.apply(EntityEdit.builder("Memos").add(fears).add(network).add(first.withLinks(java.util.Set.of()))
                .add(later).update(first.withLinks(java.util.Set.of()), first).build());

        Project restored = Project.restore(project.info(), project.entities());

        assertThat(restored.memos()).containsExactly(first, later);
        assertThat(restored.entities()).isEqualTo(project.entities());
        assertThat(restored.networks()).containsExactly(network);
    }

    @Test
    void restoringAcceptsSubCodesListedBeforeTheirParents() {
        Code parent = Code.of("Parent", "#000000");
        Code child = Code.of("Child", "#FFFFFF").withParent(parent.id());

        Project restored = Project.restore(ProjectInfo.named("Order"), List.of(child, parent));

        assertThat(restored.codes()).containsExactly(child, parent);
        assertThat(restored.children(parent.id())).containsExactly(child);
    }

    @Test
    void restoringManyNestedCodesGivenInAnyOrderPutsEveryParentFirst() {
        // Enough codes for TimSort to merge runs (it sorts lists under 32 elements by insertion).
        List<Code> codes = new java.util.ArrayList<>();
        Code root = Code.of("Root", "#000000");
        codes.add(root);
        for (int i = 0; i < 200; i++) {
            Code parent = codes.get(i / 3);
            codes.add(Code.of("Code " + i, "#123456").withParent(parent.id()));
        }
        List<Code> shuffled = new java.util.ArrayList<>(codes);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        Project restored = Project.restore(ProjectInfo.named("Many"), shuffled);

        assertThat(restored.codes()).containsExactlyElementsOf(shuffled);
        assertThat(restored.subtree(root.id())).hasSize(201);
    }

    @Test
    void restoringRefusesAnEntityWithTheIdOfABuiltInRelationTypeAsAddingItWould() {
        RelationType mine = new RelationType(RelationType.IS_CAUSE_OF.id(), "mine", true, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Project.restore(new ProjectInfo("P", "", java.time.Instant.EPOCH), List.of(mine)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RelationType 'mine' is already in the project");
    }
}
