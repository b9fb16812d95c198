package org.grounded.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;

/**
 * Counts words the way the index cuts them (Unicode word boundaries, lower case), leaving out
 * numbers, emoji and the stop words of each document's language (Lucene's lists) plus the
 * project's own. By participant, a passage counts for the participants whose words it is (the
 * interviewer's words count for nobody); by group, for the participant groups of those participants.
 */
public final class WordFrequencies {

    private WordFrequencies() {
    }

    /** @param top the most frequent words to keep; 0 for all */
    public static WordCounts count(Project project, WordGrouping by, Set<String> projectStopWords, int top) {
        ParticipantAttribution attribution = ParticipantAttribution.of(project);
        Map<UUID, String> columns = columns(project, by);
        List<UUID> columnIds = List.copyOf(columns.keySet());
        Map<UUID, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columnIds.size(); i++) {
            columnIndex.put(columnIds.get(i), i);
        }
        Set<String> extra = new java.util.HashSet<>();
        projectStopWords.forEach(word -> extra.add(word.strip().toLowerCase(Locale.ROOT)));
        Map<String, int[]> counts = new HashMap<>();
        for (Document document : project.documents()) {
            CharArraySet stopWords = StemLanguage.of(document.language()).stopWords();
            for (Passage passage : Passages.of(document, attribution)) {
                List<Integer> targets = targets(project, by, document, passage, columnIndex);
                if (targets.isEmpty()) {
                    continue;
                }
                for (String word : words(document.text().substring(withoutSpeakerLabel(document, passage), passage.end()))) {
                    if (stopWords.contains(word) || extra.contains(word)) {
                        continue;
                    }
                    int[] row = counts.computeIfAbsent(word, w -> new int[columnIds.size()]);
                    targets.forEach(column -> row[column]++);
                }
            }
        }
        List<WordCounts.Row> rows = new ArrayList<>();
        counts.forEach((word, row) -> rows.add(new WordCounts.Row(word,
                java.util.Arrays.stream(row).boxed().toList(), java.util.Arrays.stream(row).sum())));
        rows.sort(Comparator.comparingInt(WordCounts.Row::total).reversed().thenComparing(WordCounts.Row::word));
        return new WordCounts(List.copyOf(columns.values()), top > 0 && rows.size() > top ? rows.subList(0, top) : rows);
    }

    private static Map<UUID, String> columns(Project project, WordGrouping by) {
        Map<UUID, String> columns = new LinkedHashMap<>();
        switch (by) {
            case DOCUMENT -> project.documents().forEach(d -> columns.put(d.id(), d.name()));
            case PARTICIPANT -> project.participants().forEach(p -> columns.put(p.id(), p.name()));
            case GROUP -> project.groups(GroupKind.PARTICIPANT).forEach(g -> columns.put(g.id(), g.name()));
        }
        return columns;
    }

    private static List<Integer> targets(Project project, WordGrouping by, Document document, Passage passage,
                                         Map<UUID, Integer> columnIndex) {
        Collection<UUID> owners = switch (by) {
            case DOCUMENT -> List.of(document.id());
            case PARTICIPANT -> passage.participantIds();
            case GROUP -> project.groups(GroupKind.PARTICIPANT).stream()
                    .filter(group -> passage.participantIds().stream().anyMatch(group.memberIds()::contains))
                    .map(Group::id).toList();
        };
        return owners.stream().map(columnIndex::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Where a passage's own words start: after "Name:" when it is a speaker turn, whose label is no word of it. */
    private static int withoutSpeakerLabel(Document document, Passage passage) {
        return document.turnAt(passage.start())
                .filter(turn -> turn.start() == passage.start()
                        && document.text().startsWith(turn.speaker() + ":", passage.start()))
                .map(turn -> Math.min(passage.end(), passage.start() + turn.speaker().length() + 1))
                .orElse(passage.start());
    }

    /** The words of a text: runs the standard tokenizer, keeps tokens with a letter, lower case. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StandardTokenizer tokenizer = new StandardTokenizer();
        try (TokenStream stream = new LowerCaseFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return words;
    }
}
