package org.grounded.search;

import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Project;

/**
 * Benchmark, not a test: counts the words of 1,000 generated interview transcripts (a third each
 * in Spanish, English and Malay, 4,000 words each) as the word-frequency window does (the whole
 * project, then one participant) and as {@code grounded words --by participant} does. Target: the
 * whole project under 5 s on 2 cores (the window counts in the background, with progress).
 * Run with {@code mvn -B -Pbench test-compile exec:java -Dbench=words}; arguments (optional):
 * transcripts, words per transcript, repetitions.
 */
public final class WordsBench {

    private WordsBench() {
    }

    public static void main(String[] args) {
        int transcripts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Project project = StudyGenerator.generate(new StudySize(transcripts, words, 3, 0, transcripts), 42);
        System.out.printf("%,d transcripts, %,d words%n", transcripts, (long) transcripts * words);
        WordRequest whole = WordRequest.everyWord();
        WordRequest oneParticipant = whole.withScope(WordScope.of(WordScope.Kind.PARTICIPANT,
                project.participants().iterator().next().id()));
        WordRequest byParticipant = whole.withColumns(WordGrouping.PARTICIPANT);
        WordFrequencies.count(project, whole); // warm up
        time("whole project (the window's default)", project, whole, repetitions);
        time("one participant", project, oneParticipant, repetitions);
        time("a column per participant (grounded words --by participant)", project, byParticipant, repetitions);
    }

    private static void time(String what, Project project, WordRequest request, int repetitions) {
        double best = Double.MAX_VALUE;
        WordCounts counts = null;
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            counts = WordFrequencies.count(project, request);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("%s: %.2f s best of %d (%,d words counted, %,d different)%s%n", what, best, repetitions,
                counts.words(), counts.rows().size(), request.equals(WordRequest.everyWord()) ? " (target < 5 s)" : "");
    }
}
