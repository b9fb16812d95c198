package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Joins the lines that a writer or a page width wrapped back into their paragraph, so that a
 * quotation reads as it was spoken. A line joins the one before it only when the one before was
 * cut by the width: the file's lines have a width (most lines end near it, and it is at least
 * {@value #MIN_WIDTH} characters), and the next line's first word would not have fitted after the
 * line before. A blank line, an indented line, a speaker label, a Markdown heading, rule or list
 * item always starts a new paragraph, and so does the line after a label that stands alone on
 * its line (Otter's "Name  0:03"). Joining only removes line breaks: every word stays.
 *
 * <p>A line that ends in a hyphen after a letter is joined without a space; in a PDF, where the
 * hyphen was put there by the typesetter, the hyphen goes too when the next line starts with a
 * small letter ("infor-" "mation" becomes "information").
 */
final class WrappedLines {

    /** Nobody wraps a transcript narrower than this; shorter lines are meant as they are. */
    static final int MIN_WIDTH = 40;

    /** Wider than this, lines are paragraphs of a word processor, not lines cut by a width. */
    private static final int MAX_WIDTH = 200;

    private static final Pattern BLOCK_START = Pattern.compile(
            "#{1,6}(?:[ \t].*)?|[ ]{0,3}([-*_])(?:[ \t]*\\1){2,}[ \t]*|[-*+\u2022][ \t].*|\\d{1,2}[.)][ \t].*|>.*|\\|.*");

    private WrappedLines() {
    }

    /**
     * @param typesetHyphens whether a hyphen at a line end was put there by a typesetter (PDF)
     *                       and goes when the word is joined
     */
    static String join(String text, boolean typesetHyphens) {
        String[] lines = text.split("\n", -1);
        int width = width(lines);
        // Proportional type makes the lines of a PDF end further from the width than a text editor's.
        double slack = typesetHyphens ? 0.72 : 0.85;
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return text;
        }
        List<String> out = new ArrayList<>(lines.length);
        StringBuilder paragraph = null;
        boolean paragraphClosed = true;
        int lastLineLength = 0;
        for (String line : lines) {
            boolean startsNew = paragraph == null || paragraphClosed || line.isBlank() || startsBlock(line)
                    || lastLineLength + 1 + firstWordLength(line) <= slack * width;
            if (startsNew) {
                if (paragraph != null) {
                    out.add(paragraph.toString());
                }
                paragraph = new StringBuilder(line);
            } else {
                appendWrapped(paragraph, line, typesetHyphens);
            }
            paragraphClosed = line.isBlank() || standsAlone(line);
            lastLineLength = line.strip().length();
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        return String.join("\n", out);
    }

    /** The width lines were wrapped at: the 90th percentile of the lengths of lines long enough to be wrapped ones. */
    static int width(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(line -> !line.isBlank()).mapToInt(line -> line.strip().length())
                .sorted().toArray();
        if (lengths.length < 3) {
            return 0;
        }
        return lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    }

    private static boolean startsBlock(String line) {
        if (Character.isWhitespace(line.charAt(0))) {
            return true;
        }
        return SpeakerLabel.find(line).isPresent() || BLOCK_START.matcher(line).matches();
    }

    /** A label alone on its line (Otter's "Name  0:03", "Ana:") or a heading: what follows is not its continuation. */
    private static boolean standsAlone(String line) {
        Optional<SpeakerLabel> label = SpeakerLabel.find(line);
        return label.isPresent() && line.substring(label.get().textStart()).isBlank()
                || line.startsWith("#");
    }

    private static int firstWordLength(String line) {
        String stripped = line.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped.length() : space;
    }

    private static void appendWrapped(StringBuilder paragraph, String line, boolean typesetHyphens) {
        int end = paragraph.length();
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        paragraph.setLength(end);
        String next = line.strip();
        boolean hyphen = end >= 2 && paragraph.charAt(end - 1) == '-' && Character.isLetter(paragraph.charAt(end - 2));
        if (hyphen && typesetHyphens && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
            paragraph.setLength(end - 1);
            paragraph.append(next);
        } else if (hyphen) {
            paragraph.append(next);
        } else {
            paragraph.append(' ').append(next);
        }
    }
}
