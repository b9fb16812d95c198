package org.grounded.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeValue;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * A realistic study built with the model API for the window's tests and screenshots: Spanish
 * interviews with accents and emoji, speaker turns, participants with attributes and groups, a
 * code tree with categories, and coded quotations.
 */
public final class StudyFixture {

    private static final String[] QUESTIONS = {
        "¿Cómo supiste por primera vez de la donación de leche materna?",
        "¿Qué significó para ti donar tu leche a otras mamás?",
        "¿Cómo te apoyó el grupo de Facebook durante la lactancia?",
        "¿Tuviste miedo o dudas al principio? 🤔",
        "¿Qué obstáculos encontraste durante la pandemia?",
    };
    private static final String[] ANSWERS = {
        "Fue en el grupo de Facebook, una mamá publicó que su bebé estaba en la UCIN y necesitaba leche. "
                + "Yo tenía mucha, me sacaba casi un litro al día y pensé: ¿por qué no compartirla? 🍼 "
                + "Mi pareja al principio no entendía, pero después me acompañó a entregarla.",
        "Para mí la leche es oro líquido, es vida. Saber que un bebé prematuro podía crecer con mi leche me hizo "
                + "sentir que mi maternidad tenía un sentido más allá de mi propia hija 💛. Me sentí útil, "
                + "empoderada, como parte de una red de mujeres que se cuidan entre sí.",
        "Las mamás del grupo respondían a cualquier hora, incluso a las tres de la mañana cuando no podía "
                + "dormir. Compartían fotos, consejos de higiene, cómo esterilizar los frascos, cómo congelar. "
                + "Sin ellas habría dejado la lactancia a los dos meses, de verdad.",
        "Sí, tenía miedo de que la leche no fuera suficiente para mi hija, o de contagiar algo. La enfermera "
                + "del banco de leche me explicó los análisis y me tranquilizó. También me daba pena que la "
                + "gente pensara que lo hacía por dinero… ¡y no!",
        "Con la COVID todo se complicó: el hospital cerró las visitas y no sabíamos si podíamos llevar la "
                + "leche. Nos organizamos por WhatsApp para recogerla en casa con cubrebocas y todo. 😷 "
                + "Fue cansado, pero valió la pena cada viaje.",
    };

    private StudyFixture() {
    }

    /** Five interviews of {@code rounds} question-answer rounds each (about 110 words a round). */
    public static Project milkDonation(int rounds) {
        Project project = Project.create("Donación de leche materna");
        Map<String, Code> codes = new LinkedHashMap<>();
        EntityEdit.Builder codeEdit = EntityEdit.builder("Add codes");
        Code significance = code("Significance of milk", "#E0A100", null, codes, codeEdit);
        code("Liquid gold", "#F2C14E", significance.id(), codes, codeEdit);
        code("Gift of life", "#E38B29", significance.id(), codes, codeEdit);
        Code networks = code("Social networks", "#3A7CA5", null, codes, codeEdit);
        code("Facebook groups", "#5AA9E6", networks.id(), codes, codeEdit);
        code("WhatsApp", "#2F9C95", networks.id(), codes, codeEdit);
        code("Motivation", "#7A9E3B", null, codes, codeEdit);
        code("Fears", "#C8553D", null, codes, codeEdit);
        code("Maternity", "#B56576", null, codes, codeEdit);
        code("Obstacles", "#6D597A", null, codes, codeEdit);
        code("Covid", "#8D99AE", null, codes, codeEdit);
        project.apply(codeEdit.build());

        String[] names = {"Ana", "Berenice", "Carmen", "Daniela", "Elena"};
        String[] roles = {"donor", "donor", "both", "recipient", "donor"};
        int[] ages = {29, 34, 31, 27, 38};
        List<UUID> donors = new ArrayList<>();
        List<String> codeOrder = List.of("Liquid gold", "Facebook groups", "Motivation", "Fears", "Covid",
                "Gift of life", "Maternity", "WhatsApp", "Obstacles", "Significance of milk");
        int codeIndex = 0;
        for (int p = 0; p < names.length; p++) {
            StringBuilder text = new StringBuilder();
            List<SpeakerTurn> turns = new ArrayList<>();
            List<int[]> answers = new ArrayList<>();
            text.append("Entrevista ").append(p + 1).append(" — videollamada, marzo de 2021\n\n");
            for (int round = 0; round < rounds; round++) {
                int start = text.length();
                text.append("Entrevistadora: ").append(QUESTIONS[(round + p) % QUESTIONS.length]);
                turns.add(new SpeakerTurn(start, text.length(), "Entrevistadora"));
                text.append("\n\n");
                start = text.length();
                text.append(names[p]).append(": ");
                int answerStart = text.length();
                text.append(ANSWERS[(round + 2 * p) % ANSWERS.length]);
                answers.add(new int[] {answerStart, text.length()});
                turns.add(new SpeakerTurn(start, text.length(), names[p]));
                text.append("\n\n");
            }
            Document document = new Document(UUID.randomUUID(), "Entrevista " + (p + 1) + " – " + names[p],
                    text.toString().stripTrailing(), "entrevista-" + (p + 1) + ".docx", Instant.parse("2021-03-0" + (p + 1)
                    + "T10:00:00Z"), "es", Map.of(), turns, Set.of("Entrevistadora"));
            Participant participant = new Participant(UUID.randomUUID(), names[p], "",
                    Map.of("age", AttributeValue.number(ages[p]), "role", AttributeValue.category(roles[p])),
                    Set.of(), Set.of(new SpeakerRef(document.id(), names[p])));
            EntityEdit.Builder edit = EntityEdit.builder("Import " + document.name()).add(document).add(participant);
            for (int a = 0; a < answers.size(); a += 2) {
                int[] answer = answers.get(a);
                int end = Math.min(answer[1], answer[0] + 120);
                while (end < answer[1] && !Character.isWhitespace(document.text().charAt(end))) {
                    end++;
                }
                Code first = codes.get(codeOrder.get(codeIndex++ % codeOrder.size()));
                Code second = codes.get(codeOrder.get(codeIndex % codeOrder.size()));
                List<UUID> applied = a % 4 == 0 ? List.of(first.id(), second.id()) : List.of(first.id());
                edit.add(new Quotation(UUID.randomUUID(), document.id(), answer[0], end, applied, "", "lucía",
                        Instant.parse("2021-04-01T12:00:00Z")));
            }
            project.apply(edit.build());
            if (!"recipient".equals(roles[p])) {
                donors.add(participant.id());
            }
        }
        project.apply(EntityEdit.add("Add group", Group.of("Donors", GroupKind.PARTICIPANT, Set.copyOf(donors))));
        return Project.restore(project.info(), project.entities());
    }

    private static Code code(String name, String colour, UUID parent, Map<String, Code> codes, EntityEdit.Builder edit) {
        Code code = new Code(UUID.randomUUID(), name, colour, "", parent, CodingLevel.OPEN, false);
        codes.put(name, code);
        edit.add(code);
        return code;
    }

    /** Writes the fixture for screenshots: {@code StudyFixture /tmp/milk.grounded 200}. */
    public static void main(String[] args) throws Exception {
        Project project = milkDonation(args.length > 1 ? Integer.parseInt(args[1]) : 40);
        new org.grounded.io.project.ProjectFileStore().save(project, java.nio.file.Path.of(args[0]));
    }
}
