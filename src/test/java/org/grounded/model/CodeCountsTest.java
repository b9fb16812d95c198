package org.grounded.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeCountsTest {

    private final Project project = Project.create("Counts");
    private final Document interview = Document.of("Ana", "Tenía miedo pero mi familia me apoyó mucho.");
    private final Code support = Code.of("Support", "#0000FF");
    private final Code family = Code.of("Family", "#0088FF").withParent(support.id());
    private final Code mother = Code.of("Mother", "#0088AA").withParent(family.id());
    private final Code networks = Code.of("Networks", "#8800FF").withParent(support.id());
    private final Code fears = Code.of("Fears", "#FF0000");

    @Test
    void aCategoryCountsAQuotationCodedWithTwoOfItsSubCodesOnce() {
        project.apply(EntityEdit.builder("Study").add(interview).add(support).add(family).add(mother).add(networks)
                .add(fears)
                .add(Quotation.of(interview.id(), 0, 5, List.of(family.id(), networks.id()), "lu"))
                .add(Quotation.of(interview.id(), 6, 11, List.of(mother.id(), support.id()), "lu"))
                .add(Quotation.of(interview.id(), 12, 20, List.of(fears.id()), "lu"))
                .build());

        CodeCounts counts = CodeCounts.of(project);

        assertThat(counts.direct(support.id())).isEqualTo(1);
        assertThat(counts.aggregated(support.id())).isEqualTo(2);
        assertThat(counts.direct(family.id())).isEqualTo(1);
        assertThat(counts.aggregated(family.id())).isEqualTo(2);
        assertThat(counts.aggregated(mother.id())).isEqualTo(1);
        assertThat(counts.aggregated(networks.id())).isEqualTo(1);
        assertThat(counts.aggregated(fears.id())).isEqualTo(1);
        assertThat(counts.direct(UUID.randomUUID())).isZero();
    }

    @Test
    void countsAgreeWithCountingEveryCodeSubtreeByBruteForce() {
        Random random = new Random(7);
        Document text = Document.of("long", "x".repeat(2_000));
        EntityEdit.Builder builder = EntityEdit.builder("Random study").add(text);
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID parent = codes.isEmpty() || random.nextInt(4) == 0 ? null : codes.get(random.nextInt(codes.size())).id();
            Code code = Code.of("Code " + i, "#112233").withParent(parent);
            codes.add(code);
            builder.add(code);
        }
        for (int i = 0; i < 500; i++) {
            int start = random.nextInt(1_990);
            List<UUID> applied = new ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                applied.add(codes.get(random.nextInt(codes.size())).id());
            }
            builder.add(Quotation.of(text.id(), start, start + 5, applied, "lu"));
        }
        project.apply(builder.build());

        CodeCounts counts = CodeCounts.of(project);

        for (Code code : codes) {
            Set<UUID> subtree = project.subtree(code.id()).stream().map(Code::id).collect(Collectors.toSet());
            long expected = project.quotations().stream()
                    .filter(q -> q.codeIds().stream().anyMatch(subtree::contains)).count();
            assertThat(counts.aggregated(code.id())).as(code.name()).isEqualTo(expected);
            assertThat(counts.direct(code.id())).isEqualTo(project.quotationCount(code.id()));
        }
    }

    @Test
    void countsFollowingAnEditAndItsUndoEqualCountsFromScratch() {
        Quotation both = Quotation.of(interview.id(), 0, 5, List.of(family.id(), networks.id()), "lu");
        Quotation fear = Quotation.of(interview.id(), 12, 20, List.of(fears.id()), "lu");
        project.apply(EntityEdit.builder("Study").add(interview).add(support).add(family).add(mother).add(networks)
                .add(fears).add(both).add(fear).build());
        CodeCounts before = CodeCounts.of(project);
        EntityEdit recode = EntityEdit.builder("Recode").update(both, both.withCodes(List.of(mother.id())))
                .remove(fear).add(Quotation.of(interview.id(), 21, 30, List.of(mother.id(), networks.id()), "lu"))
                .build();

        project.apply(recode);
        CodeCounts applied = before.updated(project, recode.changeSet().quotationChanges(), EditDirection.APPLIED);
        CodeCounts fromScratch = CodeCounts.of(project);
        project.revert(recode);
        CodeCounts reverted = applied.updated(project, recode.changeSet().quotationChanges(), EditDirection.REVERTED);

        for (Code code : List.of(support, family, mother, networks, fears)) {
            assertThat(applied.direct(code.id())).as(code.name()).isEqualTo(fromScratch.direct(code.id()));
            assertThat(applied.aggregated(code.id())).as(code.name()).isEqualTo(fromScratch.aggregated(code.id()));
            assertThat(reverted.direct(code.id())).as(code.name()).isEqualTo(before.direct(code.id()));
            assertThat(reverted.aggregated(code.id())).as(code.name()).isEqualTo(before.aggregated(code.id()));
        }
        assertThat(applied.aggregated(support.id())).isEqualTo(2);
        assertThat(applied.aggregated(fears.id())).isZero();
    }
}
