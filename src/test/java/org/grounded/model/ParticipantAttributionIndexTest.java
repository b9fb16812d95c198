package org.grounded.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participants of a quotation, now looked up in a per-document index of the turns: the same
 * participants as the rule gives, on a hand-made focus group with an interviewer, two mapped
 * speakers, an unmapped speaker, text outside any turn, and a document without turns.
 */
class ParticipantAttributionIndexTest {

    private static final String TEXT = "Moderator: Why donate?\nAna: Because milk helps.\nBen: I am unsure.\n"
            + "[noise]\nLim: For my faith 🙏.\nAna: And for the babies.";

    private final Project project = Project.create("Focus group");
    private final List<SpeakerTurn> turns = List.of(turn("Moderator: Why donate?", "Moderator"),
            turn("Ana: Because milk helps.", "Ana"), turn("Ben: I am unsure.", "Ben"),
            turn("Lim: For my faith 🙏.", "Lim"), turn("Ana: And for the babies.", "Ana"));
    private final Document focusGroup = new Document(UUID.randomUUID(), "Focus group", TEXT, "fg.txt", Instant.EPOCH,
            "en", Map.of(), turns, Set.of("Moderator"));
    private final Document interview = Document.of("Interview with Carla", "Carla spoke without turns.");
    private final Participant ana = Participant.of("Ana").withSpeakers(Set.of(new SpeakerRef(focusGroup.id(), "Ana")));
    private final Participant lim = Participant.of("Lim").withSpeakers(Set.of(new SpeakerRef(focusGroup.id(), "Lim")));
    /** Linked to both documents as a whole: the owner of the unmapped speaker's words and of the untagged text. */
    private final Participant carla = Participant.of("Carla").withDocuments(Set.of(focusGroup.id(), interview.id()));

    private static SpeakerTurn turn(String line, String speaker) {
        int start = TEXT.indexOf(line);
        return new SpeakerTurn(start, start + line.length(), speaker);
    }

    private ParticipantAttribution setUp() {
        project.apply(EntityEdit.builder("Setup").add(focusGroup).add(interview).add(ana).add(lim).add(carla).build());
        return ParticipantAttribution.of(project);
    }

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    @Test
    void eachTurnGivesItsSpeakerAsWrittenByHand() {
        ParticipantAttribution attribution = setUp();

        assertThat(attribution.participantsOf(focusGroup.id(), at("milk"), at("milk") + 4)).containsExactly(ana.id());
        assertThat(attribution.participantsOf(focusGroup.id(), at("babies"), at("babies") + 6)).containsExactly(ana.id());
        assertThat(attribution.participantsOf(focusGroup.id(), at("faith"), at("🙏") + 2)).containsExactly(lim.id());
        assertThat(attribution.participantsOf(focusGroup.id(), at("Why"), at("Why") + 3)).as("the moderator's words")
                .isEmpty();
        assertThat(attribution.participantsOf(focusGroup.id(), at("unsure"), at("unsure") + 6))
                .as("an unmapped speaker's words belong to the document's participants").containsExactly(carla.id());
        assertThat(attribution.participantsOf(focusGroup.id(), at("noise"), at("noise") + 5))
                .as("text in no turn").containsExactly(carla.id());
        assertThat(attribution.participantsOf(focusGroup.id(), at("milk"), at("faith")))
                .as("across Ana's, Ben's and Lim's turns, in turn order").containsExactly(ana.id(), carla.id(), lim.id());
        assertThat(attribution.participantsOf(focusGroup.id(), at("donate"), at("milk")))
                .as("from the moderator into Ana's turn").containsExactly(ana.id());
        assertThat(attribution.participantsOf(interview.id(), 0, 5)).containsExactly(carla.id());
    }

    @Test
    void everyRangeGetsTheParticipantsTheRuleGives() {
        ParticipantAttribution attribution = setUp();

        for (int start = 0; start <= TEXT.length(); start++) {
            for (int end = start; end <= TEXT.length(); end++) {
                assertThat(attribution.participantsOf(focusGroup.id(), start, end)).as("[%d, %d)", start, end)
                        .containsExactlyElementsOf(byTheRule(start, end));
            }
        }
    }

    /** The rule read plainly: each overlapping turn's mapped speaker, or nobody for the moderator, or the document's. */
    private Set<UUID> byTheRule(int start, int end) {
        Set<UUID> result = new LinkedHashSet<>();
        boolean inATurn = false;
        for (SpeakerTurn turn : turns) {
            if (turn.start() < end && start < turn.end()) {
                inATurn = true;
                switch (turn.speaker()) {
                    case "Ana" -> result.add(ana.id());
                    case "Lim" -> result.add(lim.id());
                    case "Moderator" -> { }
                    default -> result.add(carla.id());
                }
            }
        }
        if (!inATurn) {
            result.add(carla.id());
        }
        return result;
    }

    @Test
    void aDocumentEditedAfterItWasIndexedIsIndexedAgain() {
        ParticipantAttribution attribution = setUp();
        int unsure = at("unsure");
        assertThat(attribution.participantsOf(focusGroup.id(), unsure, unsure + 6)).containsExactly(carla.id());

        project.apply(EntityEdit.builder("Ben moderates").update(focusGroup,
                focusGroup.withInterviewers(Set.of("Moderator", "Ben"))).build());

        assertThat(attribution.participantsOf(focusGroup.id(), unsure, unsure + 6)).as("now the moderator's words")
                .isEmpty();
        assertThat(attribution.participantsOf(focusGroup.id(), at("milk"), at("milk") + 4)).containsExactly(ana.id());
    }
}
