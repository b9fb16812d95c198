package org.grounded.io.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Name:} label at the start of a line, the way transcripts mark who speaks
 * ("Interviewer:", "María José:", "P1:", "Dr. Lim:", "**Ana:**" in Markdown, "Enquêteur :" with
 * French spacing). Finding a label is only a candidate: {@link SpeakerNameVote} decides which
 * candidate names are speakers.
 *
 * @param name      the speaker's name as written, without markup
 * @param textStart where the spoken text starts in the line, after the colon and its spaces
 */
record SpeakerLabel(String name, int textStart) {

    /** 1 to 4 words of letters, digits, dots, hyphens and apostrophes; the first starts with a letter. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\*\\*|__)?(?<name>\\p{L}[\\p{L}\\p{M}\\p{N}.'\u2019\\-]*(?: [\\p{L}\\p{M}\\p{N}.'\u2019\\-]+){0,3})"
                    + "(?:\\*\\*|__)?[ \u00A0]?:(?:\\*\\*|__)?(?:[ \t\u00A0]+|$)");

    static final int MAX_NAME_LENGTH = 40;

    /**
     * Words that head a line with a colon in prose and notes but never name a speaker
     * ("Note: ...", "Date: ..."), in the study languages.
     */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "note", "notes", "nota", "notas", "notiz", "catatan", "nb", "n.b.", "ps", "p.s.", "pd",
            "date", "fecha", "data", "datum", "tarikh", "time", "hora", "heure", "zeit", "masa", "duration",
            "duración", "duração", "durée", "dauer", "tempoh", "location", "lugar", "lieu", "ort", "lokasi", "tempat",
            "subject", "asunto", "assunto", "objet", "betreff", "perkara", "re", "fwd", "from", "to", "cc",
            "source", "fuente", "fonte", "sumber", "quelle", "example", "ejemplo", "exemplo", "exemple", "beispiel",
            "contoh", "title", "título", "titre", "titel", "tajuk", "transcript", "transcription", "transcripción",
            "transcrição", "transkript", "transkrip", "summary", "resumen", "resumo", "résumé", "ringkasan",
            "keywords", "warning", "important", "tip", "http", "https", "mailto");

    static Optional<SpeakerLabel> find(String line) {
        Matcher matcher = LABEL.matcher(line);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String name = matcher.group("name").strip();
        if (name.length() > MAX_NAME_LENGTH || NOT_SPEAKERS.contains(key(name))) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerLabel(name, matcher.end()));
    }

    /** Names are the same speaker whatever their case: "INTERVIEWER" is "Interviewer". */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
