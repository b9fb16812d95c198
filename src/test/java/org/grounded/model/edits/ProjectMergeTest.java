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

    /** Ben's copy has a code "Worry" ours lacks; mapped onto our Fears, his codings land on Fears. */
    private static Project bensCopyWithWorry(Code worry) {
        SmallStudy bens = new SmallStudy();
        Project ben = bens.project;
        ben.apply(EntityEdit.builder("Ben codes").add(worry)
                .add(Quotation.of(bens.interview.id(), 0, 10, List.of(worry.id()), "Ben"))
                .add(Quotation.of(bens.interview.id(), 20, 30, List.of(worry.id(), bens.duty.id()), "Ben")).build());
        return ben;
    }

    @Test
    void aCodeMatchingNoneOfOursIsOfferedAndMappedOntoOursWithoutDuplicates() {
        SmallStudy ours = new SmallStudy();
        ours.project.apply(EntityEdit.add("Ann codes", quotation(ours.interview, 20, 30, "Ann", ours.fears)));
        Code worry = Code.of("Worry", "#BE0032");
        Project ben = bensCopyWithWorry(worry);

        assertThat(ProjectMerge.unmatchedCodes(ours.project, ben)).extracting(Code::name).containsExactly("Worry");

        int codesBefore = ours.project.codes().size();
        ProjectMerge.Result result = ProjectMerge.merge(ours.project, ben, "ben.grounded",
                java.util.Map.of(worry.id(), ours.fears.id()));
        result.edit().orElseThrow().applyTo(ours.project);

        assertThat(ours.project.codes()).hasSize(codesBefore);
        assertThat(ours.project.codeNamed("Worry")).isEmpty();
        assertThat(ours.project.quotations()).hasSize(2);
        Quotation shared = ours.project.quotationsIn(ours.interview.id()).stream().filter(q -> q.start() == 20)
                .findFirst().orElseThrow();
        assertThat(shared.codeIds()).containsExactly(ours.fears.id(), ours.duty.id());
        assertThat(shared.codingsOf(ours.fears.id())).extracting(Coding::coder).containsExactly("Ann", "Ben");
        Quotation bensOwn = ours.project.quotationsIn(ours.interview.id()).stream().filter(q -> q.start() == 0)
                .findFirst().orElseThrow();
        assertThat(bensOwn.codings()).extracting(Coding::codeId, Coding::coder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ours.fears.id(), "Ben"));
        assertThat(ours.project.quotationsWithCode(ours.fears.id())).hasSize(2);
        assertThat(result.report().added("codes")).isZero();
        assertThat(result.report().added("codings")).isEqualTo(2);
    }

    @Test
    void withoutAMappingTheUnmatchedCodeIsAddedAsNew() {
        SmallStudy ours = new SmallStudy();
        Code worry = Code.of("Worry", "#BE0032");
        Project ben = bensCopyWithWorry(worry);

        ProjectMerge.merge(ours.project, ben, "ben.grounded").edit().orElseThrow().applyTo(ours.project);

        assertThat(ours.project.codeNamed("Worry")).isPresent();
        assertThat(ours.project.quotationsWithCode(ours.fears.id())).isEmpty();
    }

    @Test
    void aMappingToACodeThatIsNotOursIsRefused() {
        SmallStudy ours = new SmallStudy();
        Code worry = Code.of("Worry", "#BE0032");
        Project ben = bensCopyWithWorry(worry);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectMerge.merge(ours.project, ben, "ben.grounded",
                java.util.Map.of(worry.id(), UUID.randomUUID()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Worry'");
    }

    @Test
    void savedNetworksAreMatchedByNameOrAddedWithTheirNodesMapped() {
        SmallStudy ours = new SmallStudy();
        SmallStudy theirs = new SmallStudy();
        ours.project.apply(EntityEdit.add("Network", org.grounded.model.SavedNetwork.of("Overview",
                org.grounded.model.NetworkSettings.cooccurrence(), org.grounded.model.ColourScheme.FIGURE)));
        org.grounded.model.SavedNetwork sameName = org.grounded.model.SavedNetwork.of("overview",
                org.grounded.model.NetworkSettings.figureOne(), org.grounded.model.ColourScheme.FIGURE);
        org.grounded.model.SavedNetwork fears = org.grounded.model.SavedNetwork.of("Fears",
                org.grounded.model.NetworkSettings.cooccurrence(), org.grounded.model.ColourScheme.FIGURE)
                .withMembers(List.of(theirs.fears.id(), theirs.ana.id()))
                .withPlaces(java.util.Map.of(theirs.fears.id(), new org.grounded.model.Position(10, 20)),
                        java.util.Set.of(theirs.fears.id()));
        theirs.project.apply(EntityEdit.builder("Networks").add(sameName).add(fears).build());

        ProjectMerge.Result result = ProjectMerge.merge(ours.project, theirs.project, "theirs");
        result.edit().orElseThrow().applyTo(ours.project);

        assertThat(ours.project.networks()).extracting(org.grounded.model.SavedNetwork::name)
                .containsExactlyInAnyOrder("Overview", "Fears");
        org.grounded.model.SavedNetwork added = ours.project.networks().stream().filter(n -> n.name().equals("Fears"))
                .findFirst().orElseThrow();
        assertThat(added.memberIds()).containsExactly(ours.fears.id(), ours.ana.id());
        assertThat(added.pinned()).containsExactly(ours.fears.id());
        assertThat(result.report().lines()).contains("networks: 1 added, 1 matched");
    }
}
