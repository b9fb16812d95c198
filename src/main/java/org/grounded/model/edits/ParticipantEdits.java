package org.grounded.model.edits;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;

/**
 * Participants and whose words are whose: participants own whole documents (a one-to-one
 * interview, which several participants may share, as a couple interviewed together) or the
 * turns of a speaker inside a document (a focus group). A speaker is one person, so assigning a
 * speaker to a participant takes it from any other participant in the same edit. Interviewers'
 * turns belong to nobody. Attributes are in {@link AttributeEdits}, groups in {@link GroupEdits}.
 * Participant names are unique, whatever their case.
 */
public final class ParticipantEdits {

    private ParticipantEdits() {
    }

    public static EntityEdit create(Project project, String name) {
        Draft draft = Draft.of(project);
        String unique = requireUniqueName(draft, name, null);
        draft.add(Participant.of(unique));
        return draft.build(EditName.of("Add participant '%0'", unique));
    }

    public static Optional<EntityEdit> rename(Project project, UUID participantId, String newName) {
        Draft draft = Draft.of(project);
        Participant participant = draft.require(Participant.class, participantId);
        String unique = requireUniqueName(draft, newName, participant.id());
        draft.update(participant.withName(unique));
        return draft.buildIfChanged(EditName.of("Rename participant '%0' to '%1'", participant.name(), unique));
    }

    /** Deletes a participant (not their documents), first taking them out of groups and memo links. */
    public static EntityEdit delete(Project project, UUID participantId) {
        Draft draft = Draft.of(project);
        Participant participant = draft.require(Participant.class, participantId);
        draft.detach(participant.id());
        draft.remove(participant);
        return draft.build(EditName.of("Delete participant '%0'", participant.name()));
    }

    /** Gives a participant a whole document. Empty when they have it already. */
    public static Optional<EntityEdit> assignDocument(Project project, UUID participantId, UUID documentId) {
        Draft draft = Draft.of(project);
        Participant participant = draft.require(Participant.class, participantId);
        Document document = draft.require(Document.class, documentId);
        draft.update(participant.withDocuments(Ids.with(participant.documentIds(), Set.of(document.id()))));
        return draft.buildIfChanged(EditName.of("Assign '%0' to '%1'", document.name(), participant.name()));
    }

    public static Optional<EntityEdit> unassignDocument(Project project, UUID participantId, UUID documentId) {
        Draft draft = Draft.of(project);
        Participant participant = draft.require(Participant.class, participantId);
        Document document = draft.require(Document.class, documentId);
        draft.update(participant.withDocuments(Ids.without(participant.documentIds(), document.id())));
        return draft.buildIfChanged(EditName.of("Unassign '%0' from '%1'", document.name(), participant.name()));
    }

    /**
     * Gives a participant the turns of a speaker in a document, taking them from any other
     * participant. Empty when the participant has them already.
     */
    public static Optional<EntityEdit> assignSpeaker(Project project, UUID participantId, SpeakerRef speaker) {
        Draft draft = Draft.of(project);
        Participant participant = draft.require(Participant.class, participantId);
        Document document = requireSpeaker(draft, speaker);
        for (Participant other : draft.all(Participant.class)) {
            if (!other.id().equals(participant.id()) && other.speakers().contains(speaker)) {
                draft.update(other.withSpeakers(without(other.speakers(), speaker)));
            }
        }
        Set<SpeakerRef> speakers = new LinkedHashSet<>(participant.speakers());
        speakers.add(speaker);
        draft.update(participant.withSpeakers(speakers));
        // A speaker is a participant, the interviewer or nobody: assigning ends the interviewer mark.
        Set<String> interviewers = new LinkedHashSet<>(document.interviewers());
        if (interviewers.remove(speaker.speaker())) {
            draft.update(document.withInterviewers(interviewers));
        }
        return draft.buildIfChanged(EditName.of("Assign speaker '%0' of '%1' to '%2'", speaker.speaker(),
                document.name(), participant.name()));
    }

    public static Optional<EntityEdit> unassignSpeaker(Project project, UUID participantId, SpeakerRef speaker) {
        Draft draft = Draft.of(project);
        Participant participant = draft.require(Participant.class, participantId);
        Document document = draft.require(Document.class, speaker.documentId());
        draft.update(participant.withSpeakers(without(participant.speakers(), speaker)));
        return draft.buildIfChanged(EditName.of("Unassign speaker '%0' of '%1' from '%2'", speaker.speaker(),
                document.name(), participant.name()));
    }

    /**
     * Marks a speaker of a document as an interviewer, whose turns belong to no participant; a
     * participant who had these turns loses them in the same edit, so the citation counts agree.
     */
    public static Optional<EntityEdit> markInterviewer(Project project, SpeakerRef speaker) {
        Draft draft = Draft.of(project);
        Document document = requireSpeaker(draft, speaker);
        for (Participant participant : draft.all(Participant.class)) {
            if (participant.speakers().contains(speaker)) {
                draft.update(participant.withSpeakers(without(participant.speakers(), speaker)));
            }
        }
        Set<String> interviewers = new LinkedHashSet<>(document.interviewers());
        interviewers.add(speaker.speaker());
        draft.update(document.withInterviewers(interviewers));
        return draft.buildIfChanged(EditName.of("Mark '%0' as interviewer in '%1'", speaker.speaker(), document.name()));
    }

    public static Optional<EntityEdit> unmarkInterviewer(Project project, SpeakerRef speaker) {
        Draft draft = Draft.of(project);
        Document document = draft.require(Document.class, speaker.documentId());
        Set<String> interviewers = new LinkedHashSet<>(document.interviewers());
        interviewers.remove(speaker.speaker());
        draft.update(document.withInterviewers(interviewers));
        return draft.buildIfChanged(EditName.of("Unmark '%0' as interviewer in '%1'", speaker.speaker(), document.name()));
    }

    private static Document requireSpeaker(Draft draft, SpeakerRef speaker) {
        Document document = draft.require(Document.class, speaker.documentId());
        if (!document.speakers().contains(speaker.speaker())) {
            throw new IllegalArgumentException("'" + speaker.speaker() + "' does not speak in '" + document.name() + "'");
        }
        return document;
    }

    private static Set<SpeakerRef> without(Set<SpeakerRef> speakers, SpeakerRef speaker) {
        Set<SpeakerRef> result = new LinkedHashSet<>(speakers);
        result.remove(speaker);
        return result;
    }

    private static String requireUniqueName(Draft draft, String name, UUID self) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A participant needs a name");
        }
        String wanted = name.strip();
        draft.all(Participant.class).stream()
                .filter(other -> !other.id().equals(self) && other.name().equalsIgnoreCase(wanted))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException("There is already a participant named '" + other.name() + "'");
                });
        return wanted;
    }
}
