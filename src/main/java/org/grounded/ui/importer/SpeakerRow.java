package org.grounded.ui.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.grounded.io.transcript.SpeakerMapping;
import org.grounded.io.transcript.SpeakerRole;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * One row of the import dialog: a speaker found in one file (or, for a file without speakers,
 * the whole document), and what the user maps it to.
 */
public final class SpeakerRow {

    private final int transcriptIndex;
    private final String documentName;
    private final String speaker;
    private final int turns;
    private final String proposal;
    private final ObjectProperty<SpeakerRole> role = new SimpleObjectProperty<>(this, "role");
    private final StringProperty participantName = new SimpleStringProperty(this, "participantName", "");

    SpeakerRow(int transcriptIndex, String documentName, String speaker, int turns, SpeakerRole role,
               String participantName) {
        this(transcriptIndex, documentName, speaker, turns, role, participantName, "");
    }

    /** @param proposal why the import proposes this speaker as interviewer ("asks 41 of 44 questions"), or "" */
    SpeakerRow(int transcriptIndex, String documentName, String speaker, int turns, SpeakerRole role,
               String participantName, String proposal) {
        this.proposal = proposal == null ? "" : proposal;
        this.transcriptIndex = transcriptIndex;
        this.documentName = documentName;
        this.speaker = speaker;
        this.turns = turns;
        this.role.set(role);
        this.participantName.set(participantName == null ? "" : participantName);
        // Choosing "participant" for a speaker with no name yet suggests the speaker's own name.
        this.role.addListener((observable, before, after) -> {
            if (after == SpeakerRole.PARTICIPANT && this.participantName.get().isBlank() && !isWholeDocument()) {
                this.participantName.set(speaker);
            }
        });
    }

    public int transcriptIndex() {
        return transcriptIndex;
    }

    public String documentName() {
        return documentName;
    }

    /** The speaker's name as written in the file; "" for a file without speaker turns. */
    public String speaker() {
        return speaker;
    }

    /** A file without speaker turns: the row says who owns the whole document. */
    public boolean isWholeDocument() {
        return speaker.isEmpty();
    }

    /** What the speaker column shows. */
    public String speakerLabel() {
        return isWholeDocument() ? lang("(whole document, no speakers found)") : speaker;
    }

    /** Why the import proposed this speaker as interviewer, "" when it did not. */
    public String proposal() {
        return proposal;
    }

    public int turns() {
        return turns;
    }

    public ObjectProperty<SpeakerRole> roleProperty() {
        return role;
    }

    public SpeakerRole role() {
        return role.get();
    }

    public StringProperty participantNameProperty() {
        return participantName;
    }

    public String participantName() {
        return participantName.get().strip();
    }

    /** Complete when a participant row names its participant. */
    public boolean isComplete() {
        return role.get() != SpeakerRole.PARTICIPANT || !participantName().isEmpty();
    }

    /** The mapping this row stands for (the pseudo-speaker "" for a whole document). */
    SpeakerMapping toMapping() {
        return new SpeakerMapping(speaker, role.get(), role.get() == SpeakerRole.PARTICIPANT ? participantName() : "");
    }
}
