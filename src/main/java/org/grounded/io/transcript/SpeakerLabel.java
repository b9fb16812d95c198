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
 * candidate names are speakers. The forms of transcription services are labels too: a time before
 * the name ({@code [00:01:02] Ana: ...}), a time after it (Rev: {@code Ana (00:01:02): ...}), and
 * Otter's line of name and time ({@code Ana  0:03}) with the turn on the lines that follow.
 *
 * @param name      the speaker's name as written, without markup
 * @param textStart where the spoken text starts in the line, after the colon and its spaces (the
 *                  line's length for a label alone on its line)
 */
record SpeakerLabel(String name, int textStart) {

    /** A clock time as transcription services write it: "0:03", "00:01:02", "01:02.5". */
    private static final String CLOCK = "\\d{1,2}(?::\\d{2}){1,2}(?:[.,]\\d{1,3})?";

    /** 1 to 4 words of letters, digits, dots, hyphens and apostrophes; the first starts with a letter. */
    private static final String NAME = "(?<name>\\p{L}[\\p{L}\\p{M}\\p{N}.'\u2019\\-]*(?: [\\p{L}\\p{M}\\p{N}.'\u2019\\-]+){0,3})";

    /**
     * {@code Name: text}, {@code NAME: text}, {@code **Name:**} (Markdown), {@code [00:01:02] Name: text}
     * (a time before the name) and {@code Name (00:01:02): text} (Rev).
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\[" + CLOCK + "\\][ \t]*)?(?:\\*\\*|__)?" + NAME
                    + "(?:\\*\\*|__)?(?:[ \t]*\\(" + CLOCK + "\\))?[ \u00A0]?:(?:\\*\\*|__)?(?:[ \t\u00A0]+|$)");

    /** Otter's header line: the name, two spaces and the time, alone on its line; the turn follows on the next lines. */
    private static final Pattern HEADER_LINE = Pattern.compile("^" + NAME + "[ \t]{1,4}" + CLOCK + "[ \t]*$");

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
            matcher = HEADER_LINE.matcher(line);
            if (!matcher.matches()) {
                return Optional.empty();
            }
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
