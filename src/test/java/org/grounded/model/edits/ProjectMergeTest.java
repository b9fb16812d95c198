package org.grounded.model.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.grounded.analysis.SmallStudy;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

class ProjectMergeTest {

    private static Quotation quotation(Document document, int start, int end, String coder, Code... codes) {
        return Quotation.of(document.id(), start, end, java.util.Arrays.stream(codes).map(Code::id).toList(), coder);
    }

    @Test
    void mergingAProjectIntoItselfChangesNothing() {
        SmallStudy study = new SmallStudy();
        study.project.apply(EntityEdit.builder("Code").add(quotation(study.interview, 5, 20, "Ann", study.duty))
                .add(Memo.of("Field note", "Quiet room.", "Ann")).build());

        ProjectMerge.Result result = ProjectMerge.merge(study.project, study.project.copy(), "copy");

        assertThat(result.edit()).isEmpty();
        assertThat(result.report().conflicts()).isEmpty();
        assertThat(result.report().matched("quotations")).isEqualTo(1);
        assertThat(result.report().added("codes")).isZero();
    }

    @Test
    void twoCodersCopiesMergeIntoTheUnionWithEachCodingsCoder() {
        SmallStudy base = new SmallStudy();
        Project ann = base.project.copy();
        Project ben = base.project.copy();
        ann.apply(EntityEdit.builder("Ann codes").add(quotation(base.interview, 5, 20, "Ann", base.duty))
                .add(quotation(base.interview, 40, 50, "Ann", base.fears)).build());
        ben.apply(EntityEdit.builder("Ben codes").add(quotation(base.interview, 5, 20, "Ben", base.duty))
                .add(quotation(base.interview, 30, 35, "Ben", base.agency)).build());

        ProjectMerge.Result result = ProjectMerge.merge(ann, ben, "ben.grounded");
        result.edit().orElseThrow().applyTo(ann);

        assertThat(ann.quotations()).hasSize(3);
        Quotation shared = ann.quotationsIn(base.interview.id()).stream().filter(q -> q.start() == 5).findFirst()
                .orElseThrow();
        assertThat(shared.codings()).extracting(Coding::coder).containsExactly("Ann", "Ben");
        assertThat(ann.documents()).hasSize(2);
        assertThat(ann.codes()).hasSize(base.project.codes().size());
        assertThat(result.report().added("quotations")).isEqualTo(1);
        assertThat(result.report().added("codings")).isEqualTo(1);

        result.edit().orElseThrow().revertFrom(ann);
        assertThat(ann.quotations()).hasSize(2);
    }

    @Test
    void aRenamedDocumentWithTheSameTextIsTheSameDocumentAndCodesMatchByName() {
        SmallStudy ours = new SmallStudy();
        SmallStudy theirs = new SmallStudy();
        Document renamed = theirs.interview.withName("Bea, 2nd visit");
        theirs.project.apply(EntityEdit.update("Rename", theirs.interview, renamed));
        theirs.project.apply(EntityEdit.add("Code", quotation(theirs.interview, 0, 3, "Ben", theirs.fears)));

        ProjectMerge.Result result = ProjectMerge.merge(ours.project, theirs.project, "theirs");
        result.edit().orElseThrow().applyTo(ours.project);

        assertThat(ours.project.documents()).hasSize(2);
        assertThat(result.report().matched("documents")).isEqualTo(2);
        assertThat(result.report().matched("codes")).isEqualTo(5);
        Quotation merged = ours.project.quotations().iterator().next();
        assertThat(merged.documentId()).isEqualTo(ours.interview.id());
        assertThat(merged.codeIds()).containsExactly(ours.fears.id());
    }

    @Test
    void conflictsAreListedAndOursKept() {
        SmallStudy base = new SmallStudy();
        Memo memo = Memo.of("Field note", "Quiet room.", "Ann");
        base.project.apply(EntityEdit.add("Memo", memo));
        Project theirs = base.project.copy();
        theirs.apply(EntityEdit.update("Rename", base.duty, base.duty.withName("Obligation")));
        theirs.apply(EntityEdit.update("Edit", memo, memo.withText("Field note", "Noisy room.", java.time.Instant.now())));

        ProjectMerge.Result result = ProjectMerge.merge(base.project, theirs, "theirs");

        assertThat(result.edit()).isEmpty();
        assertThat(result.report().conflicts()).hasSize(2)
                .anySatisfy(c -> assertThat(c).contains("'Duty'").contains("'Obligation'"))
                .anySatisfy(c -> assertThat(c).contains("memo 'Field note'"));
        assertThat(base.project.code(base.duty.id()).orElseThrow().name()).isEqualTo("Duty");
    }

    @Test
    void aNewCodeKeepsItsPlaceUnderTheMatchedParent() {
        SmallStudy ours = new SmallStudy();
        Project theirs = ours.project.copy();
        Code shame = new Code(UUID.randomUUID(), "Shame", "#BE0032", "", ours.fears.id(),
                ours.fears.level(), false);
        theirs.apply(EntityEdit.add("Code", shame));

        ProjectMerge.Result result = ProjectMerge.merge(ours.project, theirs, "theirs");
        result.edit().orElseThrow().applyTo(ours.project);

        assertThat(ours.project.children(ours.fears.id())).extracting(Code::name).containsExactly("Shame");
        assertThat(result.report().lines()).contains("codes: 1 added, 5 matched");
        assertThat(List.of(result.report().added("documents"))).containsExactly(0);
    }
}
