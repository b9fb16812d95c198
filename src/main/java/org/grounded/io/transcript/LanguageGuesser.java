package org.grounded.io.transcript;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a transcript (ISO 639-1) from how often each language's commonest
 * words occur: English, Spanish, Malay, Portuguese, French and German, the languages of the
 * studies Grounded serves. Words that two of these languages share ("de", "que", "la", "en",
 * "no", "a") are in no list, so they cannot tip the balance. Says "" when the text is short, or
 * when no language clearly leads (a transcript that switches between Malay and English half
 * the time).
 */
final class LanguageGuesser {

    private static final Map<String, Set<String>> STOPWORDS = stopwords();

    /** Enough words to be sure, few enough to stay fast on a long transcript. */
    private static final int MAX_WORDS = 20_000;
    private static final int MIN_HITS = 5;
    private static final double MIN_SHARE = 0.05;
    private static final double MIN_LEAD = 1.5;

    private LanguageGuesser() {
    }

    static String guess(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        STOPWORDS.keySet().forEach(language -> hits.put(language, 0));
        int words = 0;
        int i = 0;
        while (i < text.length() && words < MAX_WORDS) {
            while (i < text.length() && !Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                words++;
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                STOPWORDS.forEach((language, list) -> {
                    if (list.contains(word)) {
                        hits.merge(language, 1, Integer::sum);
                    }
                });
            }
        }
        String best = "";
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                bestHits = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        boolean sure = bestHits >= MIN_HITS && bestHits >= MIN_SHARE * words && bestHits >= MIN_LEAD * secondHits;
        return sure ? best : "";
    }

    private static Map<String, Set<String>> stopwords() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        lists.put("en", Set.of("the", "and", "is", "of", "to", "that", "it", "you", "was", "for", "with", "my",
                "have", "but", "this", "they", "what", "we", "are", "be", "not", "because", "when", "there",
                "she", "he", "her", "his", "would", "about", "just", "like", "very", "also", "did", "were", "your"));
        lists.put("es", Set.of("el", "los", "las", "y", "una", "es", "por", "con", "pero", "muy", "yo", "mi", "lo",
                "su", "del", "al", "como", "más", "fue", "también", "cuando", "pues", "eso", "esta",
                "hay", "ya", "sí", "bueno", "entonces", "tengo", "mis", "ella", "todo", "nos"));
        lists.put("ms", Set.of("yang", "dan", "di", "ini", "itu", "saya", "tidak", "dengan", "untuk", "ada", "kami",
                "dia", "akan", "dalam", "pada", "juga", "sudah", "boleh", "kita", "ke", "nak", "tak", "sebab", "lah",
                "pun", "dah", "tu", "ni", "macam", "kalau", "sangat", "banyak", "mereka", "atau", "bila", "daripada"));
        lists.put("pt", Set.of("o", "os", "e", "não", "um", "uma", "do", "da", "dos", "das", "em", "na", "com",
                "eu", "é", "foi", "mas", "muito", "ele", "isso", "então", "também", "quando", "você", "meu", "minha",
                "ao", "pelo", "pela", "tem", "já", "sim", "nós", "seu", "sua"));
        lists.put("fr", Set.of("le", "les", "des", "et", "est", "une", "je", "pas", "il", "elle", "nous", "vous",
                "dans", "pour", "sur", "avec", "qui", "ce", "mais", "du", "au", "très", "ai", "était",
                "parce", "quand", "aussi", "ça", "mon", "ma", "mes", "ils", "oui", "bien", "être"));
        lists.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "ein", "eine", "zu", "mit", "auf",
                "den", "dem", "wir", "auch", "aber", "sich", "von", "für", "war", "hat", "wie", "noch", "dass", "ja",
                "sehr", "mein", "meine", "habe", "wenn", "weil", "dann", "wurde", "bin", "sind"));
        return Map.copyOf(lists);
    }
}
