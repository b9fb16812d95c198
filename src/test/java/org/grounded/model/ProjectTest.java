package org.grounded.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTest {

    private static final String EMOJI_POST = "Gracias 🙏🏽 mamá! Donamos 🍼 hoy 👩‍👧";

    private final Project project = Project.create("Milk study");
    private final Document post = Document.of("post", EMOJI_POST);
    private final Code gratitude = Code.of("Gratitude", "#ff0000");

    @Test
    void aNewProjectHasTheBuiltInRelationTypes() {
        assertThat(project.relationTypes()).extracting(RelationType::name)
                .containsExactly("is associated with", "is cause of", "is part of", "is property of", "contradicts");
    }

    @Test
    void applyingAndRevertingAnEditAddsAndRemovesEverything() {
        EntityEdit edit = EntityEdit.builder("Add post").add(post).add(gratitude)
                .add(Quotation.of(post.id(), 0, 7, List.of(gratitude.id()), "ana")).build();

        project.apply(edit);
        assertThat(project.counts()).isEqualTo(new ProjectCounts(1, 0, 1, 0, 1, 0, 0));
        assertThat(project.quotationsWithCode(gratitude.id())).hasSize(1);

        project.revert(edit);
        assertThat(project.counts()).isEqualTo(new ProjectCounts(0, 0, 0, 0, 0, 0, 0));
        assertThat(project.quotationsWithCode(gratitude.id())).isEmpty();
        assertThat(project.revision()).isEqualTo(2);
    }

    @Test
    void aFailingChangeUndoesTheEarlierChangesOfTheSameEdit() {
        Quotation outside = Quotation.of(post.id(), 0, 999, List.of(), "ana");
        EntityEdit edit = EntityEdit.builder("Broken").add(post).add(outside).build();

        assertThatThrownBy(() -> project.apply(edit)).hasMessageContaining("not inside a text");
        assertThat(project.documents()).isEmpty();
        assertThat(project.revision()).isZero();
    }

    @Test
    void aQuotationMayNotCutAnEmojiInHalf() {
        project.apply(EntityEdit.add("Add post", post));
        int babyBottle = EMOJI_POST.indexOf("🍼");

        Quotation halfEmoji = Quotation.of(post.id(), babyBottle + 1, babyBottle + 2, List.of(), "ana");
        assertThatThrownBy(() -> project.apply(EntityEdit.add("Code", halfEmoji)))
                .hasMessageContaining("cuts a character");

        Quotation wholeEmoji = Quotation.of(post.id(), babyBottle, babyBottle + 2, List.of(), "ana");
        project.apply(EntityEdit.add("Code", wholeEmoji));
        assertThat(EMOJI_POST.substring(wholeEmoji.start(), wholeEmoji.end())).isEqualTo("🍼");
    }

    @Test
    void accentedLettersAreSingleCharactersInOffsets() {
        Document spanish = Document.of("entrevista", "¿Qué significó donar leche? Mucho, mamá.");
        project.apply(EntityEdit.add("Add", spanish));
        Quotation quotation = Quotation.of(spanish.id(), 1, 4, List.of(), "ana");
        project.apply(EntityEdit.add("Code", quotation));
        assertThat(spanish.text().substring(quotation.start(), quotation.end())).isEqualTo("Qué");
    }

    @Test
    void aCodeCannotBecomeItsOwnAncestor() {
        Code parent = Code.of("Support", "#00ff00");
        Code child = Code.of("Family", "#0000ff").withParent(parent.id());
        project.apply(EntityEdit.builder("Codes").add(parent).add(child).build());

        assertThatThrownBy(() -> project.apply(EntityEdit.update("Move", parent, parent.withParent(child.id()))))
                .hasMessageContaining("under its own sub-code");
        assertThat(project.isCategory(parent.id())).isTrue();
        assertThat(project.subtree(parent.id())).containsExactly(parent, child);
    }

    @Test
    void somethingStillInUseCannotBeRemoved() {
        Quotation quotation = Quotation.of(post.id(), 0, 7, List.of(gratitude.id()), "ana");
        project.apply(EntityEdit.builder("Add").add(post).add(gratitude).add(quotation).build());

        assertThatThrownBy(() -> project.apply(EntityEdit.builder("Delete").remove(gratitude).build()))
                .hasMessageContaining("still used by quotations");
        assertThatThrownBy(() -> project.apply(EntityEdit.builder("Delete").remove(post).build()))
                .hasMessageContaining("still used by quotations");
    }

    @Test
    void anEditMadeOnAStaleEntityIsRefused() {
        project.apply(EntityEdit.add("Add", gratitude));
        project.apply(EntityEdit.update("Rename", gratitude, gratitude.withName("Thanks")));

        assertThatThrownBy(() -> project.apply(EntityEdit.update("Recolour", gratitude, gratitude.withColour("#000000"))))
                .hasMessageContaining("has changed since");
    }

    @Test
    void anUpdateKeepsTheEntitysPlace() {
        Code second = Code.of("Second", "#123456");
        project.apply(EntityEdit.builder("Add").add(gratitude).add(second).build());
        project.apply(EntityEdit.update("Rename", gratitude, gratitude.withName("Thanks")));
        assertThat(project.codes()).extracting(Code::name).containsExactly("Thanks", "Second");
    }

    @Test
    void recodingAQuotationMovesItBetweenCodeIndexes() {
        Code other = Code.of("Other", "#123456");
        Quotation quotation = Quotation.of(post.id(), 0, 7, List.of(gratitude.id()), "ana");
        project.apply(EntityEdit.builder("Add").add(post).add(gratitude).add(other).add(quotation).build());

        project.apply(EntityEdit.update("Recode", quotation, quotation.withCodes(List.of(other.id()))));

        assertThat(project.quotationCount(gratitude.id())).isZero();
        assertThat(project.quotationsWithCode(other.id())).extracting(Quotation::id).containsExactly(quotation.id());
    }

    @Test
    void listenersHearAppliedAndRevertedEdits() {
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger reverted = new AtomicInteger();
        project.addListener((edit, direction) ->
                (direction == EditDirection.APPLIED ? applied : reverted).incrementAndGet());
        EntityEdit edit = EntityEdit.add("Add", gratitude);
        project.apply(edit);
        project.revert(edit);
        assertThat(applied).hasValue(1);
        assertThat(reverted).hasValue(1);
    }

    @Test
    void restoreRefusesAQuotationOutsideItsDocument() {
        Quotation outside = new Quotation(UUID.randomUUID(), post.id(), 5, 500, List.of(), "", "ana",
                post.importedAt());
        assertThatThrownBy(() -> Project.restore(ProjectInfo.named("x"), List.of(post, outside)))
                .hasMessageContaining("not inside a text");
    }

    @Test
    void restoreAddsCodesBeforeTheirChildrenWhateverTheStoredOrder() {
        Code parent = Code.of("Parent", "#111111");
        Code child = Code.of("Child", "#222222").withParent(parent.id());
        Code grandchild = Code.of("Grandchild", "#333333").withParent(child.id());

        Project restored = Project.restore(ProjectInfo.named("x"), List.of(grandchild, child, parent));

        assertThat(restored.subtree(parent.id())).containsExactly(parent, child, grandchild);
    }

    @Test
    void aCopyDoesNotSeeLaterEdits() {
        project.apply(EntityEdit.add("Add", gratitude));
        Project copy = project.copy();
        project.apply(EntityEdit.add("Add", post));
        assertThat(copy.documents()).isEmpty();
        assertThat(copy.codes()).containsExactly(gratitude);
    }

    @Test
    void groupsMayOnlyHoldMembersOfTheirKind() {
        project.apply(EntityEdit.builder("Add").add(post).add(gratitude).build());
        Group wrong = Group.of("Donors", GroupKind.PARTICIPANT, Set.of(post.id()));
        assertThatThrownBy(() -> project.apply(EntityEdit.add("Group", wrong)))
                .hasMessageContaining("refers to a participant that is not in the project");
    }

    @Test
    void attributeNamesAreUniquePerScope() {
        project.apply(EntityEdit.add("Attr", AttributeDefinition.of("Age", AttributeType.NUMBER, AttributeScope.PARTICIPANT)));
        assertThatThrownBy(() -> project.apply(EntityEdit.add("Attr",
                AttributeDefinition.of("age", AttributeType.TEXT, AttributeScope.PARTICIPANT))))
                .hasMessageContaining("already an attribute named");
        project.apply(EntityEdit.add("Attr", AttributeDefinition.of("Age", AttributeType.NUMBER, AttributeScope.DOCUMENT)));
        assertThat(project.attributeDefinitions()).hasSize(2);
    }

    @Test
    void builtInRelationTypesCannotBeRemoved() {
        assertThatThrownBy(() -> project.apply(EntityEdit.builder("Remove").remove(RelationType.IS_CAUSE_OF).build()))
                .hasMessageContaining("built-in");
        assertThat(project.relationTypeNamed("IS CAUSE OF")).contains(RelationType.IS_CAUSE_OF);
    }
}
