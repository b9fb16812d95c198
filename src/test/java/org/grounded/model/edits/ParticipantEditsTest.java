package org.grounded.model.edits;

import java.util.List;
import java.util.Set;
import org.grounded.model.EntityEdit;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class ParticipantEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void creatingAndRenamingAParticipantWithUniqueNames() {
        EntityEdit create = ParticipantEdits.create(project, "Lucía");
        assertThat(create.description()).isEqualTo("Add participant 'Lucía'");
        applyCheckAndRevert(project, create, p -> assertThat(p.participants()).hasSize(2));
        assertThatThrownBy(() -> ParticipantEdits.create(project, "ANA")).hasMessage("There is already a participant named 'Ana'");
        project.apply(create);
        Participant lucia = EditResults.firstAdded(create, Participant.class).orElseThrow();
        assertThatThrownBy(() -> ParticipantEdits.rename(project, lucia.id(), "ana"))
                .hasMessage("There is already a participant named 'Ana'");
        EntityEdit rename = ParticipantEdits.rename(project, lucia.id(), "Lucía M.").orElseThrow();
        applyCheckAndRevert(project, rename, p -> assertThat(p.participant(lucia.id()).orElseThrow().name())
                .isEqualTo("Lucía M."));
    }

    @Test
    void deletingAParticipantTakesThemOutOfGroupsAndMemos() {
        project.apply(GroupEdits.create(project, GroupKind.PARTICIPANT, "Donors", List.of(study.ana.id())));
        project.apply(MemoEdits.link(project, study.fieldNotes.id(), study.ana.id()).orElseThrow());
        EntityEdit delete = ParticipantEdits.delete(project, study.ana.id());
        applyCheckAndRevert(project, delete, p -> {
            assertThat(p.participants()).isEmpty();
            assertThat(p.groups(GroupKind.PARTICIPANT).get(0).memberIds()).isEmpty();
            assertThat(p.memosAbout(study.ana.id())).isEmpty();
        });
    }

    @Test
    void assigningAndUnassigningAWholeDocument() {
        EntityEdit assign = ParticipantEdits.assignDocument(project, study.ana.id(), study.post.id()).orElseThrow();
        assertThat(assign.description()).isEqualTo("Assign 'Post' to 'Ana'");
        applyCheckAndRevert(project, assign, p -> assertThat(ParticipantAttribution.of(p)
                .participantsOf(study.postQuote)).containsExactly(study.ana.id()));
        assertThat(ParticipantEdits.assignDocument(project, study.ana.id(), study.interview.id())).isEmpty();
        EntityEdit unassign = ParticipantEdits.unassignDocument(project, study.ana.id(), study.interview.id()).orElseThrow();
        applyCheckAndRevert(project, unassign, p -> assertThat(p.participant(study.ana.id()).orElseThrow().documentIds())
                .isEmpty());
    }

    @Test
    void assigningASpeakerTakesItFromAnyOtherParticipant() {
        SpeakerRef anaSpeaks = new SpeakerRef(study.interview.id(), "Ana");
        project.apply(ParticipantEdits.assignSpeaker(project, study.ana.id(), anaSpeaks).orElseThrow());
        EntityEdit create = ParticipantEdits.create(project, "Ana B.");
        project.apply(create);
        Participant other = EditResults.firstAdded(create, Participant.class).orElseThrow();

        EntityEdit edit = ParticipantEdits.assignSpeaker(project, other.id(), anaSpeaks).orElseThrow();

        assertThat(edit.description()).isEqualTo("Assign speaker 'Ana' of 'Ana' to 'Ana B.'");
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.participant(study.ana.id()).orElseThrow().speakers()).isEmpty();
            assertThat(p.participant(other.id()).orElseThrow().speakers()).containsExactly(anaSpeaks);
            assertThat(ParticipantAttribution.of(p).participantsOf(study.fearQuote)).containsExactly(other.id());
        });
        EntityEdit unassign = ParticipantEdits.unassignSpeaker(project, study.ana.id(), anaSpeaks).orElseThrow();
        applyCheckAndRevert(project, unassign, p ->
                assertThat(p.participant(study.ana.id()).orElseThrow().speakers()).isEmpty());
    }

    @Test
    void onlyASpeakerOfTheDocumentCanBeAssignedOrMarked() {
        SpeakerRef nobody = new SpeakerRef(study.interview.id(), "Lucía");
        assertThatThrownBy(() -> ParticipantEdits.assignSpeaker(project, study.ana.id(), nobody))
                .hasMessage("'Lucía' does not speak in 'Ana'");
        assertThatThrownBy(() -> ParticipantEdits.markInterviewer(project, nobody))
                .hasMessage("'Lucía' does not speak in 'Ana'");
    }

    @Test
    void markingAndUnmarkingAnInterviewer() {
        SpeakerRef interviewer = new SpeakerRef(study.interview.id(), "Entrevistadora");
        assertThat(ParticipantEdits.markInterviewer(project, interviewer)).isEmpty();
        EntityEdit unmark = ParticipantEdits.unmarkInterviewer(project, interviewer).orElseThrow();
        assertThat(unmark.description()).isEqualTo("Unmark 'Entrevistadora' as interviewer in 'Ana'");
        applyCheckAndRevert(project, unmark, p -> assertThat(p.document(study.interview.id()).orElseThrow()
                .interviewers()).isEmpty());
        EntityEdit mark = ParticipantEdits.markInterviewer(project, new SpeakerRef(study.interview.id(), "Ana"))
                .orElseThrow();
        applyCheckAndRevert(project, mark, p -> assertThat(p.document(study.interview.id()).orElseThrow()
                .interviewers()).isEqualTo(Set.of("Entrevistadora", "Ana")));
    }

    @Test
    void aSpeakerIsAParticipantOrTheInterviewerNeverBoth() {
        SpeakerRef anaSpeaks = new SpeakerRef(study.interview.id(), "Ana");
        project.apply(ParticipantEdits.assignSpeaker(project, study.ana.id(), anaSpeaks).orElseThrow());

        EntityEdit mark = ParticipantEdits.markInterviewer(project, anaSpeaks).orElseThrow();
        applyCheckAndRevert(project, mark, p -> {
            assertThat(p.participant(study.ana.id()).orElseThrow().speakers()).doesNotContain(anaSpeaks);
            assertThat(p.document(study.interview.id()).orElseThrow().interviewers()).contains("Ana");
        });

        SpeakerRef interviewer = new SpeakerRef(study.interview.id(), "Entrevistadora");
        EntityEdit assign = ParticipantEdits.assignSpeaker(project, study.ana.id(), interviewer).orElseThrow();
        applyCheckAndRevert(project, assign, p -> {
            assertThat(p.participant(study.ana.id()).orElseThrow().speakers()).contains(interviewer);
            assertThat(p.document(study.interview.id()).orElseThrow().interviewers()).doesNotContain("Entrevistadora");
        });
    }
}
