package org.grounded.io.transcript;

/** What the import does with one speaker's turns. */
public enum SpeakerRole {
    /** The turns belong to a participant (an existing one, or a new one of that name). */
    PARTICIPANT,
    /** The interviewer: the turns belong to no participant. */
    INTERVIEWER,
    /** Neither: turns stay unassigned. */
    UNASSIGNED
}
