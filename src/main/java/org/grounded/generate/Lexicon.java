package org.grounded.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One language's words by frequency rank, drawn by Zipf's law (s = 1): its function words first,
 * then the topic words of a milk-donation study spread over ranks 20 to 400 as content words are in
 * real interviews, then made-up words of one to four syllables, shorter where more frequent, so that
 * word lengths and the vocabulary's long tail look like speech.
 */
final class Lexicon {

    static final int SIZE = 3_000;
    private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi "
            + "mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu an en in on ar er")
            .split(" ");

    /** The topic words of each language, then its function words (the last fifteen). */
    static final String SPANISH = "leche donación donar banco madre hijo hospital miedo ayuda familia semana bebé "
            + "lactancia mamá enfermera sala pecho cuerpo tiempo noche día casa trabajo amiga comunidad "
            + "el la de que y en los las por con para una un es fue me mi pero porque muy";
    static final String ENGLISH = "milk donation donate bank mother son hospital fear help family week baby "
            + "breastfeeding mum nurse ward breast body time night day home work friend community donor donors "
            + "the of and to in a it was that i my but because very so";
    static final String MALAY = "susu menderma pendermaan bank ibu anak hospital takut bantuan keluarga minggu bayi "
            + "penyusuan mak jururawat wad badan masa malam hari rumah kerja kawan masyarakat "
            + "yang dan di itu saya untuk dengan ini tidak ada";

    private final String[] words;
    private final double[] cumulative;

    private Lexicon(String[] words) {
        this.words = words;
        this.cumulative = zipf(words.length);
    }

    static Lexicon of(String topicAndFunctionWords, Random random) {
        String[] given = topicAndFunctionWords.split(" ");
        List<String> topic = new ArrayList<>(Arrays.asList(given).subList(0, given.length - 15));
        List<String> lexicon = new ArrayList<>(Arrays.asList(given).subList(given.length - 15, given.length));
        while (lexicon.size() < SIZE - topic.size()) {
            int rank = lexicon.size();
            int syllables = rank < 200 ? 1 + random.nextInt(2) : rank < 1_000 ? 2 + random.nextInt(2) : 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            lexicon.add(word.toString());
        }
        for (int i = 0; i < topic.size(); i++) {
            lexicon.add(20 + i * 380 / topic.size(), topic.get(i));
        }
        return new Lexicon(lexicon.toArray(String[]::new));
    }

    String draw(Random random) {
        int rank = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(words.length - 1, rank < 0 ? -rank - 1 : rank)];
    }

    /** A word of the frequent content words (ranks 20 to 400), for code names and queries. */
    String contentWord(Random random) {
        return words[20 + random.nextInt(380)];
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }
}
