package org.grounded.analysis;

import java.time.Instant;
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
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * A hand-made study small enough to count by hand: a focus group with an interviewer and two
 * participants (Ana, Lim), and a one-to-one interview with Bea without speaker turns. The codes
 * form a tree: Motivation (axial) with sub-codes Empowerment and Duty (open), Empowerment with
 * its own sub-code Agency; Fears (axial) without sub-codes.
 */
public final class SmallStudy {

    // Interviewer: 0-24, Ana: 25-49, Lim: 50-68
    public static final String FOCUS_GROUP_TEXT = "Interviewer: Why donate?\nAna: Because milk helps.\nLim: For my faith.";
    public static final String INTERVIEW_TEXT = "Bea: I donated because my son was in the NICU and I was afraid.";

    public final Project project = Project.create("Small study");
    public final Document focusGroup = new Document(UUID.randomUUID(), "Focus group", FOCUS_GROUP_TEXT, "fg.txt",
            Instant.EPOCH, "en", Map.of(),
            List.of(new SpeakerTurn(0, 24, "Interviewer"), new SpeakerTurn(25, 49, "Ana"),
                    new SpeakerTurn(50, 68, "Lim")),
            Set.of("Interviewer"));
    public final Document interview = Document.of("Interview with Bea", INTERVIEW_TEXT);

    public final AttributeDefinition role = new AttributeDefinition(UUID.randomUUID(), "role", AttributeType.CATEGORY,
            AttributeScope.PARTICIPANT, "", List.of("donor only", "recipient only", "both"));
    public final AttributeDefinition age = AttributeDefinition.of("age", AttributeType.NUMBER, AttributeScope.PARTICIPANT);

    public final Participant ana = Participant.of("Ana")
            .withSpeakers(Set.of(new SpeakerRef(focusGroup.id(), "Ana")))
            .withAttributes(Map.of("role", AttributeValue.category("both"), "age", AttributeValue.number(29)));
    public final Participant lim = Participant.of("Lim")
            .withSpeakers(Set.of(new SpeakerRef(focusGroup.id(), "Lim")))
            .withAttributes(Map.of("role", AttributeValue.category("donor only"), "age", AttributeValue.number(34)));
    public final Participant bea = Participant.of("Bea")
            .withDocuments(Set.of(interview.id()))
            .withAttributes(Map.of("age", AttributeValue.number(41)));

    public final Group donors = Group.of("donors", GroupKind.PARTICIPANT, Set.of(ana.id(), lim.id()));
    public final Group interviewed = Group.of("interviewed alone", GroupKind.PARTICIPANT, Set.of(bea.id()));
    public final Group focusGroups = Group.of("focus groups", GroupKind.DOCUMENT, Set.of(focusGroup.id()));

    public final Code motivation = Code.of("Motivation", "#0067A5").withLevel(CodingLevel.AXIAL);
    public final Code empowerment = Code.of("Empowerment", "#875692").withParent(motivation.id());
    public final Code agency = Code.of("Agency", "#875692").withParent(empowerment.id());
    public final Code duty = Code.of("Duty", "#17BECF").withParent(motivation.id());
    public final Code fears = Code.of("Fears", "#BE0032").withLevel(CodingLevel.AXIAL);
    public final Group emotions = Group.of("emotions", GroupKind.CODE, Set.of(fears.id()));

    public SmallStudy() {
        project.apply(EntityEdit.builder("Set up").add(role).add(age).add(focusGroup).add(interview)
                .add(ana).add(lim).add(bea).add(donors).add(interviewed).add(focusGroups)
                .add(motivation).add(empowerment).add(agency).add(duty).add(fears).add(emotions).build());
    }

    /** Codes a passage; returns the quotation. */
    public Quotation code(Document document, int start, int end, Code... codes) {
        Quotation quotation = Quotation.of(document.id(), start, end,
                java.util.Arrays.stream(codes).map(Code::id).toList(), "tester");
        project.apply(EntityEdit.add("Code", quotation));
        return quotation;
    }

    /** Codes the first occurrence of an exact passage. */
    public Quotation code(Document document, String passage, Code... codes) {
        int start = document.text().indexOf(passage);
        if (start < 0) {
            throw new IllegalArgumentException("'" + passage + "' is not in " + document.name());
        }
        return code(document, start, start + passage.length(), codes);
    }
}
