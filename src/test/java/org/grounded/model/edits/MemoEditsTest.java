package org.grounded.model.edits;

import java.util.List;
import java.util.UUID;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.T0;
import static org.grounded.model.edits.Study.T1;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class MemoEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void creatingAProjectMemo() {
        EntityEdit edit = MemoEdits.create(project, " Diario ", "Día 1", "lu", T1);
        assertThat(edit.description()).isEqualTo("Add memo 'Diario'");
        applyCheckAndRevert(project, edit, p -> {
            Memo memo = EditResults.firstAdded(edit, Memo.class).orElseThrow();
            assertThat(p.memos()).contains(memo);
            assertThat(memo.linkedIds()).isEmpty();
            assertThat(memo.createdAt()).isEqualTo(T1);
            assertThat(memo.modifiedAt()).isEqualTo(T1);
            assertThat(memo.author()).isEqualTo("lu");
        });
    }

    @Test
    void creatingMemosAboutADocumentACodeAndAQuotation() {
        for (UUID about : List.of(study.interview.id(), study.support.id(), study.familyQuote.id())) {
            EntityEdit edit = MemoEdits.createAbout(project, List.of(about), "Nota", "", "lu", T1);
            applyCheckAndRevert(project, edit, p -> assertThat(p.memosAbout(about)).extracting(Memo::title).contains("Nota"));
        }
        assertThatThrownBy(() -> MemoEdits.createAbout(project, List.of(UUID.randomUUID()), "Nota", "", "lu", T1))
                .hasMessage("A memo can only be linked to something in the project");
        assertThatThrownBy(() -> MemoEdits.create(project, "", "text", "lu", T1)).hasMessage("A memo needs a title");
    }

    @Test
    void editingAMemoUpdatesItsModificationTime() {
        EntityEdit edit = MemoEdits.edit(project, study.fieldNotes.id(), "Field notes", "Ana habló despacio.", T1)
                .orElseThrow();
        applyCheckAndRevert(project, edit, p -> {
            Memo memo = memo(p, study.fieldNotes);
            assertThat(memo.text()).isEqualTo("Ana habló despacio.");
            assertThat(memo.createdAt()).isEqualTo(T0);
            assertThat(memo.modifiedAt()).isEqualTo(T1);
        });
        assertThat(MemoEdits.edit(project, study.fieldNotes.id(), "Field notes", "Ana habló con calma.", T1)).isEmpty();
    }

    @Test
    void linkingAndUnlinkingAMemo() {
        EntityEdit link = MemoEdits.link(project, study.fieldNotes.id(), study.fears.id()).orElseThrow();
        assertThat(link.description()).isEqualTo("Link memo 'Field notes' to code 'Fears'");
        applyCheckAndRevert(project, link, p -> assertThat(memo(p, study.fieldNotes).linkedIds())
                .containsExactly(study.fears.id()));
        EntityEdit unlink = MemoEdits.unlink(project, study.aboutFears.id(), study.fearQuote.id()).orElseThrow();
        assertThat(unlink.description()).isEqualTo("Unlink memo 'Miedo' from quotation");
        applyCheckAndRevert(project, unlink, p -> assertThat(memo(p, study.aboutFears).linkedIds())
                .containsExactly(study.fears.id()));
        assertThat(MemoEdits.link(project, study.aboutFears.id(), study.fears.id())).isEmpty();
        assertThat(MemoEdits.unlink(project, study.fieldNotes.id(), study.fears.id())).isEmpty();
        assertThatThrownBy(() -> MemoEdits.link(project, study.fieldNotes.id(), study.fieldNotes.id()))
                .hasMessage("Memo 'Field notes' cannot be linked to itself");
    }

    @Test
    void deletingAMemoUnlinksItFromMemosThatNameIt() {
        project.apply(MemoEdits.link(project, study.aboutFears.id(), study.fieldNotes.id()).orElseThrow());
        EntityEdit delete = MemoEdits.delete(project, study.fieldNotes.id());
        assertThat(delete.description()).isEqualTo("Delete memo 'Field notes'");
        applyCheckAndRevert(project, delete, p -> {
            assertThat(p.memos()).hasSize(1);
            assertThat(memo(p, study.aboutFears).linkedIds()).doesNotContain(study.fieldNotes.id());
        });
    }

    private static Memo memo(Project p, Memo memo) {
        return p.memos().stream().filter(m -> m.id().equals(memo.id())).findFirst().orElseThrow();
    }
}
