package org.grounded.model.edits;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;

/**
 * The edit of a transcript import (decision 0008: every user action's edit comes from a factory
 * here): the new documents, then the participants they name — found by name whatever the case,
 * an existing one updated, a missing one created once however many transcripts name it.
 */
public final class ImportEdits {

    /**
     * One transcript as it enters the project.
     *
     * @param document     the new document (its text, turns and interviewers)
     * @param participants who speaks in it, in the order the user mapped them
     */
    public record ImportedDocument(Document document, List<ParticipantLink> participants) {
        public ImportedDocument {
            Objects.requireNonNull(document, "document");
            participants = List.copyOf(participants);
        }
    }

    /** A participant's part in a document: one speaker's turns, or the whole document (no speaker). */
    public record ParticipantLink(String participantName, Optional<String> speaker) {
        public ParticipantLink {
            Objects.requireNonNull(participantName, "participantName");
            Objects.requireNonNull(speaker, "speaker");
        }

        public static ParticipantLink speaker(String speaker, String participantName) {
            return new ParticipantLink(participantName, Optional.of(speaker));
        }

        public static ParticipantLink wholeDocument(String participantName) {
            return new ParticipantLink(participantName, Optional.empty());
        }
    }

    private ImportEdits() {
    }

    /** Adds the documents and links their participants; one undoable edit. */
    public static EntityEdit transcripts(Project project, List<ImportedDocument> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("There are no transcripts to import");
        }
        ParticipantLinks participants = new ParticipantLinks(project.participants());
        EntityEdit.Builder edit = EntityEdit.builder(description(documents));
        for (ImportedDocument imported : documents) {
            Document document = imported.document();
            edit.add(document);
            for (ParticipantLink link : imported.participants()) {
                if (link.speaker().isPresent()) {
                    participants.linkSpeaker(link.participantName(), new SpeakerRef(document.id(), link.speaker().get()));
                } else {
                    participants.linkDocument(link.participantName(), document.id());
                }
            }
        }
        participants.addChangesTo(edit);
        return edit.build();
    }

    private static EditName description(List<ImportedDocument> documents) {
        return documents.size() == 1 ? EditName.of("Import transcript '%0'", documents.get(0).document().name())
                : EditName.of("Import %0 transcripts", documents.size());
    }
}
