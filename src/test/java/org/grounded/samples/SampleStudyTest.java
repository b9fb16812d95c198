package org.grounded.samples;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.GroupKind;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped sample study is built from {@code samples/study/}; this test keeps the two in step.
 * After changing the sources, rebuild the sample with
 * {@code mvn -B test -Dtest=SampleStudyTest -Dgrounded.rebuildSample=true}.
 */
class SampleStudyTest {

    static final Path STUDY = Path.of("samples", "study");
    static final Path SAMPLE = Path.of("samples", "milk-donation.grounded");

    private static Project built;

    @BeforeAll
    static void buildFromSources() throws Exception {
        built = new SampleStudyBuilder(STUDY).build();
        if (Boolean.getBoolean("grounded.rebuildSample")) {
            new ProjectFileStore().save(built, SAMPLE);
        }
    }

    @Test
    void theShippedSampleIsWhatTheSourcesBuild() throws Exception {
        Project shipped = new ProjectFileStore().load(SAMPLE);
        assertThat(shipped.info()).isEqualTo(built.info());
        assertThat(shipped.entities()).containsExactlyElementsOf(built.entities());
    }

    @Test
    void everyCodedPassageIsTheTextItQuotes() {
        for (Quotation quotation : built.quotations()) {
            Document document = built.document(quotation.documentId()).orElseThrow();
            String passage = document.text().substring(quotation.start(), quotation.end());
            assertThat(passage).isNotBlank().doesNotContain("<v ").doesNotContain("-->");
        }
    }

    @Test
    void theSampleHasWhatEveryViewNeeds() {
        assertThat(built.documents()).hasSize(6);
        assertThat(built.documents()).extracting(Document::language).contains("es", "en");
        assertThat(built.codes()).hasSizeBetween(28, 40);
        assertThat(built.rootCodes()).hasSize(5);
        assertThat(built.codes()).filteredOn(Code::core).isNotEmpty();
        assertThat(built.quotations()).hasSizeGreaterThan(180);
        assertThat(built.quotations()).anyMatch(quotation -> quotation.codeIds().size() > 1);
        assertThat(built.memos()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(built.relations()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(built.groups(GroupKind.PARTICIPANT)).extracting(group -> group.name())
                .contains("donor only", "recipient only", "both");
    }

    @Test
    void everyParticipantHasCitationsAndTheInterviewerAlmostNone() {
        ParticipantAttribution attribution = ParticipantAttribution.of(built);
        Set<java.util.UUID> cited = built.quotations().stream()
                .flatMap(quotation -> attribution.participantsOf(quotation).stream())
                .collect(Collectors.toSet());
        assertThat(cited).containsExactlyInAnyOrderElementsOf(
                built.participants().stream().map(participant -> participant.id()).toList());
        List<Quotation> nobodys = built.quotations().stream()
                .filter(quotation -> attribution.participantsOf(quotation).isEmpty()).toList();
        assertThat(nobodys).as("quotations in interviewer turns or unmapped posts").hasSizeLessThan(30);
    }

    @Test
    void theSocialMediaPostsKeepTheirEmoji() {
        Document posts = built.documents().stream().filter(d -> d.sourceFileName().endsWith(".md")).findFirst().orElseThrow();
        assertThat(posts.text()).contains("🍼", "👩‍👧");
        assertThat(posts.turns()).isNotEmpty();
    }
}
