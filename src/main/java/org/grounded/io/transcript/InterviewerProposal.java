package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.grounded.model.SpeakerTurn;

/**
 * A speaker the import proposes as interviewer, and why, so the user can judge the proposal.
 * In order of evidence: speakers named like an interviewer ("Interviewer", "Entrevistadora",
 * "I"); in a two-speaker interview where one speaker is named like a participant
 * ("Participant", "Respondent", "P1", "admin-1"), the other; otherwise the speaker who asks most
 * of the questions (turns ending in "?") in shorter turns than the others.
 *
 * @param reason for people: "named like an interviewer", "asks 41 of 44 questions, ..."
 */
public record InterviewerProposal(String speaker, String reason) {

    /** Names a transcriber gives the person studied, in the study languages. */
    private static final Set<String> PARTICIPANT_NAMES = Set.of(
            "participant", "participante", "participants", "respondent", "respondente", "responden", "interviewee",
            "informant", "informante", "entrevistado", "entrevistada", "befragte", "befragter", "teilnehmer",
            "teilnehmerin", "interviewte", "interviewter", "peserta", "informan", "enquêté", "enquêtée",
            "sujet", "subject", "patient", "client", "user");

    /** A code a study gives a participant: "P1", "R03", "admin-1", "Participant 4", "TN_12". */
    private static final Pattern PARTICIPANT_CODE = Pattern.compile("\\p{L}{1,12}[-_ ]?\\d{1,4}");

    /** Fewer questions than this say nothing about who interviews. */
    private static final int MIN_QUESTIONS = 3;

    public InterviewerProposal {
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(reason);
    }

    /** The proposals for one transcript; empty when nothing points to an interviewer. */
    static List<InterviewerProposal> of(ImportedTranscript transcript) {
        List<String> speakers = transcript.speakers();
        List<InterviewerProposal> byName = speakers.stream().filter(InterviewerNames::isInterviewerLike)
                .map(speaker -> new InterviewerProposal(speaker, "named like an interviewer")).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        if (speakers.size() == 2) {
            boolean firstLikeParticipant = isParticipantLike(speakers.get(0));
            boolean secondLikeParticipant = isParticipantLike(speakers.get(1));
            if (firstLikeParticipant != secondLikeParticipant) {
                String participant = firstLikeParticipant ? speakers.get(0) : speakers.get(1);
                String interviewer = firstLikeParticipant ? speakers.get(1) : speakers.get(0);
                return List.of(new InterviewerProposal(interviewer,
                        "the other speaker, \"" + participant + "\", is named like a participant"));
            }
        }
        return byQuestions(transcript);
    }

    static boolean isParticipantLike(String speaker) {
        String name = speaker.strip().toLowerCase(Locale.ROOT);
        // "Participant 4" is a participant; "Speaker 2" says nothing, so a code has no space.
        String withoutNumber = name.replaceAll("[\\s\\-_]*\\d+$", "");
        return PARTICIPANT_NAMES.contains(withoutNumber) || !name.contains(" ") && PARTICIPANT_CODE.matcher(name).matches();
    }

    private static List<InterviewerProposal> byQuestions(ImportedTranscript transcript) {
        Map<String, int[]> bySpeaker = new LinkedHashMap<>(); // questions, turns, words
        int questions = 0;
        for (SpeakerTurn turn : transcript.turns()) {
            String words = spokenWords(transcript.text().substring(turn.start(), turn.end()));
            int[] counts = bySpeaker.computeIfAbsent(turn.speaker(), speaker -> new int[3]);
            boolean question = words.endsWith("?");
            counts[0] += question ? 1 : 0;
            counts[1]++;
            counts[2] += wordCount(words);
            questions += question ? 1 : 0;
        }
        if (bySpeaker.size() < 2 || questions < MIN_QUESTIONS) {
            return List.of();
        }
        String asker = null;
        for (Map.Entry<String, int[]> entry : bySpeaker.entrySet()) {
            if (asker == null || entry.getValue()[0] > bySpeaker.get(asker)[0]) {
                asker = entry.getKey();
            }
        }
        int[] own = bySpeaker.get(asker);
        int otherTurns = 0;
        int otherWords = 0;
        for (Map.Entry<String, int[]> entry : bySpeaker.entrySet()) {
            if (!entry.getKey().equals(asker)) {
                otherTurns += entry.getValue()[1];
                otherWords += entry.getValue()[2];
            }
        }
        double ownMean = (double) own[2] / own[1];
        double otherMean = otherTurns == 0 ? 0 : (double) otherWords / otherTurns;
        if (own[0] * 2 <= questions || own[0] < MIN_QUESTIONS || ownMean >= otherMean) {
            return List.of();
        }
        return List.of(new InterviewerProposal(asker, String.format(Locale.ROOT,
                "asks %d of %d questions, in shorter turns (%.0f words on average, the others %.0f)",
                own[0], questions, ownMean, otherMean)));
    }

    /** The turn without its label. */
    private static String spokenWords(String turn) {
        String firstLine = turn.lines().findFirst().orElse("");
        int labelEnd = SpeakerLabel.find(firstLine).map(SpeakerLabel::textStart).orElse(0);
        return turn.substring(labelEnd).strip();
    }

    private static int wordCount(String text) {
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        words.removeIf(String::isEmpty);
        return words.size();
    }
}
