package org.grounded.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.io.refi.QdpxImporter;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Participant;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyGeneratorTest {

    private static final StudySize SMALL = new StudySize(12, 600, 40, 333, 5);

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedAnotherStudy() throws Exception {
        Path first = folder.resolve("first.grounded");
        Path second = folder.resolve("second.grounded");
        Path other = folder.resolve("other.grounded");
        new ProjectFileStore().save(StudyGenerator.generate(SMALL, 7), first);
        new ProjectFileStore().save(StudyGenerator.generate(SMALL, 7), second);
        new ProjectFileStore().save(StudyGenerator.generate(SMALL, 8), other);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void itMakesTheCountsAskedFor() {
        Project study = StudyGenerator.generate(SMALL, 1);

        assertThat(study.documents()).hasSize(12);
        assertThat(study.codes()).hasSize(40);
        assertThat(study.quotations()).hasSize(333);
        assertThat(study.participants()).hasSize(5);
        assertThat(study.documents()).allSatisfy(document -> assertThat(document.wordCount()).isEqualTo(600));
        assertThat(study.quotations().stream().mapToLong(q -> q.codeIds().size()).sum()).isEqualTo(SMALL.codings())
                .isEqualTo(333 / 5 * 8 + 1 + 2 + 1);
        assertThat(study.memos()).isNotEmpty();
        assertThat(study.relations()).isNotEmpty();
    }

    @Test
    void theCodeTreeHasThreeLevels() {
        Project study = StudyGenerator.generate(SMALL, 2);

        List<Code> roots = study.rootCodes();
        assertThat(roots).isNotEmpty().allSatisfy(root -> {
            assertThat(study.children(root.id())).isNotEmpty();
            assertThat(root.core()).isTrue();
        });
        assertThat(study.codes()).allSatisfy(code -> assertThat(depth(study, code)).isBetween(1, 3));
        assertThat(study.codes().stream().filter(code -> depth(study, code) == 3)).hasSizeGreaterThan(20);
    }

    private static int depth(Project study, Code code) {
        int depth = 1;
        for (Code at = code; at.parentId() != null; at = study.code(at.parentId()).orElseThrow()) {
            depth++;
        }
        return depth;
    }

    @Test
    void turnsAreNameColonTextAndEachParticipantOwnsTheirOwn() {
        Project study = StudyGenerator.generate(new StudySize(3, 900, 10, 30, 7), 3);

        for (Document document : study.documents()) {
            assertThat(document.interviewers()).hasSize(1);
            for (SpeakerTurn turn : document.turns()) {
                assertThat(document.text().substring(turn.start(), turn.end())).startsWith(turn.speaker() + ": ");
            }
        }
        // 7 participants over 3 documents: focus groups of P001, P004, P007 / P002, P005 / P003, P006.
        Set<SpeakerRef> refs = new HashSet<>();
        for (Participant participant : study.participants()) {
            assertThat(participant.speakers()).as(participant.name()).hasSize(1);
            SpeakerRef ref = participant.speakers().iterator().next();
            assertThat(ref.speaker()).isEqualTo(participant.name());
            assertThat(study.document(ref.documentId()).orElseThrow().speakers()).contains(participant.name());
            refs.add(ref);
        }
        assertThat(refs).hasSize(7);
    }

    @Test
    void quotationsOverlapNestAndRepeatAndMostStayInOneParticipantsTurn() {
        Project study = StudyGenerator.generate(new StudySize(4, 3_000, 30, 400, 4), 4);

        int nested = 0;
        int overlapping = 0;
        int identical = 0;
        int inOneTurn = 0;
        for (Document document : study.documents()) {
            List<Quotation> quotations = new ArrayList<>(study.quotationsIn(document.id()));
            for (Quotation q : quotations) {
                List<SpeakerTurn> turns = document.turnsOverlapping(q.start(), q.end());
                if (turns.size() == 1 && !document.interviewers().contains(turns.get(0).speaker())) {
                    inOneTurn++;
                }
                assertThat(Character.isLetterOrDigit(document.text().charAt(q.start()))).isTrue();
                assertThat(Character.isLetterOrDigit(document.text().charAt(q.end() - 1))).isTrue();
            }
            for (int i = 0; i < quotations.size(); i++) {
                for (int j = i + 1; j < quotations.size(); j++) {
                    Quotation a = quotations.get(i);
                    Quotation b = quotations.get(j);
                    if (a.start() == b.start() && a.end() == b.end()) {
                        identical++;
                    } else if (a.start() <= b.start() && b.end() <= a.end() || b.start() <= a.start() && a.end() <= b.end()) {
                        nested++;
                    } else if (a.overlaps(b)) {
                        overlapping++;
                    }
                }
            }
        }
        assertThat(identical).isPositive();
        assertThat(nested).isPositive();
        assertThat(overlapping).isPositive();
        assertThat(inOneTurn).isGreaterThan(400 * 8 / 10);
        Set<UUID> used = new HashSet<>();
        study.quotations().forEach(q -> used.addAll(q.codeIds()));
        assertThat(used).hasSizeGreaterThan(15);
    }

    @Test
    void itsQdpxImportsToTheSameCounts() throws Exception {
        Project study = StudyGenerator.generate(SMALL, 5);
        Path qdpx = folder.resolve("study.qdpx");
        new QdpxExporter().export(study, qdpx, Progress.NONE);

        Project imported = new QdpxImporter().read(qdpx, Progress.NONE).project();

        assertThat(imported.documents()).hasSize(12);
        assertThat(imported.codes()).hasSize(40);
        assertThat(imported.quotations()).hasSize(333);
        assertThat(imported.participants()).hasSize(5);
        assertThat(imported.quotations().stream().mapToLong(q -> q.codeIds().size()).sum()).isEqualTo(SMALL.codings());
        assertThat(imported.documents().stream().mapToInt(Document::wordCount).sum()).isEqualTo(12 * 600);
    }

    @Test
    void aSizeThatCannotBeMadeIsRefusedWithItsReason() {
        assertThatThrownBy(() -> new StudySize(10, 1_000, 2, 10, 1)).hasMessageContaining("codes")
                .hasMessageContaining("at least 3");
        assertThatThrownBy(() -> new StudySize(0, 1_000, 20, 10, 1)).hasMessageContaining("documents");
    }

    @Test
    void theFixedQueriesAreOneHundredAndDistinct() {
        assertThat(StudyQueries.fixed()).hasSize(100).doesNotHaveDuplicates();
    }
}
