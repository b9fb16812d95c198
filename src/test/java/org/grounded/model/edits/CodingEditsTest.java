package org.grounded.model.edits;

import java.util.List;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.T1;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class CodingEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void applyingCodesToANewRangeCreatesAQuotation() {
        int start = study.indexIn(study.interview, "Mi mamá dice");
        EntityEdit edit = CodingEdits.applyCodes(project, study.interview.id(), start, start + 12,
                List.of(study.family.id()), "ana", T1).orElseThrow();

        assertThat(edit.description()).isEqualTo("Apply 'Family'");
        applyCheckAndRevert(project, edit, p -> {
            Quotation created = EditResults.firstAdded(edit, Quotation.class).orElseThrow();
            assertThat(p.quotationsWithCode(study.family.id())).contains(created);
            assertThat(created.start()).isEqualTo(start);
            assertThat(created.coder()).isEqualTo("ana");
            assertThat(created.createdAt()).isEqualTo(T1);
        });
    }

    @Test
    void applyingCodesToTheExactRangeOfAQuotationAddsThemWithoutDuplicates() {
        Quotation quote = study.fearQuote;
        EntityEdit edit = CodingEdits.applyCodes(project, quote.documentId(), quote.start(), quote.end(),
                List.of(study.motivation.id(), study.family.id()), "lu", T1).orElseThrow();

        assertThat(edit.description()).isEqualTo("Apply 'Motivation', 'Family'");
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.quotations()).hasSize(4);
            assertThat(study.quotation(quote.id()).codeIds())
                    .containsExactly(study.fears.id(), study.motivation.id(), study.family.id());
        });
    }

    @Test
    void applyingCodesAQuotationAlreadyHasChangesNothing() {
        Quotation quote = study.fearQuote;
        assertThat(CodingEdits.applyCodes(project, quote.documentId(), quote.start(), quote.end(),
                List.of(study.fears.id()), "lu", T1)).isEmpty();
    }

    @Test
    void aSecondCoderApplyingTheSameCodeKeepsTheFirstCodersStampAndAddsTheirOwn() {
        Quotation quote = study.fearQuote;
        EntityEdit edit = CodingEdits.applyCodes(project, quote.documentId(), quote.start(), quote.end(),
                List.of(study.fears.id(), study.family.id()), "ana", T1).orElseThrow();

        applyCheckAndRevert(project, edit, p -> {
            Quotation after = study.quotation(quote.id());
            assertThat(after.codeIds()).containsExactlyElementsOf(
                    java.util.stream.Stream.concat(quote.codeIds().stream(), java.util.stream.Stream.of(study.family.id())).toList());
            assertThat(after.codingsOf(study.fears.id())).containsExactly(
                    new Coding(study.fears.id(), "lu", Study.T0), new Coding(study.fears.id(), "ana", T1));
            assertThat(after.codingsOf(study.family.id())).containsExactly(new Coding(study.family.id(), "ana", T1));
            assertThat(after.coder()).isEqualTo("lu");
            assertThat(after.createdAt()).isEqualTo(Study.T0);
        });
    }

    @Test
    void aNewQuotationsCodingsCarryTheActingCoderAndTheTime() {
        EntityEdit edit = CodingEdits.applyCodes(project, study.post.id(), 0, 7, List.of(study.fears.id()), "ana", T1)
                .orElseThrow();

        Quotation created = EditResults.firstAdded(edit, Quotation.class).orElseThrow();
        assertThat(created.codings()).containsExactly(new Coding(study.fears.id(), "ana", T1));
    }

    @Test
    void applyingNoCodeMakesAFreeQuotation() {
        EntityEdit edit = CodingEdits.applyCodes(project, study.post.id(), 0, 7, List.of(), "lu", T1).orElseThrow();
        assertThat(edit.description()).isEqualTo("Create quotation");
        applyCheckAndRevert(project, edit, p -> assertThat(p.quotationsIn(study.post.id()))
                .anySatisfy(q -> assertThat(q.codeIds()).isEmpty()));
    }

    @Test
    void aRangeThatCutsAnEmojiInHalfIsRefused() {
        int bottle = study.indexIn(study.post, "🍼");
        assertThatThrownBy(() -> CodingEdits.applyCodes(project, study.post.id(), bottle + 1, bottle + 2,
                List.of(study.fears.id()), "lu", T1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cuts a character");
    }

    @Test
    void aCodeThatWasDeletedMeanwhileIsReportedAsGone() {
        assertThatThrownBy(() -> CodingEdits.applyCodes(project, study.post.id(), 0, 7, List.of(UUID.randomUUID()),
                "lu", T1)).hasMessage("This code is no longer in the project");
    }

    @Test
    void codingInVivoCreatesACodeNamedAfterTheSelectedWords() {
        String passage = "Mi mamá dice que es un regalo";
        int start = study.indexIn(study.interview, passage);
        EntityEdit edit = CodingEdits.applyInVivo(project, study.interview.id(), start, start + passage.length(),
                "lu", T1).orElseThrow();

        assertThat(edit.description()).isEqualTo("Code in vivo 'Mi mamá dice que es un regalo'");
        applyCheckAndRevert(project, edit, p -> {
            Code inVivo = p.codeNamed(passage).orElseThrow();
            assertThat(p.quotationsWithCode(inVivo.id())).singleElement()
                    .satisfies(q -> assertThat(q.start()).isEqualTo(start));
        });
    }

    @Test
    void codingInVivoReusesTheCodeOfThatNameWhateverItsCase() {
        int start = study.indexIn(study.interview, "Mucho");
        project.apply(CodebookEdits.createCode(project, "MUCHO", "#123456"));
        int codes = project.codes().size();

        EntityEdit edit = CodingEdits.applyInVivo(project, study.interview.id(), start, start + 5, "lu", T1)
                .orElseThrow();

        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.codes()).hasSize(codes);
            assertThat(p.quotationsWithCode(p.codeNamed("mucho").orElseThrow().id())).hasSize(1);
        });
    }

    @Test
    void theQuickCodeBoxAppliesAnExistingCodeByName() {
        EntityEdit edit = CodingEdits.quickCode(project, study.post.id(), 0, 7, " fears ", "lu", T1).orElseThrow();
        assertThat(edit.description()).isEqualTo("Apply 'Fears'");
        applyCheckAndRevert(project, edit, p -> assertThat(p.quotationsWithCode(study.fears.id())).hasSize(2));
    }

    @Test
    void theQuickCodeBoxCreatesAndAppliesANewCodeInOneEdit() {
        EntityEdit edit = CodingEdits.quickCode(project, study.post.id(), 0, 7, "Gratitude", "lu", T1).orElseThrow();
        assertThat(edit.description()).isEqualTo("Apply new code 'Gratitude'");
        applyCheckAndRevert(project, edit, p -> {
            Code gratitude = p.codeNamed("gratitude").orElseThrow();
            assertThat(gratitude.parentId()).isNull();
            assertThat(p.quotationsWithCode(gratitude.id())).hasSize(1);
        });
    }

    @Test
    void removingOneOfSeveralCodesKeepsTheQuotation() {
        EntityEdit edit = CodingEdits.removeCode(project, study.fearQuote.id(), study.fears.id()).orElseThrow();
        assertThat(edit.description()).isEqualTo("Remove 'Fears' from quotation");
        applyCheckAndRevert(project, edit, p -> assertThat(study.quotation(study.fearQuote.id()).codeIds())
                .containsExactly(study.motivation.id()));
    }

    @Test
    void removingTheLastCodeDeletesTheQuotation() {
        EntityEdit edit = CodingEdits.removeCode(project, study.familyQuote.id(), study.family.id()).orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(p.quotation(study.familyQuote.id())).isEmpty());
    }

    @Test
    void removingTheLastCodeKeepsAQuotationThatHasAComment() {
        project.apply(CodingEdits.setComment(project, study.familyQuote.id(), "apoyo clave").orElseThrow());
        EntityEdit edit = CodingEdits.removeCode(project, study.familyQuote.id(), study.family.id()).orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(study.quotation(study.familyQuote.id()).codeIds()).isEmpty());
    }

    @Test
    void removingTheLastCodeKeepsAQuotationThatAMemoIsAbout() {
        project.apply(MemoEdits.link(project, study.fieldNotes.id(), study.familyQuote.id()).orElseThrow());
        EntityEdit edit = CodingEdits.removeCode(project, study.familyQuote.id(), study.family.id()).orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(p.quotation(study.familyQuote.id())).isPresent());
    }

    @Test
    void removingACodeTheQuotationDoesNotHaveChangesNothing() {
        assertThat(CodingEdits.removeCode(project, study.familyQuote.id(), study.fears.id())).isEmpty();
    }

    @Test
    void deletingAQuotationUnlinksItFromMemosInTheSameEdit() {
        EntityEdit edit = CodingEdits.deleteQuotation(project, study.fearQuote.id());
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.quotation(study.fearQuote.id())).isEmpty();
            Memo memo = p.memos().stream().filter(m -> m.id().equals(study.aboutFears.id())).findFirst().orElseThrow();
            assertThat(memo.linkedIds()).containsExactly(study.fears.id());
        });
    }

    @Test
    void deletingSeveralQuotationsIsOneEdit() {
        EntityEdit edit = CodingEdits.deleteQuotations(project,
                List.of(study.fearQuote.id(), study.postQuote.id())).orElseThrow();
        assertThat(edit.description()).isEqualTo("Delete 2 quotations");
        applyCheckAndRevert(project, edit, p -> assertThat(p.quotations()).hasSize(2));
    }

    @Test
    void resizingAQuotationMovesItsBoundaries() {
        int start = study.indexIn(study.interview, "miedo al principio");
        EntityEdit edit = CodingEdits.resizeQuotation(project, study.fearQuote.id(), start, study.fearQuote.end())
                .orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(study.quotation(study.fearQuote.id()).start()).isEqualTo(start));
    }

    @Test
    void resizingRefusesARangeOutsideTheDocumentOrThroughAnEmoji() {
        int bottle = study.indexIn(study.post, "🍼");
        assertThatThrownBy(() -> CodingEdits.resizeQuotation(project, study.postQuote.id(), bottle + 1,
                study.postQuote.end())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodingEdits.resizeQuotation(project, study.postQuote.id(), 0, 10_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside");
        assertThat(CodingEdits.resizeQuotation(project, study.postQuote.id(), study.postQuote.start(),
                study.postQuote.end())).isEmpty();
    }

    @Test
    void settingAndClearingAQuotationComment() {
        EntityEdit set = CodingEdits.setComment(project, study.weeklyQuote.id(), "rutina").orElseThrow();
        applyCheckAndRevert(project, set, p ->
                assertThat(study.quotation(study.weeklyQuote.id()).comment()).isEqualTo("rutina"));
        project.apply(set);
        EntityEdit clear = CodingEdits.setComment(project, study.weeklyQuote.id(), "  ").orElseThrow();
        assertThat(clear.description()).isEqualTo("Clear quotation comment");
        applyCheckAndRevert(project, clear, p ->
                assertThat(study.quotation(study.weeklyQuote.id()).comment()).isEmpty());
        assertThat(CodingEdits.setComment(project, study.weeklyQuote.id(), "rutina")).isEmpty();
    }
}
