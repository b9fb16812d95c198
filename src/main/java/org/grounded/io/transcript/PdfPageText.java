package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a PDF's pages into the text of the transcript: whitespace runs (a font that
 * writes tabs between words) become one space; page numbers ("1/5", "Page 3 of 12", "- 4 -", a
 * lone number) and lines repeated at the top or bottom of most pages (headers, footers) are
 * dropped; the paragraph numbers MAXQDA and NVivo print in the margin are dropped, each
 * numbered paragraph starting after a blank line. What is dropped is counted for the notes;
 * words of the pages' body are never dropped.
 */
final class PdfPageText {

    /** How many lines at the top and at the bottom of a page may be page furniture. */
    private static final int EDGE_LINES = 2;

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:-\\s*\\d{1,4}\\s*-|(?:page|p\\.|seite|página|pagina|halaman|hlm\\.)?\\s*\\d{1,4}"
                    + "(?:\\s*(?:/|of|von|de|dari|sur)\\s*\\d{1,4})?|\\[\\d{1,4}])");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})(?: (.*))?");

    /** How many page numbers, header or footer lines and paragraph numbers were dropped. */
    record Cleaned(String text, int pageNumbers, int repeatedLines, int paragraphNumbers) {

        String note() {
            List<String> parts = new ArrayList<>();
            if (pageNumbers > 0) {
                parts.add(pageNumbers + " page number(s)");
            }
            if (repeatedLines > 0) {
                parts.add(repeatedLines + " header or footer line(s) repeated on the pages");
            }
            if (paragraphNumbers > 0) {
                parts.add(paragraphNumbers + " paragraph number(s)");
            }
            return parts.isEmpty() ? "" : "Left out of the PDF's text: " + String.join(", ", parts) + ".";
        }
    }

    private PdfPageText() {
    }

    static Cleaned clean(List<String> pageTexts) {
        List<List<String>> pages = new ArrayList<>();
        for (String pageText : pageTexts) {
            List<String> lines = new ArrayList<>();
            for (String line : pageText.split("\n", -1)) {
                lines.add(WHITESPACE_RUN.matcher(line).replaceAll(" ").strip());
            }
            // The end of a page is no paragraph break: a sentence the page cut goes on on the next page.
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            while (!lines.isEmpty() && lines.get(0).isEmpty()) {
                lines.remove(0);
            }
            pages.add(lines);
        }
        int pageNumbers = 0;
        int repeated = 0;
        Map<String, Integer> edgeKeys = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> keys = new HashSet<>();
            for (int index : edgeIndexes(lines)) {
                keys.add(furnitureKey(lines.get(index)));
            }
            keys.forEach(key -> edgeKeys.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<String> body = new ArrayList<>();
        for (List<String> lines : pages) {
            Set<Integer> edges = new HashSet<>(edgeIndexes(lines));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (edges.contains(i) && PAGE_NUMBER.matcher(line).matches()) {
                    pageNumbers++;
                } else if (edges.contains(i) && pages.size() >= 2 && edgeKeys.getOrDefault(furnitureKey(line), 0) >= needed
                        && SpeakerLabel.find(line).isEmpty()) {
                    repeated++;
                } else {
                    body.add(line);
                }
            }
        }
        return withoutParagraphNumbers(body, pageNumbers, repeated);
    }

    /** The first and last non-blank lines of a page. */
    private static List<Integer> edgeIndexes(List<String> lines) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> edges = new java.util.LinkedHashSet<>();
        for (int k = 0; k < Math.min(EDGE_LINES, nonBlank.size()); k++) {
            edges.add(nonBlank.get(k));
            edges.add(nonBlank.get(nonBlank.size() - 1 - k));
        }
        return new ArrayList<>(edges);
    }

    /** A header or footer is the same on every page but for its numbers. */
    private static String furnitureKey(String line) {
        return line.replaceAll("\\d+", "#");
    }

    /**
     * Paragraph numbers run 1, 2, 3 ... at the start of the lines that begin paragraphs (or alone on
     * a line of their own). A line that starts with a number is taken as numbered only when its
     * number continues the run (a gap of up to 3 for empty paragraphs), and the run is only
     * dropped when it has at least 3 numbers, so an answer that starts with "12 years ago" stays.
     */
    private static Cleaned withoutParagraphNumbers(List<String> lines, int pageNumbers, int repeated) {
        List<Integer> run = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher numbered = NUMBERED.matcher(lines.get(i));
            if (numbered.matches()) {
                int number = Integer.parseInt(numbered.group(1));
                if (number > last && number <= last + 3) {
                    run.add(i);
                    last = number;
                }
            }
        }
        if (run.size() < 3) {
            return new Cleaned(String.join("\n", lines), pageNumbers, repeated, 0);
        }
        Set<Integer> numberedLines = new HashSet<>(run);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!numberedLines.contains(i)) {
                out.add(line);
                continue;
            }
            String rest = NUMBERED.matcher(line).replaceFirst("$2");
            if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                out.add("");
            }
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return new Cleaned(String.join("\n", out), pageNumbers, repeated, run.size());
    }
}
