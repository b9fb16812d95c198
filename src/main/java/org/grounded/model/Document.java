package org.grounded.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A transcript (or any other text) in the project. The full text lives in the project so that a
 * project is one self-contained file.
 *
 * @param sourceFileName the name of the file it was imported from ("" when typed in)
 * @param language       an ISO 639-1 code such as "es" or "ms", "" when unknown
 * @param turns          the speaker turns found at import, in text order
 * @param interviewers   speakers whose turns belong to no participant (the interviewer)
 */
public record Document(UUID id, String name, String text, String sourceFileName, Instant importedAt,
                       String language, Map<String, AttributeValue> attributes, List<SpeakerTurn> turns,
                       Set<String> interviewers) implements Entity {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(importedAt, "importedAt");
        name = Names.require(name, "document");
        text = Copies.text(text);
        sourceFileName = Copies.text(sourceFileName);
        language = Copies.text(language);
        attributes = Copies.orderedMap(attributes);
        turns = turns == null ? List.of() : List.copyOf(turns);
        interviewers = Copies.orderedSet(interviewers);
        for (SpeakerTurn turn : turns) {
            if (turn.end() > text.length()) {
                throw new IllegalArgumentException("Speaker turn of " + turn.speaker() + " ends at " + turn.end()
                        + ", past the end of document '" + name + "'");
            }
        }
        for (int i = 1; i < turns.size(); i++) {
            if (turns.get(i).start() < turns.get(i - 1).end()) {
                throw new IllegalArgumentException("Speaker turns of document '" + name
                        + "' overlap or are not in text order");
            }
        }
    }

    public static Document of(String name, String text) {
        return new Document(UUID.randomUUID(), name, text, "", Instant.now(), "", Map.of(), List.of(), Set.of());
    }

    /** The distinct speaker names in order of first appearance. */
    public List<String> speakers() {
        return turns.stream().map(SpeakerTurn::speaker).distinct().toList();
    }

    /** The turn that contains the character at {@code offset}, if any. */
    public Optional<SpeakerTurn> turnAt(int offset) {
        int low = 0;
        int high = turns.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            SpeakerTurn turn = turns.get(mid);
            if (offset < turn.start()) {
                high = mid - 1;
            } else if (offset >= turn.end()) {
                low = mid + 1;
            } else {
                return Optional.of(turn);
            }
        }
        return Optional.empty();
    }

    /**
     * The index in {@link #turns()} of the first turn that ends after {@code offset} ({@code turns().size()}
     * when none does): where a scan of the turns overlapping a range starting at {@code offset} begins.
     * Turns are in text order and do not overlap, so this is a binary search.
     */
    public int firstTurnEndingAfter(int offset) {
        int low = 0;
        int high = turns.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (turns.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The turns that share at least one character with the range. */
    public List<SpeakerTurn> turnsOverlapping(int start, int end) {
        List<SpeakerTurn> result = new java.util.ArrayList<>(2);
        for (int i = firstTurnEndingAfter(start); i < turns.size() && turns.get(i).start() < end; i++) {
            if (turns.get(i).overlaps(start, end)) {
                result.add(turns.get(i));
            }
        }
        return result;
    }

    public Document withName(String newName) {
        return new Document(id, newName, text, sourceFileName, importedAt, language, attributes, turns, interviewers);
    }

    public Document withInterviewers(Set<String> newInterviewers) {
        return new Document(id, name, text, sourceFileName, importedAt, language, attributes, turns, newInterviewers);
    }

    public Document withAttributes(Map<String, AttributeValue> newAttributes) {
        return new Document(id, name, text, sourceFileName, importedAt, language, newAttributes, turns, interviewers);
    }

    public Document withLanguage(String newLanguage) {
        return new Document(id, name, text, sourceFileName, importedAt, newLanguage, attributes, turns, interviewers);
    }

    /** Word count, counted as runs of letters or digits, for the documents pane. */
    public int wordCount() {
        return wordCount(text);
    }

    /** Runs of letters or digits: how Grounded counts words everywhere (documents pane, import summary). */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean wordChar;
            // ASCII first: the documents pane counts every transcript when a study opens (issue 21).
            if (c < 128) {
                wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                wordChar = Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(i + 1)));
                i++;
            } else {
                wordChar = Character.isLetterOrDigit(c);
            }
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String toString() {
        return "Document[" + name + ", " + text.length() + " chars]";
    }
}
