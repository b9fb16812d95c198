package org.grounded.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;
import org.grounded.model.StopWordChanges;
import org.grounded.model.edits.StopWordEdits;
import org.junit.jupiter.api.Test;

/**
 * Word counts on a two-document study counted by hand: case folded (DONACIÓN = donación), accents
 * kept (donacion is another word), emoji and speaker labels left out, Spanish and English stop
 * words left out, a typographic apostrophe read as {@code '} (don’t is the stop word don't).
 */
class WordFrequenciesTest {

    private static final String SPANISH = """
            Entrevistadora: ¿Y la Donación? 🤱🏾
            Lucía: La donación de leche es un regalo 🎁. ¡Donación, DONACIÓN! Donacion.
            Pedro: Yo doné leche; la leche 👩🏽‍🍼 es vida.""";
    private static final String ENGLISH = """
            Interviewer: Tell me about the milk.
            Pedro: The milk bank helped me. Milk is life, and I don’t regret it.""";

    private final Project project = Project.create("Palabras");
    private final Document spanish = SearchStudy.document("Entrevista 1", "es-MX", SPANISH, "Entrevistadora");
    private final Document english = SearchStudy.document("Interview 2", "en", ENGLISH, "Interviewer");
    private final Participant lucia = Participant.of("Lucía").withSpeakers(Set.of(new SpeakerRef(spanish.id(), "Lucía")));
    private final Participant pedro = Participant.of("Pedro").withSpeakers(Set.of(
            new SpeakerRef(spanish.id(), "Pedro"), new SpeakerRef(english.id(), "Pedro")));
    private final Group women = Group.of("Mujeres", GroupKind.PARTICIPANT, Set.of(lucia.id()));
    private final Group english_ = Group.of("In English", GroupKind.DOCUMENT, Set.of(english.id()));

    WordFrequenciesTest() {
        project.apply(EntityEdit.builder("Set up").add(spanish).add(english).add(lucia).add(pedro).add(women)
                .add(english_).build());
    }

    private record Counted(int total, int documents, int participants) {
    }

    private Map<String, Counted> count(WordRequest request) {
        Map<String, Counted> counts = new TreeMap<>();
        WordFrequencies.count(project, request).rows().forEach(row ->
                counts.put(row.word(), new Counted(row.total(), row.documents(), row.participants())));
        return counts;
    }

    @Test
    void theWholeProjectCountsEveryonesWordsButStopWordsEmojiAndLabels() {
        WordCounts counts = WordFrequencies.count(project, WordRequest.everyWord());

        assertThat(counts.rows()).extracting(WordCounts.Row::word).containsExactly("donación", "leche", "milk",
                "bank", "donacion", "doné", "helped", "life", "regalo", "regret", "tell", "vida");
        assertThat(count(WordRequest.everyWord())).containsEntry("donación", new Counted(4, 1, 1))
                .containsEntry("leche", new Counted(3, 1, 2))
                .containsEntry("milk", new Counted(3, 1, 1))
                .containsEntry("donacion", new Counted(1, 1, 1))
                .containsEntry("tell", new Counted(1, 1, 0));
        assertThat(counts.words()).isEqualTo(19);
        assertThat(counts.columns()).isEmpty();
    }

    @Test
    void aScopeCountsOnlyItsDocumentsOrItsParticipantsWords() {
        WordRequest request = WordRequest.everyWord();

        assertThat(count(request.withScope(WordScope.of(WordScope.Kind.PARTICIPANT, pedro.id())))).isEqualTo(Map.of(
                "leche", new Counted(2, 1, 1), "doné", new Counted(1, 1, 1), "vida", new Counted(1, 1, 1),
                "milk", new Counted(2, 1, 1), "bank", new Counted(1, 1, 1), "helped", new Counted(1, 1, 1),
                "life", new Counted(1, 1, 1), "regret", new Counted(1, 1, 1)));
        assertThat(count(request.withScope(WordScope.of(WordScope.Kind.DOCUMENT, spanish.id())))).isEqualTo(Map.of(
                "donación", new Counted(4, 1, 1), "leche", new Counted(3, 1, 2), "donacion", new Counted(1, 1, 1),
                "doné", new Counted(1, 1, 1), "regalo", new Counted(1, 1, 1), "vida", new Counted(1, 1, 1)));
        assertThat(count(request.withScope(WordScope.of(WordScope.Kind.PARTICIPANT_GROUP, women.id())))).isEqualTo(Map.of(
                "donación", new Counted(3, 1, 1), "leche", new Counted(1, 1, 1), "donacion", new Counted(1, 1, 1),
                "regalo", new Counted(1, 1, 1)));
        assertThat(count(request.withScope(WordScope.of(WordScope.Kind.DOCUMENT_GROUP, english_.id())))).isEqualTo(Map.of(
                "milk", new Counted(3, 1, 1), "tell", new Counted(1, 1, 0), "bank", new Counted(1, 1, 1),
                "helped", new Counted(1, 1, 1), "life", new Counted(1, 1, 1), "regret", new Counted(1, 1, 1)));
    }

    @Test
    void keepingStopWordsCountsThemAndTheMinimumLengthCountsCharacters() {
        Map<String, Counted> all = count(WordRequest.everyWord().withStopWords(StopWordUse.KEEP));
        assertThat(all).containsEntry("la", new Counted(3, 1, 2)).containsEntry("es", new Counted(2, 1, 2))
                .containsEntry("the", new Counted(2, 1, 1)).containsEntry("don't", new Counted(1, 1, 1))
                .containsEntry("me", new Counted(2, 1, 1)).doesNotContainKey("don’t");

        assertThat(count(WordRequest.everyWord().withMinimumLength(5)).keySet())
                .containsExactlyInAnyOrder("donación", "leche", "donacion", "regalo", "helped", "regret");
    }

    @Test
    void theProjectsStopWordsChangeTheBuiltInListOfTheirLanguageOnly() {
        project.apply(StopWordEdits.change(project, new StopWordChanges("es", List.of("leche", "milk"), List.of("la")))
                .orElseThrow());

        Map<String, Counted> counts = count(WordRequest.everyWord());

        assertThat(counts).doesNotContainKey("leche").containsEntry("la", new Counted(3, 1, 2))
                .containsEntry("milk", new Counted(3, 1, 1)).doesNotContainKey("de");
    }

    @Test
    void columnsCountEachParticipantAndLeaveTheInterviewersWordsOut() {
        WordCounts counts = WordFrequencies.count(project, WordRequest.everyWord().withColumns(WordGrouping.PARTICIPANT));

        assertThat(counts.columns()).containsExactly("Lucía", "Pedro");
        WordCounts.Row donacion = counts.rows().stream().filter(row -> row.word().equals("donación")).findFirst().orElseThrow();
        assertThat(donacion.counts()).containsExactly(3, 0);
        assertThat(donacion.total()).isEqualTo(3);
        assertThat(counts.rows()).extracting(WordCounts.Row::word).doesNotContain("tell");
        assertThat(counts.header()).containsExactly("word", "Lucía", "Pedro", "total", "documents", "participants");
        assertThat(counts.cells().get(0)).containsExactly("donación", "3", "0", "3", "1", "1");
    }

    @Test
    void topKeepsTheMostFrequentWords() {
        assertThat(WordFrequencies.count(project, WordRequest.everyWord().withTop(2)).rows())
                .extracting(WordCounts.Row::word).containsExactly("donación", "leche");
    }

    @Test
    void aScopeThatIsGoneIsRefusedWithAMessageAndCancellingStops() {
        assertThatThrownBy(() -> WordFrequencies.count(project, WordRequest.everyWord()
                .withScope(WordScope.of(WordScope.Kind.PARTICIPANT, java.util.UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participant");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> WordFrequencies.count(project, WordRequest.everyWord(), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(new WordScope(WordScope.Kind.PROJECT, Optional.empty())).isEqualTo(WordScope.project());
    }

    @Test
    void builtInListsAreLucenesSnowballAndIndonesianListsAndEditsRoundTrip() {
        assertThat(StopWordLists.builtIn("es")).contains("de", "la", "que", "yo").doesNotContain("leche");
        assertThat(StopWordLists.builtIn("en-GB")).contains("i", "you", "we", "the", "don't").doesNotContain("milk");
        assertThat(StopWordLists.builtIn("ms")).contains("saya", "itu", "kepada");
        assertThat(StopWordLists.builtIn("fr")).isEmpty();

        List<String> wanted = new java.util.ArrayList<>(StopWordLists.builtIn("es"));
        wanted.remove("no");
        wanted.add("Pues ");
        StopWordChanges changes = StopWordLists.changesFor("es", wanted);
        assertThat(changes.added()).containsExactly("pues");
        assertThat(changes.removed()).containsExactly("no");
        project.apply(StopWordEdits.change(project, changes).orElseThrow());
        assertThat(StopWordLists.effective(project.stopWords(), "es-ES"))
                .containsExactlyInAnyOrderElementsOf(wanted.stream().map(String::strip).map(String::toLowerCase).toList());
    }
}
