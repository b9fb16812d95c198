package org.grounded.generate;

/**
 * How large a generated study is.
 *
 * @param documents    transcripts
 * @param words        words per transcript, speaker labels included (as {@code Document#wordCount} counts)
 * @param codes        codes in a three-level tree (themes, categories, codes)
 * @param quotations   quotations in all; every fifth has two codes and every fifth three, so there
 *                     are 1.6 codings per quotation
 * @param participants participants, each the speaker of turns in one or more transcripts
 */
public record StudySize(int documents, int words, int codes, int quotations, int participants) {

    /** Issue 13's large study: 1,000 transcripts of 8,000 words, 500 codes, 200,000 quotations, 200 participants. */
    public static final StudySize DEFAULT = new StudySize(1_000, 8_000, 500, 200_000, 200);

    /**
     * Long focus groups coded closely: 50 transcripts of 40,000 words, 300 codes and 2,500 quotations
     * (4,000 codings) in each, eight participants to a group.
     */
    public static final StudySize DENSE = new StudySize(50, 40_000, 300, 125_000, 400);

    /** Codings per quotation repeat this pattern: 8 codings in every 5 quotations. */
    static final int[] CODES_PER_QUOTATION = {1, 2, 1, 3, 1};

    public StudySize {
        require(documents >= 1, "documents", documents, "at least 1");
        require(words >= 50, "words", words, "at least 50 (a few speaker turns)");
        require(codes >= 3, "codes", codes, "at least 3 (one per level of the code tree)");
        require(quotations >= 0, "quotations", quotations, "0 or more");
        require(participants >= 1, "participants", participants, "at least 1");
        require((long) documents * words <= 200_000_000L, "documents x words", (long) documents * words,
                "at most 200,000,000");
    }

    private static void require(boolean holds, String what, long value, String expected) {
        if (!holds) {
            throw new IllegalArgumentException("The number of " + what + " must be " + expected + ", not " + value);
        }
    }

    /** How many codings {@code quotations} quotations hold. */
    public long codings() {
        long whole = quotations / CODES_PER_QUOTATION.length;
        long codings = whole * 8;
        for (int i = 0; i < quotations % CODES_PER_QUOTATION.length; i++) {
            codings += CODES_PER_QUOTATION[i];
        }
        return codings;
    }

    public StudySize withDocuments(int value) {
        return new StudySize(value, words, codes, quotations, participants);
    }

    public StudySize withWords(int value) {
        return new StudySize(documents, value, codes, quotations, participants);
    }

    public StudySize withCodes(int value) {
        return new StudySize(documents, words, value, quotations, participants);
    }

    public StudySize withQuotations(int value) {
        return new StudySize(documents, words, codes, value, participants);
    }

    public StudySize withParticipants(int value) {
        return new StudySize(documents, words, codes, quotations, value);
    }
}
