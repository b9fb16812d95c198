package org.grounded.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.StopWordChanges;

/**
 * Counts words the way the index cuts them (Unicode word boundaries, lower case, a typographic
 * apostrophe read as {@code '}), leaving out numbers, emoji and, unless asked not to, the stop
 * words of each document's language ({@link StopWordLists}: the built-in list with the project's
 * changes). A speaker's label ("Ana:") is no word of the turn. By participant, a passage counts
 * for the participants whose words it is (the interviewer's words count for nobody); by group, for
 * the participant groups of those participants. The window, the command line and the exports all
 * read these counts.
 */
public final class WordFrequencies {

    private WordFrequencies() {
    }

    /** Counts without progress (the command line). */
    public static WordCounts count(Project project, WordRequest request) {
        return count(project, request, Progress.NONE);
    }

    /**
     * Counts, reporting each document done.
     *
     * @throws CancellationException when the progress says the user cancelled
     * @throws IllegalArgumentException when the scope names something the project lacks
     */
    public static WordCounts count(Project project, WordRequest request, Progress progress) {
        ParticipantAttribution attribution = ParticipantAttribution.of(project);
        Map<UUID, String> columns = request.columns().map(by -> columns(project, by)).orElse(Map.of());
        Map<UUID, Integer> columnIndex = new HashMap<>();
        List<UUID> columnIds = List.copyOf(columns.keySet());
        for (int i = 0; i < columnIds.size(); i++) {
            columnIndex.put(columnIds.get(i), i);
        }
        Map<UUID, Integer> participantIndex = new HashMap<>();
        project.participants().forEach(participant -> participantIndex.put(participant.id(), participantIndex.size()));
        Scope scope = Scope.of(project, request.scope());
        Map<String, Set<String>> stopWordsByLanguage = new HashMap<>();
        Map<String, Tally> tallies = new HashMap<>();
        long counted = 0;
        WordCutter cutter = new WordCutter();
        List<Document> documents = List.copyOf(project.documents());
        for (int documentIndex = 0; documentIndex < documents.size(); documentIndex++) {
            if (progress.isCancelled()) {
                throw new CancellationException("Counting words was cancelled");
            }
            Document document = documents.get(documentIndex);
            progress.update(documentIndex, documents.size(), "Counting the words of " + document.name());
            if (!scope.includes(document)) {
                continue;
            }
            Set<String> stopWords = request.stopWords() == StopWordUse.KEEP ? Set.of()
                    : stopWordsByLanguage.computeIfAbsent(StopWordChanges.languageOf(document.language()),
                            // a hash set: looked up for every word of the study
                            language -> new java.util.HashSet<>(StopWordLists.effective(project.stopWords(), language)));
            for (Passage passage : Passages.of(document, attribution)) {
                if (!scope.includes(passage)) {
                    continue;
                }
                List<Integer> targets = request.columns().map(by -> targets(project, by, document, passage, columnIndex))
                        .orElse(List.of());
                if (request.columns().isPresent() && targets.isEmpty()) {
                    continue;
                }
                List<Integer> speakers = passage.participantIds().stream().map(participantIndex::get)
                        .filter(Objects::nonNull).toList();
                String text = document.text().substring(withoutSpeakerLabel(document, passage), passage.end());
                for (String word : cutter.words(text)) {
                    if (word.length() < request.minimumLength()
                            || request.minimumLength() > 1 && word.codePointCount(0, word.length()) < request.minimumLength()
                            || stopWords.contains(word)) {
                        continue;
                    }
                    counted++;
                    tallies.computeIfAbsent(word, w -> new Tally(columnIds.size()))
                            .add(documentIndex, speakers, targets);
                }
            }
        }
        progress.update(documents.size(), documents.size(), "Counted " + counted + " words");
        List<WordCounts.Row> rows = new ArrayList<>(tallies.size());
        tallies.forEach((word, tally) -> rows.add(tally.row(word)));
        rows.sort(Comparator.comparingInt(WordCounts.Row::total).reversed().thenComparing(WordCounts.Row::word));
        int top = request.top();
        return new WordCounts(List.copyOf(columns.values()), top > 0 && rows.size() > top ? rows.subList(0, top) : rows,
                counted);
    }

    /** One word's counts so far; documents are counted in order, so a new one is one the word was not seen in. */
    private static final class Tally {
        private final int[] columns;
        private final BitSet participants = new BitSet();
        private int total;
        private int documents;
        private int lastDocument = -1;

        Tally(int columnCount) {
            columns = new int[columnCount];
        }

        void add(int document, List<Integer> speakers, List<Integer> targets) {
            total++;
            if (document != lastDocument) {
                lastDocument = document;
                documents++;
            }
            speakers.forEach(participants::set);
            targets.forEach(column -> columns[column]++);
        }

        WordCounts.Row row(String word) {
            return new WordCounts.Row(word, java.util.Arrays.stream(columns).boxed().toList(), total, documents,
                    participants.cardinality());
        }
    }

    /** Which documents and passages a scope takes: those of these documents (all if none given) and participants. */
    private record Scope(Optional<Set<UUID>> documents, Optional<Set<UUID>> participants) {

        static Scope of(Project project, WordScope scope) {
            UUID target = scope.target().orElse(null);
            return switch (scope.kind()) {
                case PROJECT -> new Scope(Optional.empty(), Optional.empty());
                case DOCUMENT -> new Scope(Optional.of(Set.of(project.document(target)
                        .orElseThrow(() -> gone("document")).id())), Optional.empty());
                case PARTICIPANT -> new Scope(Optional.empty(), Optional.of(Set.of(project.participant(target)
                        .orElseThrow(() -> gone("participant")).id())));
                case DOCUMENT_GROUP -> new Scope(Optional.of(group(project, target, GroupKind.DOCUMENT)), Optional.empty());
                case PARTICIPANT_GROUP -> new Scope(Optional.empty(), Optional.of(group(project, target, GroupKind.PARTICIPANT)));
            };
        }

        private static Set<UUID> group(Project project, UUID id, GroupKind kind) {
            return project.find(Group.class, id).filter(group -> group.kind() == kind).map(Group::memberIds)
                    .map(Set::copyOf).orElseThrow(() -> gone(kind.name().toLowerCase(java.util.Locale.ROOT) + " group"));
        }

        private static IllegalArgumentException gone(String what) {
            return new IllegalArgumentException("The " + what + " to count the words of is no longer in the project");
        }

        boolean includes(Document document) {
            return documents.map(ids -> ids.contains(document.id())).orElse(true);
        }

        boolean includes(Passage passage) {
            return participants.map(ids -> passage.participantIds().stream().anyMatch(ids::contains)).orElse(true);
        }
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
        return owners.stream().map(columnIndex::get).filter(Objects::nonNull).toList();
    }

    /** Where a passage's own words start: after "Name:" when it is a speaker turn, whose label is no word of it. */
    private static int withoutSpeakerLabel(Document document, Passage passage) {
        return document.turnAt(passage.start())
                .filter(turn -> turn.start() == passage.start()
                        && document.text().startsWith(turn.speaker() + ":", passage.start()))
                .map(turn -> Math.min(passage.end(), passage.start() + turn.speaker().length() + 1))
                .orElse(passage.start());
    }

    /** The words of a text: runs the standard tokenizer, keeps tokens with a letter, lower case, apostrophes as {@code '}. */
    static List<String> words(String text) {
        try (WordCutter cutter = new WordCutter()) {
            return cutter.words(text);
        }
    }

    /**
     * One standard tokenizer, reset for each passage: making a tokenizer per passage cost more than
     * the counting itself on a 1,000-transcript study (see {@code WordsBench}).
     */
    private static final class WordCutter implements AutoCloseable {
        private final StandardTokenizer tokenizer = new StandardTokenizer();
        private final TokenStream stream = new LowerCaseFilter(tokenizer);
        private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);

        List<String> words(String text) {
            List<String> words = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                stream.reset();
                while (stream.incrementToken()) {
                    if (hasLetter(term)) {
                        String word = term.toString();
                        words.add(word.indexOf('\u2019') < 0 && word.indexOf('\u02BC') < 0 ? word
                                : word.replace('\u2019', '\'').replace('\u02BC', '\''));
                    }
                }
                stream.end();
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading a string cannot fail", e);
            }
            return words;
        }

        private static boolean hasLetter(CharTermAttribute term) {
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; ) {
                int codePoint = Character.codePointAt(buffer, i, length);
                if (Character.isLetter(codePoint)) {
                    return true;
                }
                i += Character.charCount(codePoint);
            }
            return false;
        }

        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException | IllegalStateException e) {
                // closed after each text already; nothing is held
            }
        }
    }
}
