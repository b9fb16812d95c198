package org.grounded.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.grounded.model.Document;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's full-text index: one Lucene document per speaker turn or paragraph, holding its
 * document, participants and character range, and its text in an exact field and in the stemmed
 * field of its language, both indexed with offsets so that a hit maps to exact offsets of
 * {@link Document#text()} through Lucene's Matches API, never by searching the string again.
 *
 * <p>The index is a cache: {@link #update} brings it in step with a project (documents added,
 * removed, re-imported, re-attributed: each document's fingerprint is kept beside its passages),
 * and {@link #open} rebuilds a folder that is missing, of another {@link #INDEX_VERSION} or
 * corrupt, without asking. A folder another Grounded holds is left alone and the index kept in
 * memory instead. Thread-safe: updates are serialised, searches run beside them.
 */
public final class SearchIndex implements Closeable {

    /** Raise whenever analysis or the schema changes: old indexes are then rebuilt, never migrated. */
    public static final int INDEX_VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String VERSION_KEY = "grounded.indexVersion";
    private static final String KIND = "kind";
    private static final String PASSAGE = "passage";
    private static final String MANIFEST = "manifest";
    private static final String DOCUMENT = "document";
    private static final String PARTICIPANT = "participant";
    private static final String FINGERPRINT = "fingerprint";
    // Doc values, read for every matching passage: much cheaper than stored fields.
    private static final String DOCUMENT_VALUE = "documentValue";
    private static final String START_VALUE = "startValue";
    private static final String PARTICIPANT_VALUES = "participantValues";
    private static final String LANGUAGE_VALUE = "languageValue";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final Analyzer analyzer = TextAnalyzers.perField();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The digest of each document's text, kept while the text is the same string (a project copy shares it). */
    private final Map<UUID, TextDigest> textDigests = new HashMap<>();
    /** Whether this index has been committed with its version at least once. */
    private boolean committed;
    private IndexUpdate totals = new IndexUpdate(0, 0, 0);

    private SearchIndex(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index in memory, for tests and when the cache folder cannot be used. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new IllegalStateException("An index in memory cannot fail to open", e);
        }
    }

    /**
     * The index in a folder (see {@link IndexLocation}), rebuilt from nothing when it is missing,
     * of another version or corrupt; in memory when the folder is unusable or held by another Grounded.
     */
    public static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            FSDirectory fsDirectory = FSDirectory.open(folder);
            try {
                IndexWriterConfig.OpenMode mode;
                // Hold the writer's lock while judging and clearing, so another Grounded's index is never touched.
                try (Lock lock = fsDirectory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    mode = IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
                    if (!isUsable(fsDirectory)) {
                        clear(folder);
                        mode = IndexWriterConfig.OpenMode.CREATE;
                    }
                }
                return new SearchIndex(fsDirectory, mode);
            } catch (LockObtainFailedException e) {
                fsDirectory.close();
                LOG.warn("The search index {} is in use by another Grounded; searching from memory", folder);
                return inMemory();
            } catch (IOException | RuntimeException e) {
                fsDirectory.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index cannot be kept in {} ({}); searching from memory", folder, e.toString());
            return inMemory();
        }
    }

    /** An index that opens, is of this version and whose files pass their checksums. */
    private static boolean isUsable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String version = reader.getIndexCommit().getUserData().get(VERSION_KEY);
                if (!String.valueOf(INDEX_VERSION).equals(version)) {
                    LOG.info("Search index of version {} replaced by version {}", version, INDEX_VERSION);
                    return false;
                }
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Rebuilding the damaged search index ({})", e.toString());
            return false;
        }
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Brings the index in step with the project; documents whose fingerprint is unchanged are left as they are. */
    public synchronized IndexUpdate update(Project project, Progress progress) throws IOException {
        Map<UUID, String> indexed = fingerprints();
        ParticipantAttribution attribution = ParticipantAttribution.of(project);
        Collection<Document> documents = project.documents();
        int done = 0;
        int added = 0;
        int unchanged = 0;
        for (Document document : documents) {
            if (progress.isCancelled()) {
                break;
            }
            if (reindex(document, attribution, indexed.remove(document.id()))) {
                added++;
            } else {
                unchanged++;
            }
            progress.update(++done, documents.size(), "Indexing " + document.name());
        }
        if (!progress.isCancelled()) {
            for (UUID gone : indexed.keySet()) {
                remove(gone);
            }
        }
        int removed = progress.isCancelled() ? 0 : indexed.size();
        return commit(new IndexUpdate(added, removed, unchanged));
    }

    /**
     * Brings only these documents in step with the project (added, removed, re-imported or
     * re-attributed while it is open): each is re-indexed when its fingerprint changed, or taken
     * out when the project no longer has it. The other documents are not looked at.
     */
    public synchronized IndexUpdate update(Project project, Collection<UUID> documentIds, Progress progress)
            throws IOException {
        ParticipantAttribution attribution = ParticipantAttribution.of(project);
        int done = 0;
        int added = 0;
        int removed = 0;
        int unchanged = 0;
        for (UUID id : documentIds) {
            if (progress.isCancelled()) {
                break;
            }
            Optional<Document> document = project.document(id);
            Optional<String> indexed = fingerprintOf(id);
            if (document.isEmpty()) {
                if (indexed.isPresent()) {
                    remove(id);
                    removed++;
                }
            } else if (reindex(document.get(), attribution, indexed.orElse(null))) {
                added++;
            } else {
                unchanged++;
            }
            progress.update(++done, documentIds.size(), "Indexing " + document.map(Document::name).orElse("a removed document"));
        }
        return commit(new IndexUpdate(added, removed, unchanged));
    }

    /**
     * Everything the updates since the index was opened did, summed: how many documents were
     * (re)written, taken out and found unchanged. Tells how much work keeping the index in step cost.
     */
    public synchronized IndexUpdate totals() {
        return totals;
    }

    /** Writes a document's passages anew unless the index holds them with the same fingerprint; says whether it wrote. */
    private boolean reindex(Document document, ParticipantAttribution attribution, String indexedFingerprint)
            throws IOException {
        List<Passage> passages = Passages.of(document, attribution);
        String fingerprint = fingerprint(document, textDigest(document), passages);
        if (fingerprint.equals(indexedFingerprint)) {
            return false;
        }
        writer.deleteDocuments(new Term(DOCUMENT, document.id().toString()));
        writer.addDocuments(luceneDocuments(document, passages, fingerprint));
        return true;
    }

    private void remove(UUID documentId) throws IOException {
        textDigests.remove(documentId);
        writer.deleteDocuments(new Term(DOCUMENT, documentId.toString()));
    }

    private IndexUpdate commit(IndexUpdate update) throws IOException {
        if (update.changedAnything() || !committed) {
            committed = true;
            writer.setLiveCommitData(Map.of(VERSION_KEY, String.valueOf(INDEX_VERSION)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        totals = new IndexUpdate(totals.indexed() + update.indexed(), totals.removed() + update.removed(),
                totals.unchanged() + update.unchanged());
        return update;
    }

    /** The fingerprint the index holds for one document, empty when it holds none. */
    private Optional<String> fingerprintOf(UUID documentId) throws IOException {
        Query manifest = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, MANIFEST)), Occur.FILTER)
                .add(new TermQuery(new Term(DOCUMENT, documentId.toString())), Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(manifest, 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(searcher.storedFields().document(found.scoreDocs[0].doc).get(FINGERPRINT));
        } finally {
            searchers.release(searcher);
        }
    }

    private Map<UUID, String> fingerprints() throws IOException {
        Map<UUID, String> result = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            Weight weight = searcher.createWeight(new TermQuery(new Term(KIND, MANIFEST)), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        org.apache.lucene.document.Document fields = stored.document(doc);
                        result.put(UUID.fromString(fields.get(DOCUMENT)), fields.get(FINGERPRINT));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return result;
    }

    private record TextDigest(String text, String digest) {
    }

    private String textDigest(Document document) {
        TextDigest known = textDigests.get(document.id());
        if (known == null || known.text() != document.text()) {
            known = new TextDigest(document.text(), sha256(document.text()));
            textDigests.put(document.id(), known);
        }
        return known.digest();
    }

    /** Changes whenever what the index holds for the document would change. */
    private static String fingerprint(Document document, String textDigest, List<Passage> passages) {
        StringBuilder rest = new StringBuilder(textDigest).append('\0').append(document.language());
        for (Passage passage : passages) {
            rest.append('\0').append(passage.start()).append('-').append(passage.end()).append(passage.participantIds());
        }
        return sha256(rest.toString());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<List<IndexableField>> luceneDocuments(Document document, List<Passage> passages,
                                                              String fingerprint) {
        String id = document.id().toString();
        StemLanguage language = StemLanguage.of(document.language());
        String stemField = language.field();
        BytesRef idValue = new BytesRef(id);
        BytesRef languageValue = new BytesRef(language.name());
        List<List<IndexableField>> result = new ArrayList<>(passages.size() + 1);
        for (Passage passage : passages) {
            List<IndexableField> fields = new ArrayList<>();
            fields.add(new StringField(KIND, PASSAGE, Field.Store.NO));
            fields.add(new StringField(DOCUMENT, id, Field.Store.NO));
            fields.add(new SortedDocValuesField(DOCUMENT_VALUE, idValue));
            fields.add(new NumericDocValuesField(START_VALUE, passage.start()));
            fields.add(new SortedDocValuesField(LANGUAGE_VALUE, languageValue));
            for (UUID participant : passage.participantIds()) {
                fields.add(new StringField(PARTICIPANT, participant.toString(), Field.Store.NO));
                fields.add(new SortedSetDocValuesField(PARTICIPANT_VALUES, new BytesRef(participant.toString())));
            }
            String text = document.text().substring(passage.start(), passage.end());
            fields.add(new Field(TextAnalyzers.EXACT_FIELD, text, TEXT_WITH_OFFSETS));
            fields.add(new Field(stemField, text, TEXT_WITH_OFFSETS));
            result.add(fields);
        }
        result.add(List.of(new StringField(KIND, MANIFEST, Field.Store.NO),
                new StringField(DOCUMENT, id, Field.Store.YES),
                new StoredField(FINGERPRINT, fingerprint)));
        return result;
    }

    /**
     * Searches the project, which must be the one last given to {@link #update} (or a copy of it).
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    public SearchResult search(Project project, SearchRequest request) throws IOException {
        Map<StemLanguage, Query> perLanguage = Queries.perLanguage(request.query(), request.wordForms(), analyzer);
        Query text = Queries.parse(request.query(), request.wordForms(), analyzer);
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term(KIND, PASSAGE)), Occur.FILTER);
        if (!request.documentIds().isEmpty()) {
            full.add(termsQuery(DOCUMENT, request.documentIds()), Occur.FILTER);
        }
        if (!request.participantIds().isEmpty()) {
            full.add(termsQuery(PARTICIPANT, request.participantIds()), Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Weight passages = searcher.createWeight(searcher.rewrite(full.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            // Offsets come from the text query of the passage's language alone: the filters' terms are no hits.
            Map<StemLanguage, Weight> words = new EnumMap<>(StemLanguage.class);
            Map<Query, Weight> weights = new HashMap<>();
            for (Map.Entry<StemLanguage, Query> entry : perLanguage.entrySet()) {
                Query query = entry.getValue();
                Weight weight = weights.get(query);
                if (weight == null) {
                    weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                    weights.put(query, weight);
                }
                words.put(entry.getKey(), weight);
            }
            // Hits restricted by code are known only from their offsets: nothing to gain from counting them first.
            Optional<HitCounter> counter = request.codeRestriction().isPresent() ? Optional.empty()
                    : HitCounter.of(perLanguage.values());
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<SearchHits.Found> found = new ArrayList<>();
            for (int i = 0; i < leaves.size(); i++) {
                collect(leaves.get(i), i, passages, counter, found);
            }
            return SearchHits.build(project, found, passage -> matches(leaves.get(passage.leaf()), passage,
                    words.get(passage.language())), request);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The passages the query matched, with their hits counted when the counter can. */
    private static void collect(LeafReaderContext leaf, int leafIndex, Weight passages, Optional<HitCounter> counter,
                                List<SearchHits.Found> found) throws IOException {
        Scorer scorer = passages.scorer(leaf);
        if (scorer == null) {
            return;
        }
        int[] counts = counter.isPresent() ? counter.get().count(leaf) : null;
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues documents = DocValues.getSorted(leaf.reader(), DOCUMENT_VALUE);
        NumericDocValues starts = DocValues.getNumeric(leaf.reader(), START_VALUE);
        SortedDocValues languages = DocValues.getSorted(leaf.reader(), LANGUAGE_VALUE);
        SortedSetDocValues participantValues = DocValues.getSortedSet(leaf.reader(), PARTICIPANT_VALUES);
        Map<Integer, UUID> documentIds = new HashMap<>();
        Map<List<Long>, Set<UUID>> participantSets = new HashMap<>();
        Map<Integer, StemLanguage> languageOfOrd = new HashMap<>();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc) || counts != null && counts[doc] == 0 || !languages.advanceExact(doc)
                    || !documents.advanceExact(doc) || !starts.advanceExact(doc)) {
                continue;
            }
            int languageOrd = languages.ordValue();
            StemLanguage language = languageOfOrd.get(languageOrd);
            if (language == null) {
                language = StemLanguage.valueOf(languages.lookupOrd(languageOrd).utf8ToString());
                languageOfOrd.put(languageOrd, language);
            }
            int documentOrd = documents.ordValue();
            UUID documentId = documentIds.get(documentOrd);
            if (documentId == null) {
                documentId = UUID.fromString(documents.lookupOrd(documentOrd).utf8ToString());
                documentIds.put(documentOrd, documentId);
            }
            List<Long> ords = new ArrayList<>(1);
            if (participantValues.advanceExact(doc)) {
                for (int i = 0; i < participantValues.docValueCount(); i++) {
                    ords.add(participantValues.nextOrd());
                }
            }
            Set<UUID> participants = participantSets.get(ords);
            if (participants == null) {
                Set<UUID> ids = new HashSet<>();
                for (long ord : ords) {
                    ids.add(UUID.fromString(participantValues.lookupOrd(ord).utf8ToString()));
                }
                participants = Set.copyOf(ids);
                participantSets.put(ords, participants);
            }
            found.add(new SearchHits.Found(documentId, participants, (int) starts.longValue(),
                    counts == null ? -1 : counts[doc], leafIndex, doc, language));
        }
    }

    /** The offsets of a passage's hits, from the Matches API of its language's query. */
    private static List<SearchHits.Match> matches(LeafReaderContext leaf, SearchHits.Found passage, Weight words)
            throws IOException {
        Matches found = words.matches(leaf, passage.doc());
        if (found == null) {
            return List.of();
        }
        List<SearchHits.Match> result = new ArrayList<>();
        for (String field : found) {
            MatchesIterator iterator = found.getMatches(field);
            while (iterator != null && iterator.next()) {
                if (iterator.startOffset() >= 0) {
                    result.add(new SearchHits.Match(passage.documentId(), passage.participantIds(),
                            passage.start() + iterator.startOffset(), passage.start() + iterator.endOffset()));
                }
            }
        }
        return result;
    }

    private static Query termsQuery(String field, Set<UUID> ids) {
        return new TermInSetQuery(field, ids.stream().map(id -> new BytesRef(id.toString())).toList());
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
