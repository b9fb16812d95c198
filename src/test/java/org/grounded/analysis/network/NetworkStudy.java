package org.grounded.analysis.network;

import java.util.List;
import java.util.Set;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;

/**
 * A hand-made study for the network tests, small enough to count on paper. Three one-to-one
 * interviews (Ana, Bea, Cruz each own a whole document, so attribution is plain). Codes:
 * Motivation (axial, core) with sub-codes Empowerment and Duty; Fears (axial); Hygiene (never
 * used); Milk (selective); Theory (used by nobody, only related to Milk).
 *
 * <pre>
 * Ana's interview:  q1 [0,10) Empowerment+Fears   q2 [5,15) Fears   q3 [20,30) Duty
 * Bea's interview:  q4 [0,10) Empowerment         q5 [5,12) Duty    q6 [30,40) Milk
 * Cruz's interview: q7 [0,5)  Milk+Fears
 * Relations: Fears "is cause of" Milk (directed); Empowerment "contradicts" Duty (undirected);
 *            Theory "is part of" Milk (directed)
 * </pre>
 */
final class NetworkStudy {

    static final String TEXT = "0123456789012345678901234567890123456789012345";

    final Project project = Project.create("Network study");
    final Document anaInterview = Document.of("Ana's interview", TEXT);
    final Document beaInterview = Document.of("Bea's interview", TEXT);
    final Document cruzInterview = Document.of("Cruz's interview", TEXT);
    final Participant ana = Participant.of("Ana").withDocuments(Set.of(anaInterview.id()));
    final Participant bea = Participant.of("Bea").withDocuments(Set.of(beaInterview.id()));
    final Participant cruz = Participant.of("Cruz").withDocuments(Set.of(cruzInterview.id()));
    final Group anaAndBea = Group.of("Ana and Bea", GroupKind.PARTICIPANT, Set.of(ana.id(), bea.id()));

    final Code motivation = Code.of("Motivation", "#0067a5").withLevel(CodingLevel.AXIAL).withCore(true);
    final Code empowerment = Code.of("Empowerment", "#875692").withParent(motivation.id());
    final Code duty = Code.of("Duty", "#17BECF").withParent(motivation.id());
    final Code fears = Code.of("Fears", "#BE0032").withLevel(CodingLevel.AXIAL);
    final Code hygiene = Code.of("Hygiene", "#222222");
    final Code milk = Code.of("Milk", "#F3C300").withLevel(CodingLevel.SELECTIVE);
    final Code theory = Code.of("Theory", "#333333");
    final Group feelings = Group.of("feelings", GroupKind.CODE, Set.of(fears.id(), milk.id()));

    final Relation causes = Relation.of(fears.id(), RelationType.IS_CAUSE_OF.id(), milk.id());
    final Relation contradicts = Relation.of(empowerment.id(), RelationType.CONTRADICTS.id(), duty.id());
    final Relation partOf = Relation.of(theory.id(), RelationType.IS_PART_OF.id(), milk.id());

    NetworkStudy() {
        project.apply(EntityEdit.builder("Set up").add(anaInterview).add(beaInterview).add(cruzInterview)
                .add(ana).add(bea).add(cruz).add(anaAndBea)
                .add(motivation).add(empowerment).add(duty).add(fears).add(hygiene).add(milk).add(theory)
                .add(feelings).add(causes).add(contradicts).add(partOf).build());
        code(anaInterview, 0, 10, empowerment, fears);
        code(anaInterview, 5, 15, fears);
        code(anaInterview, 20, 30, duty);
        code(beaInterview, 0, 10, empowerment);
        code(beaInterview, 5, 12, duty);
        code(beaInterview, 30, 40, milk);
        code(cruzInterview, 0, 5, milk, fears);
    }

    private void code(Document document, int start, int end, Code... codes) {
        Quotation quotation = Quotation.of(document.id(), start, end, List.of(codes).stream().map(Code::id).toList(),
                "tester");
        project.apply(EntityEdit.add("Code", quotation));
    }

    static String id(Code code) {
        return code.id().toString();
    }

    static String id(Participant participant) {
        return participant.id().toString();
    }
}
