package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grounded.model.SpeakerTurn;

/**
 * Writes subtitle cues as a transcript that reads like one: a paragraph per turn, written
 * {@code Name: text}, a blank line between turns, and a {@link SpeakerTurn} on each such
 * paragraph. Consecutive cues of the same speaker become one turn. The speaker comes from the
 * cue's voice tag, or from a {@code Name:} label at the start of the cue (Zoom, Otter) when
 * {@link SpeakerNameVote} accepts it. Cues with no speaker are kept, one line each, outside any
 * turn.
 *
 * @param cueCount how many cues (voices) were read
 */
record SubtitleTranscript(String text, List<SpeakerTurn> turns, int cueCount) {

    SubtitleTranscript {
        turns = List.copyOf(turns);
    }

    static SubtitleTranscript of(List<SubtitleCue> cues) {
        List<SubtitleCue> spoken = withSpeakers(cues);
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new ArrayList<>();
        int i = 0;
        while (i < spoken.size()) {
            String speaker = spoken.get(i).speaker();
            StringBuilder paragraph = new StringBuilder();
            int j = i;
            while (j < spoken.size() && spoken.get(j).speaker().equals(speaker)) {
                if (j > i) {
                    paragraph.append(speaker.isEmpty() ? '\n' : ' ');
                }
                paragraph.append(spoken.get(j).text());
                j++;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            if (!speaker.isEmpty()) {
                text.append(speaker).append(": ");
            }
            text.append(paragraph);
            if (!speaker.isEmpty()) {
                turns.add(new SpeakerTurn(start, text.length(), speaker));
            }
            i = j;
        }
        return new SubtitleTranscript(text.toString(), turns, cues.size());
    }

    /** Gives every cue its speaker: voice tags first, then accepted {@code Name:} labels. */
    private static List<SubtitleCue> withSpeakers(List<SubtitleCue> cues) {
        SpeakerNameVote vote = new SpeakerNameVote();
        for (SubtitleCue cue : cues) {
            if (cue.speaker().isEmpty()) {
                vote.count(SpeakerLabel.find(cue.text()));
            }
        }
        Map<String, String> spellings = new LinkedHashMap<>();
        List<SubtitleCue> result = new ArrayList<>(cues.size());
        for (SubtitleCue cue : cues) {
            if (!cue.speaker().isEmpty()) {
                String speaker = spellings.computeIfAbsent(SpeakerLabel.key(cue.speaker()), key -> cue.speaker());
                result.add(new SubtitleCue(speaker, cue.text()));
                continue;
            }
            Optional<SpeakerLabel> label = SpeakerLabel.find(cue.text());
            Optional<String> speaker = label.flatMap(vote::speaker);
            if (speaker.isPresent()) {
                String name = spellings.computeIfAbsent(SpeakerLabel.key(speaker.get()), key -> speaker.get());
                String words = cue.text().substring(label.get().textStart()).strip();
                if (!words.isEmpty()) {
                    result.add(new SubtitleCue(name, words));
                }
            } else {
                result.add(cue);
            }
        }
        return result;
    }
}
