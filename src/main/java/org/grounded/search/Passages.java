package org.grounded.search;

import java.util.ArrayList;
import java.util.List;
import org.grounded.model.Document;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.SpeakerTurn;

/**
 * Cuts a document into the passages the index holds: each speaker turn whole, and the text outside
 * turns (or all of it, in a document without turns) paragraph by paragraph, a paragraph ending at
 * every line break as in {@link org.grounded.model.SelectionSnapping}. Blank stretches are left out.
 */
final class Passages {

    private Passages() {
    }

    static List<Passage> of(Document document, ParticipantAttribution attribution) {
        List<Passage> passages = new ArrayList<>();
        String text = document.text();
        int position = 0;
        for (SpeakerTurn turn : document.turns()) {
            paragraphs(document, attribution, position, turn.start(), passages);
            add(document, attribution, turn.start(), turn.end(), passages);
            position = turn.end();
        }
        paragraphs(document, attribution, position, text.length(), passages);
        return passages;
    }

    private static void paragraphs(Document document, ParticipantAttribution attribution, int from, int to,
                                   List<Passage> passages) {
        String text = document.text();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                add(document, attribution, start, i, passages);
                start = i + 1;
            }
        }
        add(document, attribution, start, to, passages);
    }

    private static void add(Document document, ParticipantAttribution attribution, int start, int end,
                            List<Passage> passages) {
        String text = document.text();
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            passages.add(new Passage(document.id(), from, to,
                    attribution.participantsOf(document.id(), from, to)));
        }
    }
}
