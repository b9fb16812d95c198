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
        if (length == 0) {
            return List.of();
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        List<Quotation> coded = new ArrayList<>();
        for (Quotation quotation : quotations) {
            if (quotation.end() <= length) {
                coded.add(quotation);
                cuts.add(quotation.start());
                cuts.add(quotation.end());
            }
        }
        for (TextRange label : speakerLabels) {
            cuts.add(label.start());
            cuts.add(label.end());
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
