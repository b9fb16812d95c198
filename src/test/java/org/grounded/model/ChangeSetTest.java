package org.grounded.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    private final Code fears = Code.of("Fears", "#C8553D");
    private final Code gold = Code.of("Liquid gold", "#F2C14E");
    private final UUID document = UUID.randomUUID();

    @Test
    void recodingAQuotationNamesItsDocumentAndTheCodesItHadAndHas() {
        Quotation before = Quotation.of(document, 0, 10, List.of(fears.id()), "Rosa");
        Quotation after = before.withCodes(List.of(gold.id()));

        ChangeSet change = ChangeSet.of(List.of(new Change(before, after)));

        assertThat(change.quotations()).containsExactly(before.id());
        assertThat(change.quotedDocuments()).containsExactly(document);
        assertThat(change.countedCodes()).containsExactlyInAnyOrder(fears.id(), gold.id());
        assertThat(change.codes()).isEmpty();
        assertThat(change.codeTree()).isFalse();
        assertThat(change.structure()).isFalse();
        assertThat(change.onlyQuotations()).isTrue();
        assertThat(change.touchesDocument(document)).isTrue();
        assertThat(change.touchesDocument(UUID.randomUUID())).isFalse();
    }

    @Test
    void renamingACodeKeepsTheTreeButMovingOneChangesIt() {
        Code renamed = fears.withName("Worries");
        Code moved = fears.withParent(gold.id());

        ChangeSet rename = ChangeSet.of(List.of(new Change(fears, renamed)));
        ChangeSet move = ChangeSet.of(List.of(new Change(fears, moved)));

        assertThat(rename.codes()).containsExactly(fears.id());
        assertThat(rename.codeTree()).isFalse();
        assertThat(move.codeTree()).isTrue();
        assertThat(ChangeSet.of(List.of(new Change(null, gold))).codeTree()).isTrue();
        assertThat(ChangeSet.of(List.of(new Change(gold, null))).codeTree()).isTrue();
    }

    @Test
    void aChangeOfAKindWithoutASetOfItsOwnIsStructure() {
        Group group = Group.of("Emotions", GroupKind.CODE, Set.of(fears.id()));

        assertThat(ChangeSet.of(List.of(new Change(null, group)))).isEqualTo(ChangeSet.EVERYTHING);
        assertThat(new ProjectInfoEdit(new ProjectInfo("A", "", java.time.Instant.EPOCH),
                new ProjectInfo("B", "", java.time.Instant.EPOCH)).changeSet().structure()).isTrue();
    }

    @Test
    void aUnionHoldsBothAndStructureWins() {
        ChangeSet codes = ChangeSet.of(List.of(new Change(null, fears)));
        ChangeSet memo = ChangeSet.of(List.of(new Change(null, new Memo(UUID.randomUUID(), "M", "", "Rosa",
                java.time.Instant.EPOCH, java.time.Instant.EPOCH, Set.of()))));

        ChangeSet both = codes.union(memo);

        assertThat(both.codes()).containsExactly(fears.id());
        assertThat(both.memos()).hasSize(1);
        assertThat(both.codeTree()).isTrue();
        assertThat(both.union(ChangeSet.EVERYTHING)).isEqualTo(ChangeSet.EVERYTHING);
        assertThat(ChangeSet.NOTHING.union(memo)).isEqualTo(memo);
    }

    @Test
    void anEntityEditReportsTheSameSetWhicheverWayItRuns() {
        Project project = Project.create("Milk");
        EntityEdit edit = EntityEdit.add("Add code", fears);
        project.apply(edit);
        ChangeSet applied = edit.changeSet();
        project.revert(edit);

        assertThat(edit.changeSet()).isEqualTo(applied);
        assertThat(applied.codes()).containsExactly(fears.id());
    }
}
