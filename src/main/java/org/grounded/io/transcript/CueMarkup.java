package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the payload of a subtitle cue: voice tags ({@code <v Name>}, as Microsoft Teams writes
 * them) say who speaks; every other tag ({@code <c>}, {@code <i>}, {@code <b>}, timestamps, SubRip's
 * {@code <font>} and {@code {\an8}} positioning) is dropped; the lines of a cue, wrapped for the
 * screen, become one line of text.
 */
final class CueMarkup {

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:[ \t]+([^>]*))?>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z0-9.:_][^>\\n]*>|</>|\\{\\\\[^}\\n]*}");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));");
    private static final Pattern SPACES = Pattern.compile("[ \t\u00A0]+");

    private CueMarkup() {
    }

    /** The voices of one WebVTT cue, in order; text outside any voice tag has speaker "". */
    static List<SubtitleCue> webVttVoices(List<String> payload) {
        return voices(String.join("\n", payload), true);
    }

    /** The voices of one SubRip cue; SubRip has no character references to decode. */
    static List<SubtitleCue> subRipVoices(List<String> payload) {
        return voices(String.join("\n", payload), false);
    }

    private static List<SubtitleCue> voices(String payload, boolean decodeEntities) {
        List<SubtitleCue> result = new ArrayList<>();
        Matcher voice = VOICE.matcher(payload);
        String speaker = "";
        int from = 0;
        while (voice.find()) {
            addIfSpoken(result, speaker, payload.substring(from, voice.start()), decodeEntities);
            speaker = voice.group(1) == null ? "" : SPACES.matcher(voice.group(1)).replaceAll(" ").strip();
            from = voice.end();
        }
        addIfSpoken(result, speaker, payload.substring(from), decodeEntities);
        return result;
    }

    private static void addIfSpoken(List<SubtitleCue> result, String speaker, String markup, boolean decodeEntities) {
        String text = TAG.matcher(markup).replaceAll("");
        if (decodeEntities) {
            text = decodeEntities(text);
        }
        text = SPACES.matcher(text.replace('\n', ' ')).replaceAll(" ").strip();
        if (!text.isEmpty()) {
            result.add(new SubtitleCue(speaker, text));
        }
    }

    /** The character references WebVTT defines for cue text, plus numeric ones. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int codePoint = numeric.group(1) != null
                    ? Integer.parseInt(numeric.group(1), 16) : Integer.parseInt(numeric.group(2));
            String replacement = Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)
                    ? new String(Character.toChars(codePoint)) : numeric.group();
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        numeric.appendTail(decoded);
        return decoded.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ")
                .replace("&lrm;", "")
                .replace("&rlm;", "")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
