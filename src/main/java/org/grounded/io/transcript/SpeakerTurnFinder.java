package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.grounded.model.SpeakerTurn;

/**
 * Finds the speaker turns of a plain transcript: a turn starts at a line that begins with an
 * accepted {@code Name:} label (see {@link SpeakerLabel} and {@link SpeakerNameVote}) and runs,
 * over as many lines and paragraphs as follow, until the next turn starts; its end leaves out
 * trailing blank lines and spaces. Text before the first label belongs to no turn, and so do
 * Markdown headings ({@code ## Post 2}) and rules ({@code ---}): they end the turn before them,
 * since they mark a new section rather than more words of the same speaker.
 *
 * <p>Turns start at line starts and end after a non-space character, so they never cut a
 * surrogate pair (an emoji) in half.
 */
final class SpeakerTurnFinder {

    /** A Markdown heading ("# Title", "## Post 2") or thematic break ("---", "* * *"). */
    private static final Pattern SECTION_BREAK = Pattern.compile("#{1,6}(?:[ \t].*)?|[ ]{0,3}([-*_])(?:[ \t]*\\1){2,}[ \t]*");

    private SpeakerTurnFinder() {
    }

    static List<SpeakerTurn> find(String text) {
        List<Line> lines = lines(text);
        SpeakerNameVote vote = new SpeakerNameVote();
        for (Line line : lines) {
            if (!line.blank()) {
                vote.count(line.label());
            }
        }
        List<SpeakerTurn> turns = new ArrayList<>();
        int turnStart = -1;
        String speaker = null;
        for (Line line : lines) {
            if (line.sectionBreak() && speaker != null) {
                turns.add(new SpeakerTurn(turnStart, endWithoutTrailingSpace(text, turnStart, line.start()), speaker));
                speaker = null;
                continue;
            }
            Optional<String> accepted = line.label().flatMap(vote::speaker);
            if (accepted.isPresent()) {
                if (speaker != null) {
                    turns.add(new SpeakerTurn(turnStart, endWithoutTrailingSpace(text, turnStart, line.start()), speaker));
                }
                turnStart = line.start();
                speaker = accepted.get();
            }
        }
        if (speaker != null) {
            turns.add(new SpeakerTurn(turnStart, endWithoutTrailingSpace(text, turnStart, text.length()), speaker));
        }
        return turns;
    }

    static int endWithoutTrailingSpace(String text, int start, int end) {
        int result = end;
        while (result > start && Character.isWhitespace(text.charAt(result - 1))) {
            result--;
        }
        return result;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String content = text.substring(start, end);
            boolean blank = content.isBlank();
            lines.add(new Line(start, blank, blank ? Optional.empty() : SpeakerLabel.find(content),
                    !blank && SECTION_BREAK.matcher(content).matches()));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private record Line(int start, boolean blank, Optional<SpeakerLabel> label, boolean sectionBreak) {
    }
}
