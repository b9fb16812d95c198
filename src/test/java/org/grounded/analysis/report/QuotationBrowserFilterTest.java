package org.grounded.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.model.AttributeValue;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

/**
 * The filter the quotations browser and {@code grounded quotes} share, on the hand-made study:
 * every part alone and combined, the expected quotations listed by hand in document, then text order.
 */
class QuotationBrowserFilterTest {

    private final ReportStudy study = new ReportStudy();
    private final Instant monday = Instant.parse("2026-03-02T10:00:00Z");
    private final Instant tuesday = Instant.parse("2026-03-03T10:00:00Z");
    private Group donors;

    /**
     * María's document: "doné porque…" (Luis, Motivación), "Sentí alegría…" (Ana, Alegría + Miedo;
     * Luis added Miedo too), "¿Y después?" (the interviewer's, Ana, Fe), "volví a donar, por fe."
     * (Ana, Fe). José's: "Mi fe 🙏 me llevó" (Ana, Fe), "Nada más." (Luis, no code).
     * María is a mother (Rol = Madre); José is in the group Donantes and has no role.
     */
    private QuotationReports codedStudy() {
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        Quotation feelings = study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.alegria,
                study.miedo);
        study.project.apply(EntityEdit.update("Luis codes", feelings,
                feelings.withCoding(study.miedo.id(), "Luis", tuesday)));
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        study.code(study.maria, "¿Y después?", "Ana", monday, study.fe);
        study.code(study.maria, "volví a donar, por fe.", "Ana", monday, study.fe);
        study.code(study.jose, "Nada más.", "Luis", monday);
        donors = Group.of("Donantes", GroupKind.PARTICIPANT, Set.of(study.joseP.id()));
        Participant mother = study.mariaP.withAttributes(Map.of("Rol", AttributeValue.text("Madre")));
        study.project.apply(EntityEdit.builder("Set up").add(donors).build());
        study.project.apply(EntityEdit.update("Role", study.mariaP, mother));
        return QuotationReports.of(study.project);
    }

    @Test
    void aCategoryBringsItsSubCodesQuotationsInDocumentOrder() {
        QuotationReports reports = codedStudy();

        assertThat(texts(reports.rows(QuotationFilter.ALL.withCodes(List.of(study.motivacion.id()), true))))
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.");
        assertThat(texts(reports.rows(QuotationFilter.ALL.withCodes(List.of(study.miedo.id(), study.fe.id()), true))))
                .containsExactly("Sentí alegría 💛 y miedo.", "¿Y después?", "volví a donar, por fe.",
                        "Mi fe 🙏 me llevó");
    }

    @Test
    void aCoderKeepsTheQuotationsWithOneOfTheirCodings() {
        QuotationReports reports = codedStudy();

        // Luis made two selections and added Miedo to Ana's; "Nada más." has no code, so its maker counts.
        assertThat(texts(reports.rows(QuotationFilter.ALL.withCoders(List.of("luis")))))
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.", "Nada más.");
        // With codes chosen, the coding must be of one of them: Luis never applied Alegría.
        assertThat(texts(reports.rows(QuotationFilter.ALL.withCodes(List.of(study.alegria.id()), false)
                .withCoders(List.of("Luis"))))).isEmpty();
        assertThat(texts(reports.rows(QuotationFilter.ALL.withCodes(List.of(study.motivacion.id()), true)
                .withCoders(List.of("Ana"))))).containsExactly("Sentí alegría 💛 y miedo.");
        assertThat(reports.rows(QuotationFilter.ALL.withCoders(List.of("Ana", "Luis")))).hasSize(6);
    }

    @Test
    void anAttributeValueAndAGroupKeepTheirParticipantsWords() {
        QuotationReports reports = codedStudy();

        assertThat(texts(reports.rows(QuotationFilter.ALL.withAttribute("Rol", List.of("Madre")))))
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.",
                        "volví a donar, por fe.");
        assertThat(texts(reports.rows(QuotationFilter.ALL.withGroups(List.of(donors.id())))))
                .containsExactly("Mi fe 🙏 me llevó", "Nada más.");
        assertThat(texts(reports.rows(QuotationFilter.ALL.withGroups(List.of(donors.id()))
                .withCodes(List.of(study.fe.id()), false).withCoders(List.of("ana")))))
                .containsExactly("Mi fe 🙏 me llevó");
        assertThat(texts(reports.rows(QuotationFilter.ALL.withDocuments(List.of(study.maria.id()))
                .withCodes(List.of(study.fe.id()), false)))).containsExactly("¿Y después?", "volví a donar, por fe.");
    }

    @Test
    void aCitationIsTheSourceAndTheExactTextInGuillemets() {
        QuotationReports reports = codedStudy();
        List<QuotationRow> rows = reports.rows(QuotationFilter.ALL);

        assertThat(rows.get(1).citation()).isEqualTo("María, 01-maria, ¶2: «Sentí alegría 💛 y miedo.»");
        assertThat(rows.get(2).citation()).isEqualTo("01-maria, ¶3: «¿Y después?»");
        assertThat(rows.get(4).citation()).isEqualTo("José, 02-jose, ¶1: «Mi fe 🙏 me llevó»");
    }

    @Test
    void aCitationAcrossLinesIsOneLineWithSlashes() {
        Quotation across = study.code(study.maria, "nació prematura. Sentí alegría 💛 y miedo.\nEntrevistadora: ¿Y",
                "Ana", monday, study.fe);
        QuotationRow row = QuotationReports.of(study.project).row(across);

        assertThat(row.citation()).isEqualTo(
                "María, 01-maria, ¶2: «nació prematura. Sentí alegría 💛 y miedo. / Entrevistadora: ¿Y»");
    }

    private static List<String> texts(List<QuotationRow> rows) {
        return rows.stream().map(QuotationRow::text).toList();
    }
}
