package org.grounded.io.transcript;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises speaker names that stand for the interviewer rather than a person studied:
 * "Interviewer", "Entrevistadora", "Pewawancara", "Penemu bual", "I", "Q", "Int.",
 * "Moderator", "Interviewer 2" and the like, in the study languages, whatever their case.
 */
final class InterviewerNames {

    private static final Set<String> NAMES = Set.of(
            "interviewer", "interviewers", "interviewerin", "i", "q", "int", "iv", "iwr", "moderator", "moderatorin",
            "facilitator", "researcher", "question", "questions", "host",
            "entrevistador", "entrevistadora", "entrevistadores", "moderador", "moderadora", "facilitador",
            "facilitadora", "investigador", "investigadora", "pesquisador", "pesquisadora", "pregunta", "pergunta", "e",
            "pewawancara", "penemu bual", "penemubual", "penyelidik", "pengkaji", "penyoal", "soalan", "fasilitator",
            "enquêteur", "enquêtrice", "intervieweur", "intervieweuse", "animateur", "animatrice", "chercheur",
            "chercheuse", "forscher", "forscherin", "interviewende", "interviewender", "frage");

    private InterviewerNames() {
    }

    static boolean isInterviewerLike(String speaker) {
        String name = speaker.strip().toLowerCase(Locale.ROOT);
        // "Int." and "Interviewer 2" or "I1" name the same role.
        name = name.replaceAll("[.:]+$", "").replaceAll("\\s*\\d+$", "").strip();
        return NAMES.contains(name);
    }
}
