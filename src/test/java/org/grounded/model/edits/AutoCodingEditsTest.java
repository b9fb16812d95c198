package org.grounded.model.edits;

import java.util.List;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SnapMode;
import org.grounded.model.TextSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grounded.model.edits.Study.T1;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class AutoCodingEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    private AutoCodingEdits.Target target(Document document, String passage, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = document.text().indexOf(passage, start + 1);
        }
        return new AutoCodingEdits.Target(document.id(), start, start + passage.length());
    }

    private TextSpan span(Document document, String passage) {
        int start = document.text().indexOf(passage);
        return new TextSpan(start, start + passage.length());
    }

    private List<TextSpan> spansWith(Project p, org.grounded.model.Code code, Document document) {
        return p.quotationsWithCode(code.id()).stream().filter(q -> q.documentId().equals(document.id()))
                .map(q -> new TextSpan(q.start(), q.end())).toList();
    }

    @Test
    void everyHitBecomesAQuotationWidenedToItsWordInOneUndoableEdit() {
        // "amá" of "mamá" in the interview, "mam" of "mamá" in the emoji post.
        AutoCodingEdits.Result result = AutoCodingEdits.codeAll(project,
                List.of(target(study.interview, "amá", 0), target(study.post, "mam", 0)),
                study.family.id(), SnapMode.WORD, "lu", T1);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.extended()).isZero();
        assertThat(result.alreadyCoded()).isZero();
        EntityEdit edit = result.edit().orElseThrow();
        assertThat(edit.description()).isEqualTo("Auto-code 2 passages with 'Family'");
        applyCheckAndRevert(project, edit, p -> {
            assertThat(spansWith(p, study.family, study.interview))
                    .contains(span(study.interview, "mamá"));
            assertThat(spansWith(p, study.family, study.post)).containsExactly(span(study.post, "mamá"));
        });
    }

    @Test
    void autoCodingTwiceChangesNothingTheSecondTime() {
        List<AutoCodingEdits.Target> hits = List.of(target(study.interview, "amá", 0), target(study.post, "Donamos", 0));
        project.apply(AutoCodingEdits.codeAll(project, hits, study.family.id(), SnapMode.SENTENCE, "lu", T1)
                .edit().orElseThrow());
        List<Quotation> after = List.copyOf(project.quotations());

        AutoCodingEdits.Result again = AutoCodingEdits.codeAll(project, hits, study.family.id(), SnapMode.SENTENCE, "lu", T1);

        assertThat(again.edit()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.alreadyCoded()).isEqualTo(2);
        assertThat(project.quotations()).containsExactlyElementsOf(after);
    }

    @Test
    void hitsInOneParagraphMakeOneQuotationOfIt() {
        AutoCodingEdits.Result result = AutoCodingEdits.codeAll(project,
                List.of(target(study.interview, "miedo", 0), target(study.interview, "familia", 0)),
                study.networks.id(), SnapMode.PARAGRAPH, "lu", T1);

        assertThat(result.created()).isEqualTo(1);
        applyCheckAndRevert(project, result.edit().orElseThrow(), p -> assertThat(spansWith(p, study.networks, study.interview))
                .containsExactly(span(study.interview, "Ana: Mucho. Tenía miedo al principio, pero mi familia me apoyó.")));
    }

    @Test
    void aQuotationOfExactlyThePassageGetsTheCodeAndOneThatCoversItCountsAsCoded() {
        Quotation fear = study.fearQuote;
        AutoCodingEdits.Result result = AutoCodingEdits.codeAll(project,
                List.of(new AutoCodingEdits.Target(fear.documentId(), fear.start(), fear.end()),
                        target(study.interview, "dono", 0)),
                study.motivation.id(), SnapMode.WORD, "lu", T1);
        // fearQuote already has Motivation; "dono" lies inside weeklyQuote, coded Motivation.
        assertThat(result.alreadyCoded()).isEqualTo(2);
        assertThat(result.edit()).isEmpty();

        AutoCodingEdits.Result family = AutoCodingEdits.codeAll(project,
                List.of(new AutoCodingEdits.Target(fear.documentId(), fear.start(), fear.end())),
                study.family.id(), SnapMode.WORD, "lu", T1);
        assertThat(family.extended()).isEqualTo(1);
        assertThat(family.created()).isZero();
        applyCheckAndRevert(project, family.edit().orElseThrow(), p -> assertThat(study.quotation(fear.id()).codeIds())
                .containsExactly(study.fears.id(), study.motivation.id(), study.family.id()));
    }
}
