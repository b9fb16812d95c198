package org.grounded.ui.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerTurn;

/**
 * Computes the style runs of a transcript: speaker names in bold, coded passages tinted in their
 * code's colour. Pure and linear in the text and quotations, so a long transcript restyles fast.
 */
public final class TranscriptStyler {

    private TranscriptStyler() {
    }

    /**
     * @param codeColours the colour of each code by id; a quotation is tinted with its first code's
     */
    public static List<TranscriptStyle.Run> runs(Document document, Collection<Quotation> quotations,
                                                 Map<java.util.UUID, Code> codeColours) {
        return runs(document.text().length(), speakerLabels(document), quotations, codeColours);
    }

    /**
     * The style runs from speaker labels found beforehand ({@link #speakerLabels}, which only
     * change with the text), so that restyling after an edit costs in the number of quotations
     * and turns, not in the length of the text.
     */
    public static List<TranscriptStyle.Run> runs(int length, List<TextRange> speakerLabels,
                                                 Collection<Quotation> quotations,
                                                 Map<java.util.UUID, Code> codeColours) {
        return runs(length, speakerLabels, quotations, codeColours, new TextRange(0, length));
    }

    /**
     * The styles after an edit that changed these quotations only: the runs before, with the
     * stretch {@link #touched} found made anew from the quotations over it, so that coding one
     * passage costs in the quotations around it, not in the document's (the whole document's
     * runs, {@link #runs}, are what this must equal).
     *
     * @param before  the runs of the text before the edit, covering all {@code length} characters
     * @param stretch the stretch whose styles may have changed
     */
    public static List<TranscriptStyle.Run> restyled(List<TranscriptStyle.Run> before, int length,
                                                     List<TextRange> speakerLabels, Collection<Quotation> quotations,
                                                     Map<java.util.UUID, Code> codeColours, TextRange stretch) {
        if (stretch.length() == 0 || length == 0) {
            return before;
        }
        return StyleRuns.splice(before, stretch,
                runs(length, speakerLabels, quotations, codeColours, stretch));
    }

    /**
     * The stretch of text whose styles can differ between two lists of a document's quotations: from
     * the first to the last character of the quotations in one list and not in the other (a
     * zero-length stretch when none); empty when the change reaches further, because a code of a
     * quotation kept changed colour (or was made or deleted), which can tint it anywhere.
     */
    public static java.util.Optional<TextRange> touched(List<Quotation> before, List<Quotation> after,
                                                        Map<java.util.UUID, Code> codesBefore,
                                                        Map<java.util.UUID, Code> codesAfter) {
        java.util.Set<Quotation> kept = new java.util.HashSet<>(before);
        kept.retainAll(new java.util.HashSet<>(after));
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (List<Quotation> side : List.of(before, after)) {
            for (Quotation quotation : side) {
                if (!kept.contains(quotation)) {
                    from = Math.min(from, quotation.start());
                    to = Math.max(to, quotation.end());
                }
            }
        }
        for (Quotation quotation : kept) {
            for (java.util.UUID codeId : quotation.codeIds()) {
                Code was = codesBefore.get(codeId);
                Code is = codesAfter.get(codeId);
                if (was == null ? is != null : is == null || !was.colour().equals(is.colour())) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.of(from > to ? new TextRange(0, 0) : new TextRange(from, to));
    }

    /** The runs of {@code [window.start, window.end)} of the text only; their lengths add up to the window's. */
    private static List<TranscriptStyle.Run> runs(int length, List<TextRange> speakerLabels,
                                                  Collection<Quotation> quotations,
                                                  Map<java.util.UUID, Code> codeColours, TextRange window) {
        int windowEnd = Math.min(window.end(), length);
        if (window.start() >= windowEnd) {
            return List.of();
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(window.start());
        cuts.add(windowEnd);
        List<Quotation> coded = new ArrayList<>();
        for (Quotation quotation : quotations) {
            if (quotation.end() <= length && quotation.start() < windowEnd && quotation.end() > window.start()) {
                coded.add(quotation);
                cut(cuts, quotation.start(), window.start(), windowEnd);
                cut(cuts, quotation.end(), window.start(), windowEnd);
            }
        }
        for (TextRange label : speakerLabels) {
            cut(cuts, label.start(), window.start(), windowEnd);
            cut(cuts, label.end(), window.start(), windowEnd);
        }
        Integer[] points = cuts.toArray(Integer[]::new);
        // Quotations by start, swept left to right; active ones are few, so a list suffices.
        coded.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quotation> active = new ArrayList<>();
        int next = 0;
        int label = 0;
        List<TranscriptStyle.Run> runs = new ArrayList<>();
        for (int p = 0; p + 1 < points.length; p++) {
            int from = points[p];
            int to = points[p + 1];
            active.removeIf(quotation -> quotation.end() <= from);
            while (next < coded.size() && coded.get(next).start() <= from) {
                if (coded.get(next).end() > from) {
                    active.add(coded.get(next));
                }
                next++;
            }
            while (label < speakerLabels.size() && speakerLabels.get(label).end() <= from) {
                label++;
            }
            boolean speaker = label < speakerLabels.size() && speakerLabels.get(label).start() <= from;
            String colour = "";
            Quotation innermost = null;
            for (Quotation quotation : active) {
                if (innermost == null || quotation.length() < innermost.length()) {
                    innermost = quotation;
                }
            }
            if (innermost != null) {
                colour = innermost.codeIds().stream().map(codeColours::get).filter(java.util.Objects::nonNull)
                        .map(Code::colour).findFirst().orElse(Code.DEFAULT_COLOUR);
            }
            append(runs, to - from, new TranscriptStyle(speaker, colour, active.size()));
        }
        return runs;
    }

    private static void cut(TreeSet<Integer> cuts, int at, int from, int to) {
        if (at > from && at < to) {
            cuts.add(at);
        }
    }

    /** The speaker labels of a document's turns ("Ana:"), in text order and not overlapping. */
    public static List<TextRange> speakerLabels(Document document) {
        boolean[] mask = speakerMask(document.text(), document.turns());
        List<TextRange> labels = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= mask.length; i++) {
            boolean on = i < mask.length && mask[i];
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                labels.add(new TextRange(start, i));
                start = -1;
            }
        }
        return labels;
    }

    private static void append(List<TranscriptStyle.Run> runs, int length, TranscriptStyle style) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).style().equals(style)) {
            TranscriptStyle.Run last = runs.remove(runs.size() - 1);
            runs.add(new TranscriptStyle.Run(last.length() + length, style));
        } else {
            runs.add(new TranscriptStyle.Run(length, style));
        }
    }

    /**
     * Marks the speaker label of each turn: "Ana:" at the start of the turn's line, or at the turn
     * itself when the importer kept the label inside the turn.
     */
    static boolean[] speakerMask(String text, List<SpeakerTurn> turns) {
        boolean[] mask = new boolean[text.length()];
        for (SpeakerTurn turn : turns) {
            String name = turn.speaker();
            if (name.isEmpty()) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, turn.start() - 1)) + 1;
            if (turn.start() == 0) {
                lineStart = 0;
            }
            int labelStart = -1;
            int labelEnd = -1;
            if (text.startsWith(name, lineStart)) {
                labelStart = lineStart;
                labelEnd = lineStart + name.length();
            } else if (text.startsWith(name, turn.start())) {
                labelStart = turn.start();
                labelEnd = turn.start() + name.length();
            } else {
                // A label written differently from the speaker's name ("**ANA:**"): up to its colon.
                int lineEnd = text.indexOf('\n', turn.start());
                int colon = text.indexOf(':', turn.start());
                if (colon > 0 && (lineEnd < 0 || colon < lineEnd) && colon - turn.start() <= name.length() + 8) {
                    labelStart = turn.start();
                    labelEnd = colon;
                }
            }
            if (labelStart < 0) {
                continue;
            }
            while (labelEnd < text.length() && (text.charAt(labelEnd) == ':' || text.charAt(labelEnd) == '*')) {
                labelEnd++;
            }
            Arrays.fill(mask, labelStart, Math.min(labelEnd, text.length()), true);
        }
        return mask;
    }
}
