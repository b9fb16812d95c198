package org.grounded.io.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.ColourScheme;
import org.grounded.model.Memo;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/** Projects built with the model's own API, for the project-file tests. */
final class SampleProjects {

    static final String BABY_QUESTION = "¿Dónde está mi bebé? 🍼👩‍👧";

    private SampleProjects() {
    }

    /** Something of everything the model holds, with accents, emoji and all three coding levels. */
    static Project rich() {
        Project project = Project.create("Donación de leche humana");
        project.apply(new ProjectInfoEdit(project.info(), new ProjectInfo("Donación de leche humana",
                "Entrevistas por videollamada, 2021.\nSegunda línea: «citas» y \"comillas\" \\ barra.",
                Instant.parse("2021-03-04T10:15:30.123456789Z"))));

        AttributeDefinition age = AttributeDefinition.of("Edad", AttributeType.NUMBER, AttributeScope.PARTICIPANT);
        AttributeDefinition role = new AttributeDefinition(UUID.randomUUID(), "Rol", AttributeType.CATEGORY,
                AttributeScope.PARTICIPANT, "donor or recipient", List.of("donante", "receptora", "ambas"));
        AttributeDefinition interviewed = AttributeDefinition.of("Entrevistada el", AttributeType.DATE, AttributeScope.PARTICIPANT);
        AttributeDefinition notes = AttributeDefinition.of("Notas", AttributeType.TEXT, AttributeScope.PARTICIPANT);
        AttributeDefinition channel = new AttributeDefinition(UUID.randomUUID(), "Canal", AttributeType.CATEGORY,
                AttributeScope.DOCUMENT, "", List.of("videollamada", "Facebook"));
        RelationType leadsTo = RelationType.userDefined("conduce a", true);

        String interviewText = "Entrevistadora: " + BABY_QUESTION + "\nAna: Aquí está, mamá. Donar fue lo mejor.\n"
                + "Entrevistadora: ¿Y el miedo?\nAna: Al principio, miedo al rechazo 😟.\n";
        Document interview = new Document(UUID.randomUUID(), "01 Ana — entrevista", interviewText, "01-ana.txt",
                Instant.parse("2021-03-05T09:00:00Z"), "es",
                Map.of("Canal", AttributeValue.category("videollamada")), turns(interviewText),
                Set.of("Entrevistadora"));
        String groupText = "Moderadora: ¿Quién ha donado?\nAna: Yo, tres veces.\nLucía: Yo todavía no 🙈.\n"
                + "Nurul: Saya derma susu ibu.\n";
        Document focusGroup = new Document(UUID.randomUUID(), "Grupo focal", groupText, "grupo.vtt",
                Instant.parse("2021-04-01T18:30:00.5Z"), "", Map.of(), turns(groupText), Set.of("Moderadora"));
        Document post = Document.of("Publicación de Facebook", "Gracias 🙏🏽 a todas las donantes 💛");

        Map<String, AttributeValue> anaAttributes = new LinkedHashMap<>();
        anaAttributes.put("Edad", AttributeValue.number(new BigDecimal("29.50")));
        anaAttributes.put("Rol", AttributeValue.category("donante"));
        anaAttributes.put("Entrevistada el", AttributeValue.date(LocalDate.of(2021, 3, 4)));
        anaAttributes.put("Notas", AttributeValue.text("Madre de dos; habla rápido"));
        Participant ana = new Participant(UUID.randomUUID(), "Ana", "Donante experimentada", anaAttributes,
                Set.of(interview.id()), Set.of(new SpeakerRef(focusGroup.id(), "Ana")));
        Participant lucia = new Participant(UUID.randomUUID(), "Lucía", "", Map.of("Edad", AttributeValue.number(34)),
                Set.of(), orderedSet(new SpeakerRef(focusGroup.id(), "Lucía"), new SpeakerRef(focusGroup.id(), "Nurul")));

        Code motivation = new Code(UUID.randomUUID(), "Motivación", "#e53935", "Por qué donan", null,
                CodingLevel.SELECTIVE, true);
        Code fears = new Code(UUID.randomUUID(), "Miedos", "#1E88E5", "", null, CodingLevel.AXIAL, false);
        Code altruism = new Code(UUID.randomUUID(), "Altruismo", "#43A047", "", motivation.id(), CodingLevel.AXIAL, false);
        Code helping = new Code(UUID.randomUUID(), "Ayudar a otras madres", "#FDD835", "", altruism.id(),
                CodingLevel.OPEN, false);
        Code rejection = Code.of("Rechazo", null).withParent(fears.id());

        int question = interviewText.indexOf(BABY_QUESTION);
        Quotation babyQuestion = new Quotation(UUID.randomUUID(), interview.id(), question,
                question + BABY_QUESTION.length(), List.of(motivation.id(), helping.id()), "primer contacto 👶",
                "ana.r", Instant.parse("2021-05-01T12:00:00Z"));
        int fear = interviewText.indexOf("miedo al rechazo");
        Quotation fearQuotation = new Quotation(UUID.randomUUID(), interview.id(), fear, interviewText.indexOf('\n', fear),
                List.of(rejection.id(), fears.id()), "", "maría", Instant.parse("2021-05-02T08:00:00Z"));
        int notYet = groupText.indexOf("Yo todavía");
        Quotation groupQuotation = Quotation.of(focusGroup.id(), notYet, groupText.indexOf('\n', notYet),
                List.of(fears.id()), "ana.r");

        Relation causes = Relation.of(fears.id(), RelationType.IS_CAUSE_OF.id(), rejection.id());
        Relation leads = new Relation(UUID.randomUUID(), altruism.id(), motivation.id(), leadsTo.id(), "fuerte en donantes");

        Group codeGroup = Group.of("Emociones", GroupKind.CODE, orderedSet(fears.id(), rejection.id()));
        Group documentGroup = new Group(UUID.randomUUID(), "Entrevistas", GroupKind.DOCUMENT, "solo videollamadas",
                Set.of(interview.id()));
        Group participantGroup = Group.of("Donantes", GroupKind.PARTICIPANT, orderedSet(lucia.id(), ana.id()));

        Memo codeMemo = new Memo(UUID.randomUUID(), "Sobre el miedo", "El miedo aparece antes de la primera donación.",
                "ana.r", Instant.parse("2021-05-03T10:00:00Z"), Instant.parse("2021-05-04T11:30:00Z"),
                orderedSet(fears.id(), interview.id(), fearQuotation.id()));
        Memo journal = Memo.of("Diario de campo", "Día 1 🌧️: conexión inestable.", "maría");

        java.util.Map<UUID, Position> figurePlaces = new java.util.LinkedHashMap<>();
        figurePlaces.put(ana.id(), new Position(-120.5, 0.25));
        figurePlaces.put(motivation.id(), new Position(100.0 / 3, -1e-3));
        figurePlaces.put(lucia.id(), new Position(7, 8));
        SavedNetwork figure = new SavedNetwork(UUID.randomUUID(), "Figura 1", NetworkSettings.figureOne(),
                List.of(motivation.id(), fears.id(), ana.id(), lucia.id()), figurePlaces, orderedSet(lucia.id(), ana.id()),
                ColourScheme.FIGURE);
        SavedNetwork emotions = new SavedNetwork(UUID.randomUUID(), "Emociones y donantes",
                new NetworkSettings("CODE_GROUP", codeGroup.id(), null, Set.of("PARTICIPANT_GROUP"),
                        orderedSet("COOCCURRENCE", "PARTICIPANT_LINK"), "C_COEFFICIENT", 0.25, "menciona"),
                List.of(), java.util.Map.of(participantGroup.id(), new Position(0, 0)), Set.of(), ColourScheme.CODE);

        project.apply(EntityEdit.builder("Build the sample")
                .add(age).add(role).add(interviewed).add(notes).add(channel).add(leadsTo)
                .add(interview).add(focusGroup).add(post).add(ana).add(lucia)
                // a sub-code before a later top-level code: the file must keep this order
                .add(motivation).add(altruism).add(fears).add(helping).add(rejection)
                .add(babyQuestion).add(fearQuotation).add(groupQuotation).add(causes).add(leads)
                .add(codeGroup).add(documentGroup).add(participantGroup).add(figure).add(emotions)
                .add(codeMemo).add(journal)
                .build());
        return project;
    }

    /** The turns of {@code Name: text} lines. */
    static List<SpeakerTurn> turns(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int colon = text.indexOf(':', lineStart);
            if (colon > lineStart && colon < lineEnd) {
                turns.add(new SpeakerTurn(lineStart, lineEnd, text.substring(lineStart, colon)));
            }
            lineStart = lineEnd + 1;
        }
        return turns;
    }

    @SafeVarargs
    static <T> Set<T> orderedSet(T... values) {
        Set<T> set = new LinkedHashSet<>();
        for (T value : values) {
            set.add(value);
        }
        return set;
    }
}
