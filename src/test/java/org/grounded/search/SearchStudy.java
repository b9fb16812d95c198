package org.grounded.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.grounded.model.TextSpan;

/**
 * A hand-made study in three languages whose texts put accents, emoji with skin tones and ZWJ
 * sequences before and inside the words searched for. Each line "Name: ..." is a speaker turn;
 * the interviewers' words belong to nobody.
 */
public final class SearchStudy {

    public static final String SPANISH = """
            Entrevistadora: ¿Por qué donó? 🤱🏾
            María: Doné leche al banco de leche 👩🏽‍🍼 porque la donación ayuda. Las donaciones salvan vidas.
            María: El banco 👨‍👩‍👧 queda lejos; la LACTÁNCIA fue larga.""";
    public static final String ENGLISH = """
            Interviewer: Why did you donate? 👍🏾
            Ana: I donated milk to the milk bank because donors help 👨‍👩‍👧‍👦 babies.
            Ana: The milk of the hospital bank was far, and the donor's fridge was full.
            Interviewer: Thank you.""";
    public static final String MALAY = """
            Siti: Saya menderma susu ibu kepada bank susu. Pendermaan susu itu 😊 membantu bayi.""";

    public final Project project = Project.create("Search study");
    public final Document spanish = document("Entrevista María", "es", SPANISH, "Entrevistadora");
    public final Document english = document("Interview Ana", "en", ENGLISH, "Interviewer");
    public final Document malay = document("Temu bual Siti", "ms", MALAY, "");
    public final Participant maria = Participant.of("María").withSpeakers(Set.of(new SpeakerRef(spanish.id(), "María")));
    public final Participant ana = Participant.of("Ana").withSpeakers(Set.of(new SpeakerRef(english.id(), "Ana")));
    public final Participant siti = Participant.of("Siti").withSpeakers(Set.of(new SpeakerRef(malay.id(), "Siti")));
    public final Code donation = Code.of("Donation", "#0067A5");
    public final Code distance = Code.of("Distance", "#BE0032");

    public SearchStudy() {
        project.apply(EntityEdit.builder("Set up").add(spanish).add(english).add(malay)
                .add(maria).add(ana).add(siti).add(donation).add(distance).build());
    }

    public static Document document(String name, String language, String text, String interviewer) {
        List<SpeakerTurn> turns = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                turns.add(new SpeakerTurn(lineStart, lineStart + line.length(), line.substring(0, colon)));
            }
            lineStart += line.length() + 1;
        }
        return new Document(UUID.randomUUID(), name, text, name + ".txt", Instant.EPOCH, language, Map.of(), turns,
                interviewer.isEmpty() ? Set.of() : Set.of(interviewer));
    }

    /** The n-th (from 0) occurrence of an exact passage in a document: the oracle for hit offsets. */
    public static TextSpan at(Document document, String passage, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = document.text().indexOf(passage, from + 1);
            if (from < 0) {
                throw new IllegalArgumentException("'" + passage + "' occurs fewer than " + (occurrence + 1)
                        + " times in " + document.name());
            }
        }
        return new TextSpan(from, from + passage.length());
    }

    public static TextSpan at(Document document, String passage) {
        return at(document, passage, 0);
    }

    public Quotation code(Document document, String passage, Code code) {
        TextSpan span = at(document, passage);
        Quotation quotation = Quotation.of(document.id(), span.start(), span.end(), List.of(code.id()), "tester");
        project.apply(EntityEdit.add("Code", quotation));
        return quotation;
    }
}
