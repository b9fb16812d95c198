package org.grounded.model.edits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SpeakerTurn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small milk-donation study for the edit tests: a Spanish interview with speaker turns, an
 * emoji post, a code tree with a category, quotations, a relation, a code group, memos, a
 * participant with attributes.
 */
final class Study {

    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant T1 = Instant.parse("2024-03-02T11:30:00Z");

    static final String INTERVIEW = "Entrevistadora: ¿Qué significó donar leche?\n"
            + "Ana: Mucho. Tenía miedo al principio, pero mi familia me apoyó.\n"
            + "\n"
            + "Entrevistadora: ¿Y ahora?\n"
            + "Ana: Ahora dono cada semana. Mi mamá dice que es un regalo.";
    static final String POST = "Gracias 🙏🏽 mamá! Donamos 🍼 hoy 👩‍👧 con mucho amor";

    final Project project = Project.create("Milk study");
    final Document interview;
    final Document post;
    final Code fears = Code.of("Fears", "#FF0000");
    final Code motivation = Code.of("Motivation", "#00FF00");
    final Code support = Code.of("Support", "#0000FF");
    final Code family = Code.of("Family", "#0088FF").withParent(support.id());
    final Code networks = Code.of("Social networks", "#8800FF").withParent(support.id());
    final Quotation fearQuote;
    final Quotation familyQuote;
    final Quotation weeklyQuote;
    final Quotation postQuote;
    final Relation fearsContradictsMotivation;
    final Group centralCodes;
    final Memo fieldNotes;
    final Memo aboutFears;
    final Participant ana;
    final AttributeDefinition role;
    final AttributeDefinition age;

    Study() {
        interview = new Document(UUID.randomUUID(), "Ana", INTERVIEW, "ana.txt", T0, "es", Map.of(),
                turns(INTERVIEW), Set.of("Entrevistadora"));
        post = new Document(UUID.randomUUID(), "Post", POST, "", T0, "", Map.of(), List.of(), Set.of());
        fearQuote = quote(interview, "Tenía miedo al principio", fears, motivation);
        familyQuote = quote(interview, "mi familia me apoyó", family);
        weeklyQuote = quote(interview, "Ahora dono cada semana", motivation);
        postQuote = quote(post, "Donamos 🍼 hoy", networks);
        fearsContradictsMotivation = Relation.of(fears.id(), RelationType.CONTRADICTS.id(), motivation.id());
        centralCodes = Group.of("Central", GroupKind.CODE, ordered(fears.id(), support.id()));
        fieldNotes = new Memo(UUID.randomUUID(), "Field notes", "Ana habló con calma.", "lu", T0, T0, Set.of());
        aboutFears = new Memo(UUID.randomUUID(), "Miedo", "El miedo aparece al inicio.", "lu", T0, T0,
                ordered(fears.id(), fearQuote.id()));
        role = new AttributeDefinition(UUID.randomUUID(), "Role", AttributeType.CATEGORY, AttributeScope.PARTICIPANT,
                "", List.of("donor", "recipient"));
        age = AttributeDefinition.of("Age", AttributeType.NUMBER, AttributeScope.PARTICIPANT);
        ana = Participant.of("Ana").withDocuments(Set.of(interview.id()))
                .withAttributes(Map.of("Role", org.grounded.model.AttributeValue.category("donor")));
        List<Entity> all = List.of(role, age, interview, post, ana, fears, motivation, support, family, networks,
                fearQuote, familyQuote, weeklyQuote, postQuote, fearsContradictsMotivation, centralCodes,
                fieldNotes, aboutFears);
        EntityEdit.Builder builder = EntityEdit.builder("Study");
        all.forEach(builder::add);
        project.apply(builder.build());
    }

    /** Set.of has no stable order, and the tests check the order groups and memos keep. */
    private static Set<UUID> ordered(UUID... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }

    static Quotation quote(Document document, String passage, Code... codes) {
        int start = document.text().indexOf(passage);
        if (start < 0) {
            throw new IllegalArgumentException(passage);
        }
        return new Quotation(UUID.randomUUID(), document.id(), start, start + passage.length(),
                List.of(codes).stream().map(Code::id).toList(), "", "lu", T0);
    }

    /** "Name: text" lines start turns; a turn runs to the next one, without trailing blank lines. */
    static List<SpeakerTurn> turns(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        int lineStart = 0;
        int turnStart = -1;
        String speaker = null;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).matches("\\p{L}+")) {
                if (speaker != null) {
                    turns.add(new SpeakerTurn(turnStart, trimmedEnd(text, lineStart), speaker));
                }
                speaker = line.substring(0, colon);
                turnStart = lineStart;
            }
            lineStart = lineEnd + 1;
        }
        if (speaker != null) {
            turns.add(new SpeakerTurn(turnStart, trimmedEnd(text, text.length()), speaker));
        }
        return turns;
    }

    private static int trimmedEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    int indexIn(Document document, String passage) {
        return document.text().indexOf(passage);
    }

    /** Applies the edit, checks its effect, reverts it and checks the project is exactly as before. */
    static void applyCheckAndRevert(Project project, EntityEdit edit, Consumer<Project> effect) {
        List<Entity> before = project.entities();
        project.apply(edit);
        effect.accept(project);
        project.revert(edit);
        assertThat(project.entities()).isEqualTo(before);
    }

    Code code(UUID id) {
        return project.code(id).orElseThrow();
    }

    Quotation quotation(UUID id) {
        return project.quotation(id).orElseThrow();
    }
}
