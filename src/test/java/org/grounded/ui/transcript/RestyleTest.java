package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/**
 * Restyling only the stretch of the quotations an edit changed ({@link TranscriptStyler#touched},
 * {@link TranscriptStyler#restyled}) must give what styling the whole document again gives
 * ({@link TranscriptStyler#runs}, the oracle), for overlapping quotations, passages at the text's
 * first and last character, and an edit undone (the lists before and after swapped).
 */
class RestyleTest {

    private static final String TEXT = "Ana: We met at the milk bank.\nBen: The donors came at night, "
            + "and the babies were fed.\nAna: Liquid gold, she said.";
    private final Document document = new Document(UUID.randomUUID(), "Ana", TEXT, "", Instant.EPOCH, "en", Map.of(),
            List.of(new SpeakerTurn(0, 30, "Ana"), new SpeakerTurn(30, 86, "Ben"), new SpeakerTurn(86, TEXT.length(), "Ana")),
            Set.of());
    private final List<TextRange> labels = TranscriptStyler.speakerLabels(document);
    private final Code fear = Code.of("Fear", "#C8553D");
    private final Code gold = Code.of("Liquid gold", "#F2C14E");
    private final Code night = Code.of("Night", "#3D8BC8");
    private final Map<UUID, Code> codes = Map.of(fear.id(), fear, gold.id(), gold, night.id(), night);

    private Quotation quotation(int start, int end, Code... applied) {
        return Quotation.of(document.id(), start, end, List.of(applied).stream().map(Code::id).toList(), "lucía");
    }

    private List<TranscriptStyle.Run> whole(List<Quotation> quotations, Map<UUID, Code> colours) {
        return TranscriptStyler.runs(TEXT.length(), labels, quotations, colours);
    }

    private static Map<UUID, Code> used(List<Quotation> quotations, Map<UUID, Code> colours) {
        Map<UUID, Code> shown = new HashMap<>();
        quotations.forEach(q -> q.codeIds().forEach(id -> shown.put(id, colours.get(id))));
        return shown;
    }

    /** Restyles from {@code before} to {@code after} and checks it against a whole restyle, both ways (an undo). */
    private void assertRestyledIsWhole(List<Quotation> before, List<Quotation> after) {
        for (List<List<Quotation>> step : List.of(List.of(before, after), List.of(after, before))) {
            List<Quotation> was = step.get(0);
            List<Quotation> is = step.get(1);
            Optional<TextRange> stretch = TranscriptStyler.touched(was, is, used(was, codes), used(is, codes));
            assertThat(stretch).as("a change of quotations only is restyled in part").isPresent();
            List<TranscriptStyle.Run> restyled = TranscriptStyler.restyled(whole(was, codes), TEXT.length(), labels,
                    is, codes, stretch.get());
            assertThat(restyled).as("restyled %s → %s", was, is).isEqualTo(whole(is, codes));
        }
    }

    @Test
    void codingAPassageInsideAndAcrossOverlappingQuotationsRestylesAsAWholeRestyle() {
        Quotation outer = quotation(35, 80, fear);
        Quotation inner = quotation(40, 55, gold);
        List<Quotation> before = List.of(outer, inner);

        assertRestyledIsWhole(before, List.of(outer, inner, quotation(45, 50, night)));
        assertRestyledIsWhole(before, List.of(outer, quotation(50, 95, night), inner));
        assertRestyledIsWhole(before, List.of(quotation(20, 60, night), outer, inner));
    }

    @Test
    void editsAtTheTextsFirstAndLastCharacterRestyleAsAWholeRestyle() {
        Quotation middle = quotation(40, 55, gold);

        assertRestyledIsWhole(List.of(middle), List.of(quotation(0, 12, fear), middle));
        assertRestyledIsWhole(List.of(middle), List.of(middle, quotation(TEXT.length() - 10, TEXT.length(), night)));
        assertRestyledIsWhole(List.of(middle), List.of(quotation(0, TEXT.length(), night), middle));
    }

    @Test
    void aCodeAddedRemovedOrAQuotationResizedRestylesAsAWholeRestyle() {
        Quotation outer = quotation(35, 80, fear);
        Quotation inner = quotation(40, 55, gold);
        Quotation recoded = inner.withCodes(List.of(night.id(), gold.id()));

        assertRestyledIsWhole(List.of(outer, inner), List.of(outer, recoded));
        assertRestyledIsWhole(List.of(outer, inner), List.of(outer));
        assertRestyledIsWhole(List.of(outer, inner), List.of(outer, inner.withRange(38, 90)));
        assertRestyledIsWhole(List.of(outer, inner), List.of(outer, inner));
    }

    @Test
    void randomEditsOnOverlappingQuotationsRestyleAsAWholeRestyle() {
        Random random = new Random(21);
        List<Code> all = List.of(fear, gold, night);
        List<Quotation> quotations = new ArrayList<>();
        for (int edit = 0; edit < 400; edit++) {
            List<Quotation> next = new ArrayList<>(quotations);
            if (next.isEmpty() || random.nextInt(3) > 0) {
                int start = random.nextInt(TEXT.length());
                int end = Math.min(TEXT.length(), start + 1 + random.nextInt(40));
                next.add(quotation(start, end, all.get(random.nextInt(all.size()))));
            } else {
                next.remove(random.nextInt(next.size()));
            }
            next.sort(java.util.Comparator.comparingInt(Quotation::start));
            assertRestyledIsWhole(quotations, next);
            quotations = next;
        }
    }

    @Test
    void aCodesNewColourOnAQuotationKeptIsRestyledWhole() {
        Quotation kept = quotation(40, 55, gold);
        Code recoloured = gold.withColour("#000000");

        assertThat(TranscriptStyler.touched(List.of(kept), List.of(kept), Map.of(gold.id(), gold),
                Map.of(gold.id(), recoloured))).isEmpty();
    }
}
