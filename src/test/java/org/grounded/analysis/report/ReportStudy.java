package org.grounded.analysis.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * A hand-made study for the reports: an interview with María in speaker turns (an interviewer
 * asks), with accented letters and emoji before and inside the quotations, and an interview with
 * José without turns. Codes: Motivación (a category) with Alegría and Miedo; Fe on its own.
 */
public final class ReportStudy {

    static final String MARIA_TEXT = "Entrevistadora: ¿Por qué donó?\n"
            + "María: Yo 😀 doné porque mi niña nació prematura. Sentí alegría 💛 y miedo.\n"
            + "Entrevistadora: ¿Y después?\n"
            + "María: Después volví a donar, por fe.";
    static final String JOSE_TEXT = "José: Mi fe 🙏 me llevó a donar.\r\nJosé: Nada más.";

    public final Project project = Project.create("Donación");
    public final Document maria;
    public final Document jose = Document.of("02-jose", JOSE_TEXT);
    public final Participant mariaP;
    public final Participant joseP;
    public final Code motivacion = Code.of("Motivación", "#0067A5").withLevel(CodingLevel.AXIAL)
            .withDescription("Why mothers donate <milk> & keep donating");
    public final Code alegria;
    public final Code miedo;
    public final Code fe = Code.of("Fe", "#BE0032").withDescription("Faith as a reason");

    public ReportStudy() {
        int[] b = lineStarts(MARIA_TEXT);
        maria = new Document(UUID.randomUUID(), "01-maria", MARIA_TEXT, "01-maria.txt", Instant.EPOCH, "es", Map.of(),
                List.of(new SpeakerTurn(b[0], b[1] - 1, "Entrevistadora"), new SpeakerTurn(b[1], b[2] - 1, "María"),
                        new SpeakerTurn(b[2], b[3] - 1, "Entrevistadora"),
                        new SpeakerTurn(b[3], MARIA_TEXT.length(), "María")),
                Set.of("Entrevistadora"));
        mariaP = Participant.of("María").withSpeakers(Set.of(new SpeakerRef(maria.id(), "María")));
        joseP = Participant.of("José").withDocuments(Set.of(jose.id()));
        alegria = Code.of("Alegría", "#875692").withParent(motivacion.id());
        miedo = Code.of("Miedo", "#17BECF").withParent(motivacion.id());
        project.apply(EntityEdit.builder("Set up").add(maria).add(jose).add(mariaP).add(joseP)
                .add(motivacion).add(alegria).add(miedo).add(fe).build());
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[4];
        int next = 1;
        for (int i = 0; i < text.length() && next < 4; i++) {
            if (text.charAt(i) == '\n') {
                starts[next++] = i + 1;
            }
        }
        return starts;
    }

    /** Codes the first occurrence of {@code passage} in the document. */
    public Quotation code(Document document, String passage, String coder, Instant created, Code... codes) {
        int start = document.text().indexOf(passage);
        if (start < 0) {
            throw new IllegalArgumentException(passage);
        }
        Quotation quotation = new Quotation(UUID.randomUUID(), document.id(), start, start + passage.length(),
                Arrays.stream(codes).map(Code::id).toList(), "", coder, created);
        project.apply(EntityEdit.add("Code", quotation));
        return quotation;
    }

    public Memo memo(String title, String text, String author, Instant created, UUID... links) {
        return memo(org.grounded.model.MemoKind.MEMO, title, text, author, created, links);
    }

    /** A memo, field note or journal entry. */
    public Memo memo(org.grounded.model.MemoKind kind, String title, String text, String author, Instant created,
                     UUID... links) {
        Memo memo = new Memo(UUID.randomUUID(), title, text, author, created, created,
                new java.util.LinkedHashSet<>(List.of(links)), kind);
        project.apply(EntityEdit.add("Memo", memo));
        return memo;
    }
}
