package org.grounded.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCodersTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
    private static final List<String> CODERS = List.of("ana", "Ana", "luis", "", "  ", "marta");

    @Test
    void theCodersFollowEveryEditUndoAndRedoAsCountingEveryQuotationWould() {
        Random random = new Random(11);
        Project project = Project.create("Coders");
        Document text = Document.of("long", "x".repeat(500));
        List<Code> codes = new ArrayList<>();
        EntityEdit.Builder start = EntityEdit.builder("Start").add(text);
        for (int i = 0; i < 5; i++) {
            Code code = Code.of("C" + i, "#112233");
            codes.add(code);
            start.add(code);
        }
        project.apply(start.build());
        List<EntityEdit> done = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            List<Quotation> quotations = new ArrayList<>(project.quotations());
            int kind = random.nextInt(5);
            if (kind == 4 && !done.isEmpty()) {
                project.revert(done.remove(done.size() - 1));
            } else {
                EntityEdit edit;
                if (quotations.isEmpty() || kind == 0) {
                    int from = random.nextInt(400);
                    edit = EntityEdit.add("Code", new Quotation(java.util.UUID.randomUUID(), text.id(), from,
                            from + 1 + random.nextInt(90), List.of(codes.get(random.nextInt(5)).id()), "",
                            CODERS.get(random.nextInt(CODERS.size())), AT));
                } else {
                    Quotation chosen = quotations.get(random.nextInt(quotations.size()));
                    if (kind == 1) {
                        edit = EntityEdit.builder("Delete").remove(chosen).build();
                    } else if (kind == 2) {
                        Quotation more = chosen.withCoding(codes.get(random.nextInt(5)).id(),
                                CODERS.get(random.nextInt(CODERS.size())), AT);
                        edit = EntityEdit.update("More", chosen, more);
                    } else {
                        edit = EntityEdit.update("Fewer", chosen, chosen.withCodes(List.of(codes.get(random.nextInt(5)).id())));
                    }
                }
                project.apply(edit);
                done.add(edit);
            }
            assertThat(project.coderSpellings()).as("step %d", step).isEqualTo(counted(project));
            assertThat(project.copy().coderSpellings()).isEqualTo(counted(project));
        }
    }

    @Test
    void aCopyWithFewerCodingsForgetsTheCodersWhoseCodingsWent() {
        Project project = Project.create("Coders");
        Document text = Document.of("short", "Tenía miedo pero mi familia me apoyó.");
        Code fear = Code.of("Fear", "#FF0000");
        Quotation quotation = new Quotation(java.util.UUID.randomUUID(), text.id(), 0, 5, List.of(fear.id()), "", "ana",
                AT).withCoding(fear.id(), "luis", AT);
        project.apply(EntityEdit.builder("Study").add(text).add(fear).add(quotation).build());

        Project anaOnly = project.copyWithFewerCodings(q -> new Quotation(q.id(), q.documentId(), q.start(), q.end(),
                List.of(), q.comment(), q.coder(), q.createdAt(), q.name(),
                q.codings().stream().filter(coding -> coding.coder().equals("ana")).toList()));

        assertThat(project.coderSpellings()).containsExactlyInAnyOrder("ana", "luis");
        assertThat(anaOnly.coderSpellings()).containsExactly("ana");
        assertThat(anaOnly.coderSpellings()).isEqualTo(counted(anaOnly));
    }

    /** The brute-force answer: every non-blank coder of every coding, as spelled. */
    private static Set<String> counted(Project project) {
        Set<String> coders = new HashSet<>();
        project.quotations().forEach(quotation -> quotation.codings().stream().map(Coding::coder)
                .filter(coder -> !coder.isBlank()).forEach(coders::add));
        return coders;
    }
}
