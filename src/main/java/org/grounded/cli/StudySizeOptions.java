package org.grounded.cli;

import org.grounded.generate.StudySize;
import picocli.CommandLine.Option;

/** The size of a generated study, for {@code generate} and {@code bench} (a picocli mixin). */
final class StudySizeOptions {

    @Option(names = "--documents", paramLabel = "D", description = "transcripts (default 1,000; dense 50)")
    Integer documents;

    @Option(names = "--words", paramLabel = "W", description = "words per transcript, speaker labels included "
            + "(default 8,000; dense 40,000)")
    Integer words;

    @Option(names = "--codes", paramLabel = "C", description = "codes in a three-level tree (default 500; dense 300)")
    Integer codes;

    @Option(names = "--quotations", paramLabel = "Q", description = "quotations in all, 1.6 codings each on "
            + "average (default 200,000; dense 125,000: 4,000 codings per transcript)")
    Integer quotations;

    @Option(names = "--participants", paramLabel = "P", description = "participants (default 200; dense 400, "
            + "eight to a focus group)")
    Integer participants;

    @Option(names = "--dense", description = "long focus groups coded closely: 50 transcripts of 40,000 words, "
            + "300 codes, 4,000 codings in each (the options above still change one number)")
    boolean dense;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "the same seed makes the same "
            + "study (default ${DEFAULT-VALUE})")
    long seed;

    /** The preset with the numbers given on the command line. */
    StudySize size() {
        StudySize size = dense ? StudySize.DENSE : StudySize.DEFAULT;
        if (documents != null) {
            size = size.withDocuments(documents);
        }
        if (words != null) {
            size = size.withWords(words);
        }
        if (codes != null) {
            size = size.withCodes(codes);
        }
        if (quotations != null) {
            size = size.withQuotations(quotations);
        }
        if (participants != null) {
            size = size.withParticipants(participants);
        }
        return size;
    }
}
