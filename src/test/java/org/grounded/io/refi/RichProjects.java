package org.grounded.io.refi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.grounded.model.ColourScheme;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Memo;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Participant;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * A project that uses everything the model offers, built with the model's API: emoji (with skin
 * tones and joiners), accents, speaker turns and interviewers, nested codes on every coding
 * level with a core category, attributes of every type on participants and documents, groups of
 * every kind (one empty), built-in and user-defined relations with comments, memos on everything
 * REFI-QDA can point at. Texts are NFC with \n line breaks, as every import makes them; times
 * are whole milliseconds, as exports keep them.
 */
final class RichProjects {

    static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");

    private RichProjects() {
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes).plusMillis(minutes % 7 * 111);
    }

    /** Turns of "Name: words" lines, as the transcript import finds them. */
    private static List<SpeakerTurn> turns(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                turns.add(new SpeakerTurn(start, start + line.length(), line.substring(0, colon)));
            }
            start += line.length() + 1;
        }
        return turns;
    }

    private static Quotation quote(Document document, String words, List<UUID> codes, String comment, String coder, int minute) {
        int start = document.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Quotation(UUID.randomUUID(), document.id(), start, start + words.length(), codes, comment, coder, at(minute));
    }

    static Project build() {
        List<Entity> all = new ArrayList<>();
        String maria = "Entrevistadora: ¿Qué significó donar leche?\nMaría: Fue un regalo 🍼 para otras mamás. 🙏🏽\n"
                + "Entrevistadora: ¿Y su familia?\nMaría: Mi esposo me apoyó 💪 y mi niña 👩‍👧 también.\n";
        String group = "Aisyah: Saya derma susu 🤱 setiap minggu.\nNurul: Saya terima susu, terima kasih 😊\n";
        String posts = "Gracias 🙏🏽 mamá! Donamos 🍼 hoy 👩‍👧\n\nÇa va? Ünïcödé «quotes» & <tags>\n";
        Document interview = new Document(UUID.randomUUID(), "01 María", maria, "01-maria.txt", at(1), "es",
                Map.of("Recorded", AttributeValue.date(LocalDate.of(2025, 3, 2)), "Minutes", AttributeValue.number(new BigDecimal("45.5"))),
                turns(maria), Set.of("Entrevistadora"));
        Document focus = new Document(UUID.randomUUID(), "Focus group 🇲🇾", group, "focus.vtt", at(2), "ms",
                Map.of("Minutes", AttributeValue.number(30)), turns(group), Set.of());
        Document facebook = new Document(UUID.randomUUID(), "Facebook posts", posts, "", at(3), "", Map.of(), List.of(), Set.of());
        all.addAll(List.of(interview, focus, facebook));

        Code significance = new Code(UUID.randomUUID(), "Significance of milk", "#1E88E5", "The core category",
                null, CodingLevel.SELECTIVE, true);
        Code gift = new Code(UUID.randomUUID(), "Gift", "#43A047", "Milk as a gift\nsecond line", significance.id(), CodingLevel.AXIAL, false);
        Code gratitude = new Code(UUID.randomUUID(), "Gratitude 🙏", "#FDD835", "", gift.id(), CodingLevel.OPEN, false);
        Code fears = Code.of("Fears", "#e53935");
        Code networks = new Code(UUID.randomUUID(), "Social networks", null, "Facebook & <WhatsApp> groups", null,
                CodingLevel.AXIAL, true);
        all.addAll(List.of(significance, gift, gratitude, fears, networks));

        AttributeDefinition role = new AttributeDefinition(UUID.randomUUID(), "Role", AttributeType.CATEGORY,
                AttributeScope.PARTICIPANT, "Donor, recipient or both", List.of("donor", "recipient", "both"));
        AttributeDefinition age = new AttributeDefinition(UUID.randomUUID(), "Age", AttributeType.NUMBER, AttributeScope.PARTICIPANT, "", List.of());
        AttributeDefinition weight = new AttributeDefinition(UUID.randomUUID(), "Baby weight kg", AttributeType.NUMBER,
                AttributeScope.PARTICIPANT, "", List.of());
        AttributeDefinition joined = new AttributeDefinition(UUID.randomUUID(), "Joined", AttributeType.DATE, AttributeScope.PARTICIPANT, "", List.of());
        AttributeDefinition remarks = new AttributeDefinition(UUID.randomUUID(), "Remarks", AttributeType.TEXT, AttributeScope.PARTICIPANT, "", List.of());
        AttributeDefinition unused = new AttributeDefinition(UUID.randomUUID(), "Country", AttributeType.CATEGORY,
                AttributeScope.DOCUMENT, "", List.of("Mexico", "Malaysia"));
        AttributeDefinition recorded = new AttributeDefinition(UUID.randomUUID(), "Recorded", AttributeType.DATE, AttributeScope.DOCUMENT, "", List.of());
        AttributeDefinition minutes = new AttributeDefinition(UUID.randomUUID(), "Minutes", AttributeType.NUMBER, AttributeScope.DOCUMENT, "", List.of());
        all.addAll(List.of(role, age, weight, joined, remarks, unused, recorded, minutes));

        Map<String, AttributeValue> mariaValues = new LinkedHashMap<>();
        mariaValues.put("Role", AttributeValue.category("donor"));
        mariaValues.put("Age", AttributeValue.number(29));
        mariaValues.put("Baby weight kg", AttributeValue.number(new BigDecimal("3.25")));
        mariaValues.put("Joined", AttributeValue.date(LocalDate.of(2020, 5, 17)));
        mariaValues.put("Remarks", AttributeValue.text("Habla español 🇲🇽, «muy amable»"));
        Participant mariaP = new Participant(UUID.randomUUID(), "María", "Donor from Puebla", mariaValues, Set.of(interview.id()), Set.of());
        Participant aisyah = new Participant(UUID.randomUUID(), "Aisyah", "", Map.of("Role", AttributeValue.category("both"),
                "Age", AttributeValue.number(34)), Set.of(), Set.of(new SpeakerRef(focus.id(), "Aisyah")));
        Participant nurul = new Participant(UUID.randomUUID(), "Nurul", "", Map.of("Role", AttributeValue.category("recipient")),
                Set.of(), Set.of(new SpeakerRef(focus.id(), "Nurul")));
        Participant lurker = Participant.of("Lurker");
        all.addAll(List.of(mariaP, aisyah, nurul, lurker));

        Quotation q1 = quote(interview, "Fue un regalo 🍼 para otras mamás. 🙏🏽", List.of(gift.id(), significance.id()), "Key quote 💡", "ana", 10);
        Quotation q2 = quote(interview, "Mi esposo me apoyó 💪 y mi niña 👩‍👧", List.of(networks.id()), "", "Núria", 11);
        Quotation q3 = quote(focus, "🤱", List.of(gift.id()), "", "ana", 12);
        Quotation q4 = quote(focus, "terima kasih 😊", List.of(gratitude.id()), "Gratitude in Malay", "ana", 13);
        Quotation q5 = quote(facebook, "🙏🏽 mamá", List.of(gratitude.id(), fears.id()), "", "", 14);
        Quotation q6 = quote(facebook, "Ünïcödé «quotes» & <tags>", List.of(), "An uncoded passage, just a comment", "ana", 15);
        all.addAll(List.of(q1, q2, q3, q4, q5, q6));

        Group emotions = new Group(UUID.randomUUID(), "Emotions", GroupKind.CODE, "Feelings", Set.of(gratitude.id(), fears.id()));
        Group interviews = Group.of("Interviews", GroupKind.DOCUMENT, Set.of(interview.id(), focus.id()));
        Group donors = Group.of("Donors", GroupKind.PARTICIPANT, Set.of(mariaP.id(), aisyah.id()));
        Group empty = Group.of("Recipients only", GroupKind.PARTICIPANT, Set.of());
        all.addAll(List.of(emotions, interviews, donors, empty));

        RelationType leadsTo = RelationType.userDefined("leads to", true);
        RelationType coOccurs = RelationType.userDefined("co-occurs with", false);
        all.addAll(List.of(leadsTo, coOccurs));
        Relation cause = new Relation(UUID.randomUUID(), fears.id(), gift.id(), RelationType.IS_CAUSE_OF.id(),
                "Fear turns into giving 🍼");
        Relation leads = Relation.of(gift.id(), leadsTo.id(), gratitude.id());
        Relation contradicts = Relation.of(fears.id(), RelationType.CONTRADICTS.id(), networks.id());
        all.addAll(List.of(cause, leads, contradicts));

        all.add(new Memo(UUID.randomUUID(), "Reflective journal", "Día 1: me sentí 😊.\nDay 2: calmer.", "ana",
                at(20), at(25), Set.of()));
        all.add(new Memo(UUID.randomUUID(), "On gifts", "Gift ≠ exchange", "ana", at(21), at(21), Set.of(gift.id())));
        all.add(new Memo(UUID.randomUUID(), "Key passage", "See the bottle emoji 🍼", "Núria", at(22), at(23),
                Set.of(interview.id(), q1.id())));
        all.add(new Memo(UUID.randomUUID(), "About María", "Very open", "ana", at(24), at(24), Set.of(mariaP.id())));
        all.add(new Memo(UUID.randomUUID(), "Donor group", "Two donors", "", at(26), at(26), Set.of(donors.id())));
        all.add(new Memo(UUID.randomUUID(), "Causal claim", "Needs a second source", "ana", at(27), at(27),
                Set.of(cause.id(), fears.id())));
        all.add(new Memo(UUID.randomUUID(), "Attribute note", "Age at interview", "ana", at(28), at(28), Set.of(age.id())));

        Map<UUID, Position> figurePlaces = new LinkedHashMap<>();
        figurePlaces.put(significance.id(), new Position(0.5, -12.25));
        figurePlaces.put(fears.id(), new Position(210.75, 33.3333));
        figurePlaces.put(mariaP.id(), new Position(-180, 240.5));
        figurePlaces.put(donors.id(), new Position(99.5, -99.5));
        all.add(new SavedNetwork(UUID.randomUUID(), "Figure 1 — «donors»",
                NetworkSettings.figureOne().withCodeSelection("SUBTREE", significance.id(), null),
                List.of(significance.id(), gift.id(), fears.id(), mariaP.id(), aisyah.id(), donors.id(), interview.id()),
                figurePlaces, Set.of(mariaP.id()), ColourScheme.FIGURE));
        all.add(new SavedNetwork(UUID.randomUUID(), "Emotions",
                NetworkSettings.cooccurrence().withCodeSelection("CODE_GROUP", emotions.id(), null), List.of(),
                Map.of(fears.id(), new Position(-3, 4)), Set.of(), ColourScheme.LEVEL));
        return Project.restore(new ProjectInfo("Milk sharing 🍼", "Estudio — «María» & co.", T0), all);
    }
}
