package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

class TranscriptStylerTest {

    private static final String TEXT = "Entrevistadora: ¿Qué significó?\nAna: Es oro líquido 🍼 para mí.";
    private final Document document = new Document(UUID.randomUUID(), "Ana", TEXT, "", Instant.EPOCH, "es", Map.of(),
            List.of(new SpeakerTurn(0, 31, "Entrevistadora"), new SpeakerTurn(32, TEXT.length(), "Ana")),
            Set.of("Entrevistadora"));
    private final Code gold = Code.of("Liquid gold", "#F2C14E");
    private final Code gift = Code.of("Gift of life", "#E38B29");

    private static String styled(List<TranscriptStyle.Run> runs, String text, java.util.function.Predicate<TranscriptStyle> which) {
        StringBuilder out = new StringBuilder();
        int offset = 0;
        for (TranscriptStyle.Run run : runs) {
            if (which.test(run.style())) {
                out.append('[').append(text, offset, offset + run.length()).append(']');
            }
            offset += run.length();
        }
        return out.toString();
    }

    private Quotation quotation(String passage, Code... codes) {
        int start = TEXT.indexOf(passage);
        return Quotation.of(document.id(), start, start + passage.length(),
                List.of(codes).stream().map(Code::id).toList(), "lucía");
    }

    @Test
    void speakerNamesAreBoldWithTheirColon() {
        List<TranscriptStyle.Run> runs = TranscriptStyler.runs(document, List.of(), Map.of());

        assertThat(styled(runs, TEXT, TranscriptStyle::speaker)).isEqualTo("[Entrevistadora:][Ana:]");
    }

    @Test
    void theRunsCoverTheWholeText() {
        List<TranscriptStyle.Run> runs = TranscriptStyler.runs(document,
                List.of(quotation("oro líquido 🍼", gold)), Map.of(gold.id(), gold));

        assertThat(runs.stream().mapToInt(TranscriptStyle.Run::length).sum()).isEqualTo(TEXT.length());
    }

    @Test
    void aCodedPassageIsTintedInItsCodesColour() {
        List<TranscriptStyle.Run> runs = TranscriptStyler.runs(document,
                List.of(quotation("oro líquido 🍼", gold)), Map.of(gold.id(), gold));

        assertThat(styled(runs, TEXT, TranscriptStyle::isHighlighted)).isEqualTo("[oro líquido 🍼]");
        assertThat(runs).anySatisfy(run -> assertThat(run.style().highlight()).isEqualTo("#F2C14E"));
    }

    @Test
    void whereQuotationsOverlapTheInnermostColourWinsAndTheTintIsStronger() {
        Quotation outer = quotation("Es oro líquido 🍼 para mí", gift);
        Quotation inner = quotation("oro líquido", gold);
        List<TranscriptStyle.Run> runs = TranscriptStyler.runs(document, List.of(outer, inner),
                Map.of(gold.id(), gold, gift.id(), gift));

        assertThat(styled(runs, TEXT, style -> style.depth() == 2)).isEqualTo("[oro líquido]");
        assertThat(styled(runs, TEXT, style -> style.highlight().equals("#F2C14E"))).isEqualTo("[oro líquido]");
        assertThat(runs.stream().filter(run -> run.style().depth() == 2).findFirst().orElseThrow().style().toCss())
                .contains("-rtfx-background-color: #F2C14E66");
    }

    @Test
    void aLongTranscriptStylesInOnePass() {
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int start = text.length();
            text.append(i % 2 == 0 ? "Entrevistadora: ¿y entonces?" : "Ana: Pues la verdad es que sí, mucho 💛.");
            turns.add(new SpeakerTurn(start, text.length(), i % 2 == 0 ? "Entrevistadora" : "Ana"));
            text.append('\n');
        }
        Document longDocument = new Document(UUID.randomUUID(), "Long", text.toString(), "", Instant.EPOCH, "es",
                Map.of(), turns, Set.of());

        List<TranscriptStyle.Run> runs = TranscriptStyler.runs(longDocument, List.of(), Map.of());

        assertThat(runs.stream().filter(run -> run.style().speaker()).count()).isEqualTo(5_000);
    }
}
