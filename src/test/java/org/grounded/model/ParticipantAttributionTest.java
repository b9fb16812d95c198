package org.grounded.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantAttributionTest {

    // Interviewer: 0-24, Ana: 25-49, Lim: 50-68
    private static final String FOCUS_GROUP = "Interviewer: Why donate?\nAna: Because milk helps.\nLim: For my faith.";

    private final Project project = Project.create("Focus group");
    private final Document focusGroup = new Document(UUID.randomUUID(), "Focus group", FOCUS_GROUP, "fg.txt",
            java.time.Instant.EPOCH, "en", Map.of(),
            List.of(new SpeakerTurn(0, 24, "Interviewer"), new SpeakerTurn(25, 49, "Ana"), new SpeakerTurn(50, 68, "Lim")),
            Set.of("Interviewer"));
    private final Document interview = Document.of("Interview with Ana", "She spoke without turns.");
    private final Participant ana = Participant.of("Ana")
            .withSpeakers(Set.of(new SpeakerRef(focusGroup.id(), "Ana")))
            .withDocuments(Set.of(interview.id()));
    private final Participant lim = Participant.of("Lim");

    @Test
    void aQuotationInASpeakersTurnBelongsToThatSpeaker() {
        project.apply(EntityEdit.builder("Setup").add(focusGroup).add(interview).add(ana).add(lim).build());
        ParticipantAttribution attribution = ParticipantAttribution.of(project);

        assertThat(attribution.participantsOf(focusGroup.id(), 30, 40)).containsExactly(ana.id());
        assertThat(attribution.participantsOf(focusGroup.id(), 13, 20)).as("interviewer's words").isEmpty();
        assertThat(attribution.participantsOf(focusGroup.id(), 56, 60)).as("unmapped speaker").isEmpty();
        assertThat(attribution.participantsOf(interview.id(), 0, 3)).containsExactly(ana.id());
    }

    @Test
    void aQuotationAcrossTwoTurnsBelongsToBothSpeakers() {
        Participant mappedLim = lim.withSpeakers(Set.of(new SpeakerRef(focusGroup.id(), "Lim")));
        project.apply(EntityEdit.builder("Setup").add(focusGroup).add(interview).add(ana).add(mappedLim).build());

        assertThat(ParticipantAttribution.of(project).participantsOf(focusGroup.id(), 40, 60))
                .containsExactlyInAnyOrder(ana.id(), lim.id());
        assertThat(ParticipantAttribution.of(project).documentsOf(ana.id()))
                .containsExactlyInAnyOrder(focusGroup.id(), interview.id());
    }

    @Test
    void turnLookupFindsTheTurnHoldingAnOffset() {
        assertThat(focusGroup.turnAt(30)).map(SpeakerTurn::speaker).contains("Ana");
        assertThat(focusGroup.turnAt(24)).as("the newline between turns").isEmpty();
        assertThat(focusGroup.speakers()).containsExactly("Interviewer", "Ana", "Lim");
    }
}
