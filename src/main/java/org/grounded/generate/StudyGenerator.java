package org.grounded.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * A synthetic study of any size, the same for a seed (ids, texts, times and all), for benchmarks
 * and for measuring other tools on the same data through REFI-QDA: transcripts in Spanish, English
 * and Malay of "Name: text" speaker turns (an interviewer and one participant, or a focus group),
 * the participants owning their turns; a code tree of themes, categories and codes; quotations
 * of realistic lengths, most inside one participant's turn, that overlap, nest and repeat, some
 * with several codes; memos about the project, documents and codes; relations between codes.
 */
public final class StudyGenerator {

    /** When the generated study was made: fixed, so the same seed writes the same bytes. */
    public static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final String[] LANGUAGES = {"es", "en", "ms"};
    private static final Map<String, String> INTERVIEWER = Map.of("es", "Entrevistadora", "en", "Interviewer",
            "ms", "Pewawancara");
    private static final String[] COLOURS = {"#0067A5", "#BE0032", "#008856", "#F3C300", "#875692", "#F38400",
        "#A1CAF1", "#C2B280", "#848482", "#E68FAC", "#F99379", "#604E97"};
    private static final String[] CODERS = {"Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Ben Okafor"};

    private final StudySize size;
    private final Random random;
    private final Map<String, Lexicon> lexicons;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Code> leaves = new ArrayList<>();
    private final List<Code> categories = new ArrayList<>();
    private final List<Code> themes = new ArrayList<>();
    private int quotationsMade;

    private StudyGenerator(StudySize size, long seed) {
        this.size = size;
        this.random = new Random(seed);
        this.lexicons = Map.of("es", Lexicon.of(Lexicon.SPANISH, random), "en", Lexicon.of(Lexicon.ENGLISH, random),
                "ms", Lexicon.of(Lexicon.MALAY, random));
    }

    /** The study of this size for this seed. */
    public static Project generate(StudySize size, long seed) {
        return new StudyGenerator(size, seed).build(seed);
    }

    private Project build(long seed) {
        makeCodes();
        String[] names = participantNames();
        UUID[] participantIds = new UUID[names.length];
        List<Set<SpeakerRef>> speakers = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            participantIds[p] = id();
            speakers.add(new LinkedHashSet<>());
        }
        List<Document> documents = new ArrayList<>();
        for (int d = 0; d < size.documents(); d++) {
            int[] present = participantsOf(d);
            Document document = makeDocument(d, present, names, speakers);
            documents.add(document);
        }
        for (int p = 0; p < names.length; p++) {
            entities.add(new Participant(participantIds[p], names[p], "", Map.of(), Set.of(), speakers.get(p)));
        }
        makeMemos(documents);
        makeRelations();
        ProjectInfo info = new ProjectInfo("Generated study", String.format(Locale.ROOT,
                "A synthetic study made by grounded generate (seed %d): %d documents of %d words, %d codes, "
                        + "%d quotations, %d participants.", seed, size.documents(), size.words(), size.codes(),
                size.quotations(), size.participants()), CREATED);
        return Project.restore(info, entities);
    }

    /** A version-4 UUID from the seeded generator. */
    private UUID id() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** Themes (about 1 in 50, core, selective), categories (about 1 in 8, axial) and codes (open). */
    private void makeCodes() {
        int themeCount = Math.max(1, size.codes() / 50);
        int categoryCount = Math.max(1, size.codes() / 8);
        Lexicon english = lexicons.get("en");
        for (int i = 0; i < size.codes(); i++) {
            String name = capitalised(english.contentWord(random)) + " " + english.contentWord(random) + " " + (i + 1);
            String colour = COLOURS[i % COLOURS.length];
            String description = i % 3 == 0 ? sentences(english, 1 + random.nextInt(2), false) : "";
            Code code;
            if (i < themeCount) {
                code = new Code(id(), name, colour, description, null, CodingLevel.SELECTIVE, true);
                themes.add(code);
            } else if (i < themeCount + categoryCount) {
                Code theme = themes.get((i - themeCount) % themeCount);
                code = new Code(id(), name, colour, description, theme.id(), CodingLevel.AXIAL, false);
                categories.add(code);
            } else {
                Code category = categories.get((i - themeCount - categoryCount) % categoryCount);
                code = new Code(id(), name, colour, description, category.id(), CodingLevel.OPEN, false);
                leaves.add(code);
            }
            entities.add(code);
        }
    }

    private String[] participantNames() {
        int digits = Integer.toString(size.participants()).length();
        String[] names = new String[size.participants()];
        for (int p = 0; p < names.length; p++) {
            names[p] = "P" + String.format(Locale.ROOT, "%0" + Math.max(3, digits) + "d", p + 1);
        }
        return names;
    }

    /**
     * The participants who speak in document d: with at least as many participants as documents,
     * those numbered d, d + D, d + 2D… (so every participant speaks somewhere); otherwise one
     * participant, d modulo P.
     */
    private int[] participantsOf(int d) {
        if (size.participants() <= size.documents()) {
            return new int[] {d % size.participants()};
        }
        List<Integer> present = new ArrayList<>();
        for (int p = d; p < size.participants(); p += size.documents()) {
            present.add(p);
        }
        return present.stream().mapToInt(Integer::intValue).toArray();
    }

    private Document makeDocument(int d, int[] present, String[] names, List<Set<SpeakerRef>> speakers) {
        String language = LANGUAGES[d % LANGUAGES.length];
        Lexicon lexicon = lexicons.get(language);
        String interviewer = INTERVIEWER.get(language);
        UUID documentId = id();
        StringBuilder text = new StringBuilder(size.words() * 7);
        List<SpeakerTurn> turns = new ArrayList<>();
        // Where each participant's word is, and the first word of its turn, for placing quotations.
        int[] wordStart = new int[size.words()];
        int[] wordEnd = new int[size.words()];
        int[] turnFirst = new int[size.words()];
        int[] turnLast = new int[size.words()];
        int spoken = 0;
        int words = 0;
        for (int turn = 0; words < size.words(); turn++) {
            boolean asking = turn % 2 == 0;
            // A focus group's participants first speak in turn, then in any order.
            int answer = turn / 2;
            String speaker = asking ? interviewer
                    : names[present[answer < present.length ? answer : random.nextInt(present.length)]];
            int remaining = size.words() - words - 1;
            int length = Math.min(remaining, asking ? 8 + random.nextInt(22) : 40 + random.nextInt(160));
            if (remaining - length == 1) {
                length++; // never leave a single word, which could not make a turn of its own
            }
            int start = text.length();
            text.append(speaker).append(": ");
            int first = spoken;
            int inSentence = 0;
            int sentence = 5 + random.nextInt(18);
            for (int w = 0; w < length; w++) {
                String word = lexicon.draw(random);
                int at = text.length();
                text.append(inSentence == 0 ? capitalised(word) : word);
                if (!asking) {
                    wordStart[spoken] = at;
                    wordEnd[spoken] = text.length();
                    spoken++;
                }
                inSentence++;
                boolean last = w == length - 1;
                if (inSentence == sentence || last) {
                    text.append(asking && last ? "?" : ".");
                    inSentence = 0;
                    sentence = 5 + random.nextInt(18);
                } else if (random.nextInt(14) == 0) {
                    text.append(',');
                }
                if (!last) {
                    text.append(' ');
                }
            }
            for (int w = first; w < spoken; w++) {
                turnFirst[w] = first;
                turnLast[w] = spoken - 1;
            }
            turns.add(new SpeakerTurn(start, text.length(), speaker));
            text.append('\n');
            words += length + 1;
        }
        text.setLength(text.length() - 1);
        boolean group = present.length > 1;
        String name = String.format(Locale.ROOT, group ? "Focus group %04d" : "Interview %04d", d + 1);
        Document document = new Document(documentId, name, text.toString(), name + ".txt",
                CREATED.plus(Duration.ofMinutes(d)), language, Map.of(), turns, Set.of(interviewer));
        entities.add(document);
        for (int p : present) {
            if (document.speakers().contains(names[p])) {
                speakers.get(p).add(new SpeakerRef(documentId, names[p]));
            }
        }
        int count = size.quotations() / size.documents() + (d < size.quotations() % size.documents() ? 1 : 0);
        makeQuotations(document, count, Arrays.copyOf(wordStart, spoken), Arrays.copyOf(wordEnd, spoken),
                turnFirst, turnLast, d);
        return document;
    }

    /**
     * Quotations of about 30 words (log-normal, 3 to 300), most inside one participant's turn,
     * one in ten across turns; one in five nested in an earlier one, one in ten repeating an
     * earlier range exactly (a second coder's reading).
     */
    private void makeQuotations(Document document, int count, int[] wordStart, int[] wordEnd, int[] turnFirst,
                                int[] turnLast, int d) {
        int spoken = wordStart.length;
        int[] firstWord = new int[count];
        int[] lastWord = new int[count];
        for (int q = 0; q < count; q++) {
            int kind = random.nextInt(10);
            int first;
            int last;
            if (q > 0 && kind < 2) {
                int outer = random.nextInt(q);
                first = firstWord[outer] + random.nextInt(lastWord[outer] - firstWord[outer] + 1);
                last = first + random.nextInt(lastWord[outer] - first + 1);
            } else if (q > 0 && kind == 2) {
                int earlier = random.nextInt(q);
                first = firstWord[earlier];
                last = lastWord[earlier];
            } else {
                int length = (int) Math.round(Math.exp(Math.log(30) + 0.7 * random.nextGaussian()));
                length = Math.max(3, Math.min(300, length));
                first = random.nextInt(spoken);
                last = Math.min(first + length - 1, kind == 3 ? spoken - 1 : turnLast[first]);
            }
            firstWord[q] = first;
            lastWord[q] = last;
            int codeCount = StudySize.CODES_PER_QUOTATION[quotationsMade % StudySize.CODES_PER_QUOTATION.length];
            String comment = random.nextInt(20) == 0 ? sentences(lexicons.get("en"), 1, false) : "";
            entities.add(new Quotation(id(), document.id(), wordStart[first], wordEnd[last], codes(codeCount), comment,
                    CODERS[random.nextInt(CODERS.length)],
                    CREATED.plus(Duration.ofDays(1 + d)).plusSeconds(q * 37L)));
            quotationsMade++;
        }
    }

    /** Distinct codes, four in five from the codes (the popular ones more often), one in five a category. */
    private List<UUID> codes(int count) {
        Set<UUID> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            List<Code> pool = random.nextInt(5) == 0 ? categories : leaves;
            double u = random.nextDouble();
            chosen.add(pool.get((int) (pool.size() * u * u)).id());
        }
        return List.copyOf(chosen);
    }

    /** A reflective journal for the project, a memo for one document in 20 and one code in 10. */
    private void makeMemos(List<Document> documents) {
        Lexicon english = lexicons.get("en");
        int made = 0;
        entities.add(memo("Reflective journal", sentences(english, 8 + random.nextInt(12), true), Set.of(), made++));
        for (int d = 0; d < documents.size(); d += 20) {
            entities.add(memo("Field notes: " + documents.get(d).name(), sentences(english, 3 + random.nextInt(8), true),
                    Set.of(documents.get(d).id()), made++));
        }
        List<Code> codes = new ArrayList<>(themes);
        codes.addAll(categories);
        codes.addAll(leaves);
        for (int c = 0; c < codes.size(); c += 10) {
            entities.add(memo("About " + codes.get(c).name(), sentences(english, 2 + random.nextInt(6), true),
                    Set.of(codes.get(c).id()), made++));
        }
    }

    private Memo memo(String title, String text, Set<UUID> linked, int index) {
        Instant at = CREATED.plus(Duration.ofHours(index));
        return new Memo(id(), title, text, CODERS[index % 2 == 0 ? 0 : 3], at, at, linked);
    }

    /** One relation for every five codes, between distinct themes, categories or codes, no pair twice. */
    private void makeRelations() {
        List<Code> codes = new ArrayList<>(themes);
        codes.addAll(categories);
        codes.addAll(leaves);
        Set<String> pairs = new HashSet<>();
        int wanted = size.codes() / 5;
        for (int r = 0; r < wanted; r++) {
            Code source = codes.get(random.nextInt(Math.min(codes.size(), themes.size() + categories.size() * 2)));
            Code target = codes.get(random.nextInt(codes.size()));
            if (source.equals(target) || !pairs.add(source.id() + "/" + target.id())) {
                continue;
            }
            RelationType type = RelationType.BUILT_IN.get(r % RelationType.BUILT_IN.size());
            entities.add(new Relation(id(), source.id(), target.id(), type.id(), ""));
        }
    }

    /** Sentences of 6 to 20 words; as paragraphs when {@code paragraphs}. */
    private String sentences(Lexicon lexicon, int count, boolean paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            if (s > 0) {
                text.append(paragraphs && s % 4 == 0 ? "\n\n" : " ");
            }
            int length = 6 + random.nextInt(15);
            for (int w = 0; w < length; w++) {
                String word = lexicon.draw(random);
                text.append(w == 0 ? capitalised(word) : word).append(w == length - 1 ? "." : " ");
            }
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
