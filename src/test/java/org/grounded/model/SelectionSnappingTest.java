package org.grounded.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectionSnappingTest {

    private static final String SPANISH = "¿Qué significó donar leche? Mucho, mamá. Lo hice por mi hija.\n"
            + "Al principio tenía miedo.\n\nHoy dono cada semana.";
    private static final String POST = "Gracias 🙏🏽 mamá! Donamos 🍼 hoy 👩‍👧 con amor";
    private static final String FOCUS_GROUP = "Moderadora: ¿Quién empieza?\n"
            + "Ana: Yo. Doné seis meses.\nFue duro.\n"
            + "Lucía: Yo recibí leche.\n"
            + "\n"
            + "Notas finales sin hablante.";

    private final Document spanish = document(SPANISH, "es", List.of());
    private final Document post = document(POST, "", List.of());
    private final Document focusGroup = document(FOCUS_GROUP, "es", List.of(
            turn(FOCUS_GROUP, "Moderadora: ¿Quién empieza?"),
            turn(FOCUS_GROUP, "Ana: Yo. Doné seis meses.\nFue duro."),
            turn(FOCUS_GROUP, "Lucía: Yo recibí leche.")));

    @Test
    void partOfAWordSnapsToTheWholeAccentedWord() {
        assertThat(snapped(spanish, "gnific", SnapMode.WORD)).isEqualTo("significó");
        assertThat(snapped(spanish, "am", SnapMode.WORD, SPANISH.indexOf("mamá") + 1)).isEqualTo("mamá");
    }

    @Test
    void aSelectionFromMidWordToMidWordTakesBothWholeWords() {
        int start = POST.indexOf("má!") ;
        int end = POST.indexOf("Donamos") + 3;
        assertThat(text(POST, SelectionSnapping.snap(post, start, end, SnapMode.WORD))).isEqualTo("mamá! Donamos");
    }

    @Test
    void aCaretInAWordSelectsTheWordAndACaretInSpaceSelectsNothing() {
        int inside = SPANISH.indexOf("leche") + 2;
        assertThat(text(SPANISH, SelectionSnapping.snap(spanish, inside, inside, SnapMode.WORD))).isEqualTo("leche");
        int atStart = SPANISH.indexOf("leche");
        assertThat(text(SPANISH, SelectionSnapping.snap(spanish, atStart, atStart, SnapMode.WORD))).isEqualTo("leche");
        int space = SPANISH.indexOf(" leche");
        assertThat(SelectionSnapping.snap(spanish, space, space, SnapMode.WORD).isEmpty()).isTrue();
    }

    @Test
    void spacesAtTheEdgesOfASelectionDoNotPullInTheNeighbouringWords() {
        int start = SPANISH.indexOf(" donar ");
        assertThat(text(SPANISH, SelectionSnapping.snap(spanish, start, start + 7, SnapMode.WORD))).isEqualTo("donar");
    }

    @Test
    void aSelectionOfOnlySpaceSnapsToNothing() {
        int start = SPANISH.indexOf("\n\n");
        assertThat(SelectionSnapping.snap(spanish, start, start + 2, SnapMode.PARAGRAPH).isEmpty()).isTrue();
    }

    @Test
    void halfAnEmojiSnapsToTheWholeEmojiWithItsSkinToneOrJoinedPeople() {
        int hands = POST.indexOf("🙏🏽");
        assertThat(text(POST, SelectionSnapping.snap(post, hands + 1, hands + 2, SnapMode.WORD))).isEqualTo("🙏🏽");
        int family = POST.indexOf("👩‍👧");
        assertThat(text(POST, SelectionSnapping.snap(post, family + 1, family + 3, SnapMode.WORD))).isEqualTo("👩‍👧");
        int bottle = POST.indexOf("🍼");
        assertThat(text(POST, SelectionSnapping.snap(post, bottle, bottle + 1, SnapMode.WORD))).isEqualTo("🍼");
    }

    @Test
    void sentencesFollowSpanishPunctuation() {
        assertThat(snapped(spanish, "significó", SnapMode.SENTENCE)).isEqualTo("¿Qué significó donar leche?");
        assertThat(snapped(spanish, "cho, ma", SnapMode.SENTENCE)).isEqualTo("Mucho, mamá.");
        assertThat(snapped(spanish, "leche? Mu", SnapMode.SENTENCE))
                .isEqualTo("¿Qué significó donar leche? Mucho, mamá.");
    }

    @Test
    void aSentenceEndsWithItsLineWhenTheLineHasNoFullStop() {
        Document chat = document("Interviewer: Why did you donate? 👍🏾\nAna: I donated milk. It helps.", "en", List.of());

        assertThat(snapped(chat, "donated", SnapMode.SENTENCE)).isEqualTo("Ana: I donated milk.");
        assertThat(snapped(chat, "Why", SnapMode.SENTENCE)).isEqualTo("Interviewer: Why did you donate?");
    }

    @Test
    void everyLineBreakEndsAParagraph() {
        assertThat(snapped(spanish, "hija", SnapMode.PARAGRAPH))
                .isEqualTo("¿Qué significó donar leche? Mucho, mamá. Lo hice por mi hija.");
        assertThat(snapped(spanish, "miedo", SnapMode.PARAGRAPH)).isEqualTo("Al principio tenía miedo.");
        assertThat(snapped(spanish, "hija.\nAl", SnapMode.PARAGRAPH))
                .isEqualTo("¿Qué significó donar leche? Mucho, mamá. Lo hice por mi hija.\nAl principio tenía miedo.");
    }

    @Test
    void aWholeLineSelectedWithItsLineBreakStaysThatLine() {
        int start = SPANISH.indexOf("Al principio");
        int end = SPANISH.indexOf("\n", start) + 1;
        assertThat(text(SPANISH, SelectionSnapping.snap(spanish, start, end, SnapMode.PARAGRAPH)))
                .isEqualTo("Al principio tenía miedo.");
    }

    @Test
    void aSpeakerTurnSnapsToTheWholeTurnAcrossItsLines() {
        assertThat(snapped(focusGroup, "seis", SnapMode.SPEAKER_TURN)).isEqualTo("Ana: Yo. Doné seis meses.\nFue duro.");
        assertThat(snapped(focusGroup, "duro.\nLucía", SnapMode.SPEAKER_TURN))
                .isEqualTo("Ana: Yo. Doné seis meses.\nFue duro.\nLucía: Yo recibí leche.");
    }

    @Test
    void textOutsideEveryTurnSnapsToItsParagraph() {
        assertThat(snapped(focusGroup, "sin", SnapMode.SPEAKER_TURN)).isEqualTo("Notas finales sin hablante.");
        assertThat(snapped(spanish, "tenía", SnapMode.SPEAKER_TURN)).isEqualTo("Al principio tenía miedo.");
    }

    @Test
    void aRangeOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> SelectionSnapping.snap(post, 3, 1_000, SnapMode.WORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside document");
    }

    @ParameterizedTest
    @EnumSource(SnapMode.class)
    void snappingNeverSplitsAnEmojiKeepsTheSelectionAndIsStable(SnapMode mode) {
        Random random = new Random(42);
        for (Document document : List.of(spanish, post, focusGroup)) {
            String text = document.text();
            for (int i = 0; i < 500; i++) {
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(text.length() + 1);
                TextSpan span = SelectionSnapping.snap(document, Math.min(a, b), Math.max(a, b), mode);
                assertThat(TextRanges.splitsSurrogatePair(text, span.start())).isFalse();
                assertThat(TextRanges.splitsSurrogatePair(text, span.end())).isFalse();
                String selected = text.substring(Math.min(a, b), Math.max(a, b)).strip();
                if (!selected.isEmpty() && !span.isEmpty()) {
                    assertThat(text.substring(span.start(), span.end())).contains(unhalved(selected));
                }
                if (!span.isEmpty()) {
                    assertThat(SelectionSnapping.snap(document, span.start(), span.end(), mode)).isEqualTo(span);
                }
            }
        }
    }

    /** A random selection may begin or end with half an emoji; compare without those halves. */
    private static String unhalved(String selected) {
        String result = selected;
        if (Character.isLowSurrogate(result.charAt(0))) {
            result = result.substring(1);
        }
        if (!result.isEmpty() && Character.isHighSurrogate(result.charAt(result.length() - 1))) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static String snapped(Document document, String passage, SnapMode mode) {
        return snapped(document, passage, mode, document.text().indexOf(passage));
    }

    private static String snapped(Document document, String passage, SnapMode mode, int start) {
        assertThat(start).isNotNegative();
        return text(document.text(), SelectionSnapping.snap(document, start, start + passage.length(), mode));
    }

    private static String text(String text, TextSpan span) {
        return text.substring(span.start(), span.end());
    }

    private static SpeakerTurn turn(String text, String passage) {
        int start = text.indexOf(passage);
        return new SpeakerTurn(start, start + passage.length(), passage.substring(0, passage.indexOf(':')));
    }

    private static Document document(String text, String language, List<SpeakerTurn> turns) {
        return new Document(UUID.randomUUID(), "doc", text, "", Instant.EPOCH, language, Map.of(), turns, Set.of());
    }
}
