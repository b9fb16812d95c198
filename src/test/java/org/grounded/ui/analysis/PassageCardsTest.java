package org.grounded.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.analysis.cooccurrence.Coding;
import org.grounded.analysis.cooccurrence.CodingPair;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

class PassageCardsTest {

    private static final String QUESTION = "Interviewer: ¿Cómo supiste de la donación de leche?";
    private static final String ANSWER = "Ana: Fue en el grupo de Facebook 🍼 una mamá publicó que su bebé necesitaba "
            + "leche y pensé que yo podía ayudar.";

    private final Project project = Project.create("Study");
    private final Code fears = Code.of("Fears", "#C8553D");
    private final Code networks = Code.of("Social networks", "#3A7CA5");
    private final Document document;

    PassageCardsTest() {
        String text = QUESTION + "\n\n" + ANSWER;
        int answerStart = QUESTION.length() + 2;
        document = new Document(UUID.randomUUID(), "01-ana", text, "", Instant.EPOCH, "es", Map.of(),
                List.of(new SpeakerTurn(0, QUESTION.length(), "Interviewer"),
                        new SpeakerTurn(answerStart, text.length(), "Ana")), Set.of("Interviewer"));
        Participant ana = new Participant(UUID.randomUUID(), "Ana", "", Map.of(), Set.of(),
                Set.of(new SpeakerRef(document.id(), "Ana")));
        project.apply(EntityEdit.builder("Set up").add(fears).add(networks).add(document).add(ana).build());
    }

    private Quotation quote(String passage, Code... codes) {
        int start = document.text().indexOf(passage);
        Quotation quotation = Quotation.of(document.id(), start, start + passage.length(),
                List.of(codes).stream().map(Code::id).toList(), "ana");
        project.apply(EntityEdit.add("Code", quotation));
        return quotation;
    }

    @Test
    void aQuotationComesWithItsContextCutAtWords() {
        Quotation quotation = quote("grupo de Facebook 🍼", networks);

        PassageCard card = new PassageCards(project).of(quotation);

        assertThat(card.source()).isEqualTo("01-ana · Ana");
        assertThat(card.segments()).extracting(PassageCard.Segment::kind).containsExactly(PassageCard.Kind.CONTEXT,
                PassageCard.Kind.PASSAGE, PassageCard.Kind.CONTEXT);
        assertThat(card.passage()).isEqualTo("grupo de Facebook 🍼");
        assertThat(card.segments().get(0).text()).isEqualTo(QUESTION + " Ana: Fue en el ");
        assertThat(card.segments().get(2).text()).startsWith(" una mamá publicó").endsWith("ayudar.");
        assertThat(card.codes()).containsExactly(new PassageCard.CodeTag("Social networks", "#3A7CA5"));
    }

    @Test
    void longContextStartsAndEndsAtAWordWithAnEllipsis() {
        String before = "palabra ".repeat(40);
        String after = " otra".repeat(40);
        String text = before + "🍼 leche" + after;
        int start = before.length();

        String context = PassageCards.before(text, start);
        String following = PassageCards.after(text, start + "🍼 leche".length());

        assertThat(context).startsWith("…palabra ").endsWith("palabra ");
        assertThat(context.length()).isLessThanOrEqualTo(PassageCards.CONTEXT + 1);
        assertThat(following).startsWith(" otra").endsWith("otra…");
    }

    @Test
    void contextNeverSplitsAnEmoji() {
        String text = "🍼".repeat(200) + "leche" + "👩‍👧".repeat(100);
        int start = text.indexOf("leche");

        String before = PassageCards.before(text, start);
        String after = PassageCards.after(text, start + 5);

        assertThat(before.codePoints()).noneMatch(codePoint -> codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        assertThat(after.codePoints()).noneMatch(codePoint -> codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }

    @Test
    void aVeryLongPassageKeepsItsBeginningAndEnd() {
        String text = "Inicio " + "mucho texto ".repeat(200) + "final.";

        String shortened = PassageCards.shortened(text, 0, text.length());

        assertThat(shortened).startsWith("Inicio mucho").endsWith("texto final.").contains(" … ");
        assertThat(shortened.length()).isLessThan(PassageCards.LONGEST);
    }

    @Test
    void twoOverlappingQuotationsShowTheOverlapApart() {
        Quotation first = quote("grupo de Facebook 🍼 una mamá", networks);
        Quotation second = quote("una mamá publicó", fears);

        PassageCard card = new PassageCards(project).of(new CodingPair(new Coding(first, networks.id()),
                new Coding(second, fears.id())));

        assertThat(card.segments()).extracting(PassageCard.Segment::kind).containsExactly(PassageCard.Kind.CONTEXT,
                PassageCard.Kind.PASSAGE, PassageCard.Kind.OVERLAP, PassageCard.Kind.PASSAGE, PassageCard.Kind.CONTEXT);
        assertThat(card.segments().get(2).text()).isEqualTo("una mamá");
        assertThat(card.passage()).isEqualTo("grupo de Facebook 🍼 una mamá publicó");
        assertThat(card.quotationId()).isEqualTo(first.id());
        assertThat(card.codes()).extracting(PassageCard.CodeTag::name).containsExactly("Social networks", "Fears");
    }

    @Test
    void oneQuotationWithBothCodesIsOnePassage() {
        Quotation both = quote("pensé que yo podía ayudar", fears, networks);

        PassageCard card = new PassageCards(project).of(new CodingPair(new Coding(both, fears.id()),
                new Coding(both, networks.id())));

        assertThat(card.passage()).isEqualTo("pensé que yo podía ayudar");
        assertThat(card.note()).isEqualTo("One quotation coded with both");
    }

    @Test
    void theInterviewersWordsBelongToNoParticipant() {
        Quotation question = quote("¿Cómo supiste", fears);

        assertThat(new PassageCards(project).of(question).source()).isEqualTo("01-ana · no participant (interviewer)");
    }
}
