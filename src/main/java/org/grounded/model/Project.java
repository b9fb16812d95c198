package org.grounded.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.StampedLock;
import java.util.function.UnaryOperator;

/**
 * The study: the aggregate that owns every document, participant, code, quotation, memo and
 * relation, and the only place that changes them. Changes arrive as {@link Edit}s, are checked
 * for referential integrity (a quotation must lie inside its document, a code may not be its own
 * ancestor, nothing still referenced may be removed) and are then published to listeners.
 *
 * <p>A project is confined to one thread at a time (the JavaFX thread in the application);
 * background work reads a {@link #copy()}, which that thread takes, or a {@link #snapshot()}, which
 * another thread may take while the owner goes on editing (decision 0040).
 */
public final class Project {

    private static final Comparator<Quotation> TEXT_ORDER = TextOrder.COMPARATOR;

    private ProjectInfo info;
    /** How an imported file wrote what the entities keep in Grounded's form; set at restore, never edited. */
    private ImportedForm importedForm = ImportedForm.NONE;
    private StopWords stopWords = StopWords.BUILT_IN;
    private final Map<Class<? extends Entity>, Map<UUID, Entity>> stores = new LinkedHashMap<>();
    private final Map<UUID, Set<UUID>> quotationsByDocument = new LinkedHashMap<>();
    private final Map<UUID, Set<UUID>> quotationsByCode = new LinkedHashMap<>();
    /**
     * How many codings each coder (as spelled) has, blank coders left out: the project's coders
     * without passing over every quotation, which the window asks for after every coding action.
     */
    private final Map<String, Integer> codingsByCoder = new LinkedHashMap<>();
    /**
     * Write-locked while an edit changes the project; {@link #snapshot()} reads optimistically and
     * keeps its copy only when no edit began or was under way meanwhile. Only the owner's thread
     * takes the write lock, and nothing takes the read lock, so an edit never waits.
     */
    private final StampedLock changing = new StampedLock();
    /** The owner's nested edits (an edit applied by a listener of another); the lock is taken at depth 0. */
    private int changeDepth;
    private long changeStamp;
    private final List<ProjectListener> listeners = new CopyOnWriteArrayList<>();
    private long revision;
    /** The code tree for the codes as they are; null after a code changed, rebuilt when asked for. */
    private CodeTree codeTree;
    private final ProjectIntegrity integrity = new ProjectIntegrity(this);

    private Project(ProjectInfo info) {
        this.info = Objects.requireNonNull(info);
        for (Class<? extends Entity> kind : List.of(AttributeDefinition.class, RelationType.class, Document.class,
                Participant.class, Code.class, Quotation.class, Relation.class, Group.class, SavedNetwork.class,
                Memo.class)) {
            stores.put(kind, new LinkedHashMap<>());
        }
    }

    /** A new, empty project with the built-in relation types, created now by the system clock. */
    public static Project create(String name) {
        return create(name, Instant.now());
    }

    /** A new, empty project created at {@code createdAt} (the window passes its clock's time). */
    public static Project create(String name, Instant createdAt) {
        Project project = new Project(new ProjectInfo(name, "", createdAt));
        RelationType.BUILT_IN.forEach(project::insert);
        return project;
    }

    /**
     * Rebuilds a project from stored entities (a project file, an import). Entities are checked
     * as if added one by one in dependency order, so a damaged file is refused with a message
     * rather than half-loaded. Built-in relation types are added when missing.
     */
    public static Project restore(ProjectInfo info, Collection<? extends Entity> entities) {
        return restore(info, StopWords.BUILT_IN, entities, ImportedForm.NONE);
    }

    /** {@link #restore(ProjectInfo, Collection)} with the project's stop-word changes. */
    public static Project restore(ProjectInfo info, StopWords stopWords, Collection<? extends Entity> entities) {
        return restore(info, stopWords, entities, ImportedForm.NONE);
    }

    /** Rebuilds a project as {@link #restore(ProjectInfo, Collection)} does, remembering how it was imported. */
    public static Project restore(ProjectInfo info, Collection<? extends Entity> entities, ImportedForm importedForm) {
        return restore(info, StopWords.BUILT_IN, entities, importedForm);
    }

    /** {@link #restore(ProjectInfo, Collection)} with the project's stop-word changes and how it was imported. */
    public static Project restore(ProjectInfo info, StopWords stopWords, Collection<? extends Entity> entities,
                                  ImportedForm importedForm) {
        RestoreChecks.requireDistinctIds(entities);
        Project project = new Project(info);
        project.stopWords = Objects.requireNonNull(stopWords);
        project.importedForm = Objects.requireNonNull(importedForm, "importedForm");
        RelationType.BUILT_IN.forEach(project::insert);
        Map<Class<? extends Entity>, List<Entity>> byKind = new LinkedHashMap<>();
        project.stores.keySet().forEach(kind -> byKind.put(kind, new ArrayList<>()));
        for (Entity entity : entities) {
            byKind.get(entity.getClass()).add(entity);
        }
        List<UUID> codeOrder = byKind.get(Code.class).stream().map(Entity::id).toList();
        // Depths are computed before sorting: a comparator that reads the list being sorted sees it
        // half-shuffled and breaks TimSort's contract once there are more than a few dozen codes.
        Map<UUID, Code> codesById = new LinkedHashMap<>();
        byKind.get(Code.class).forEach(code -> codesById.put(code.id(), (Code) code));
        RestoreChecks.requireNoParentCycle(codesById);
        Map<UUID, Integer> depths = new LinkedHashMap<>();
        codesById.values().forEach(code -> depths.put(code.id(), depth(code, codesById)));
        byKind.get(Code.class).sort(Comparator.comparingInt(code -> depths.get(code.id())));
        for (List<Entity> kind : byKind.values()) {
            for (Entity entity : kind) {
                if (entity instanceof Memo memo) {
                    // A memo may be linked to a later memo: all memos come in first, their links after.
                    project.restoreOne(memo.withLinks(Set.of()));
                } else if (!(entity instanceof RelationType type && type.builtIn() && project.contains(type.id()))) {
                    project.restoreOne(entity);
                }
            }
        }
        for (Entity entity : byKind.get(Memo.class)) {
            Memo memo = (Memo) entity;
            if (!memo.linkedIds().isEmpty()) {
                project.perform(new Change(memo.withLinks(Set.of()), memo));
            }
        }
        project.reorder(Code.class, codeOrder);
        project.revision = 0;
        return project;
    }

    /**
     * Adds one restored entity as {@link #perform} adds it, checked against what it refers to. The
     * ids are distinct among the restored entities ({@link RestoreChecks#requireDistinctIds}), so
     * only one with the id of a built-in relation type, which came in first, can already be here:
     * asking every store for every other id took a sixth of opening a large project.
     */
    private void restoreOne(Entity entity) {
        for (RelationType builtIn : RelationType.BUILT_IN) {
            if (builtIn.id().equals(entity.id())) {
                perform(new Change(null, entity));
                return;
            }
        }
        integrity.check(entity, null);
        insert(entity);
    }

    /**
     * Puts a store back into the given order. Restoring adds parent codes before their sub-codes,
     * but the project keeps the order it was given, so that saving a reopened project writes the
     * same file again.
     */
    private void reorder(Class<? extends Entity> kind, List<UUID> order) {
        Map<UUID, Entity> store = stores.get(kind);
        Map<UUID, Entity> reordered = new LinkedHashMap<>();
        order.forEach(id -> reordered.put(id, store.get(id)));
        store.clear();
        store.putAll(reordered);
        codesChanged(kind);
    }

    /** Forgets the code tree when codes were added, removed, changed or moved. */
    private void codesChanged(Class<? extends Entity> kind) {
        if (kind == Code.class) {
            codeTree = null;
        }
    }

    /** An independent copy for background work (tables, exports, saving) that must not see later edits. */
    public Project copy() {
        Project copy = new Project(info);
        copy.importedForm = importedForm;
        copy.stopWords = stopWords;
        stores.forEach((kind, store) -> copy.stores.get(kind).putAll(store));
        quotationsByDocument.forEach((k, v) -> copy.quotationsByDocument.put(k, new LinkedHashSet<>(v)));
        quotationsByCode.forEach((k, v) -> copy.quotationsByCode.put(k, new LinkedHashSet<>(v)));
        copy.codingsByCoder.putAll(codingsByCoder);
        copy.revision = revision;
        copy.codeTree = codeTree;
        return copy;
    }

    /**
     * A copy in which quotations are replaced by versions with fewer codings: what a view that counts
     * only part of the codings reads (a coder filter, decision 0029). Not an edit; the copy is for
     * counting, never saved. Faster than applying an edit to a copy, since taking codes away cannot
     * break what the project's checks guard.
     *
     * @param fewer returns the quotation itself or the same quotation (id, document, range) with some
     *              of its codes or codings taken away
     * @throws IllegalArgumentException when a replacement moves a quotation or adds a code
     */
    public Project copyWithFewerCodings(UnaryOperator<Quotation> fewer) {
        Project copy = copy();
        for (Map.Entry<UUID, Entity> entry : copy.stores.get(Quotation.class).entrySet()) {
            Quotation before = (Quotation) entry.getValue();
            Quotation after = fewer.apply(before);
            if (after == before) {
                continue;
            }
            if (!after.id().equals(before.id()) || !after.documentId().equals(before.documentId())
                    || after.start() != before.start() || after.end() != before.end()
                    || !before.codeIds().containsAll(after.codeIds())) {
                throw new IllegalArgumentException("Only codings may be taken away, not " + before.label() + " changed");
            }
            entry.setValue(after);
            copy.countCodings(before, -1);
            copy.countCodings(after, 1);
            for (UUID codeId : before.codeIds()) {
                if (!after.codeIds().contains(codeId)) {
                    removeFromIndex(copy.quotationsByCode, codeId, before.id());
                }
            }
        }
        return copy;
    }

    // ---- edits --------------------------------------------------------------------------------

    public void apply(Edit edit) {
        beginChange();
        try {
            edit.applyTo(this);
            revision++;
        } finally {
            endChange();
        }
        listeners.forEach(listener -> listener.projectChanged(edit, EditDirection.APPLIED));
    }

    public void revert(Edit edit) {
        beginChange();
        try {
            edit.revertFrom(this);
            revision++;
        } finally {
            endChange();
        }
        listeners.forEach(listener -> listener.projectChanged(edit, EditDirection.REVERTED));
    }

    private void beginChange() {
        if (changeDepth++ == 0) {
            changeStamp = changing.writeLock();
        }
    }

    private void endChange() {
        if (--changeDepth == 0) {
            changing.unlockWrite(changeStamp);
        }
    }

    /**
     * A copy as {@link #copy()} makes, but taken on any thread while the owner's thread may be
     * editing: empty when an edit was under way when it began or began before it ended (ask again
     * later), never a copy that saw an edit half-applied. The copy holds exactly the project at its
     * {@link #revision()}. The copying reads the maps without a lock (so that an edit never waits
     * for a copy of a large study); what such a read gets wrong while an edit runs, even an
     * exception, is thrown away because the lock's stamp tells that an edit came.
     */
    public Optional<Project> snapshot() {
        return readConsistently(Project::copy);
    }

    /**
     * What {@code reader} finds in the project, read on any thread as {@link #snapshot()} copies:
     * empty when an edit was under way when the read began or began before it ended (ask again
     * later), never a result that saw an edit half-applied. Cheaper than a snapshot when the reader
     * needs less than a copy (the code tree's counts on opening a large study, issue 21). The reader
     * must only read, and must not ask for what the project builds when first asked and then keeps
     * ({@link #codeTree()}, {@link #rootCodes()}, {@link #children}): take those on the owner's
     * thread and hand them in.
     */
    public <T> Optional<T> readConsistently(java.util.function.Function<Project, T> reader) {
        long stamp = changing.tryOptimisticRead();
        if (stamp == 0) {
            return Optional.empty();
        }
        T read;
        try {
            read = reader.apply(this);
        } catch (RuntimeException raced) {
            if (changing.validate(stamp)) {
                throw raced;
            }
            return Optional.empty();
        }
        return changing.validate(stamp) ? Optional.of(read) : Optional.empty();
    }

    public void addListener(ProjectListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ProjectListener listener) {
        listeners.remove(listener);
    }

    /** Grows with every applied or reverted edit; a saved revision tells whether there is unsaved work. */
    public long revision() {
        return revision;
    }

    void setInfo(ProjectInfo newInfo) {
        info = Objects.requireNonNull(newInfo);
    }

    void setStopWords(StopWords newStopWords) {
        stopWords = Objects.requireNonNull(newStopWords);
    }

    /** Performs one checked change; package-private so that only edits change a project. */
    void perform(Change change) {
        Entity before = change.before();
        Entity after = change.after();
        if (before != null) {
            Entity current = store(before.getClass()).get(before.id());
            if (!before.equals(current)) {
                throw new IllegalStateException(before.getClass().getSimpleName() + " '" + before.label()
                        + "' has changed since this edit was made");
            }
        } else if (contains(after.id())) {
            throw new IllegalArgumentException(after.getClass().getSimpleName() + " '" + after.label()
                    + "' is already in the project");
        }
        if (after == null) {
            integrity.checkRemovable(before);
            unindex(before);
            store(before.getClass()).remove(before.id());
            codesChanged(before.getClass());
        } else {
            integrity.check(after, before);
            if (before != null) {
                unindex(before);
            }
            insert(after);
        }
    }

    /** Where an entity stands in the order of its kind, or -1 when the project does not hold it. */
    int positionOf(Entity entity) {
        int position = 0;
        for (UUID id : stores.get(entity.getClass()).keySet()) {
            if (id.equals(entity.id())) {
                return position;
            }
            position++;
        }
        return -1;
    }

    /**
     * Moves an entity to a position in the order of its kind (the order of the code tree and of the
     * project file), so that undoing a removal puts the entity back where it was.
     */
    void moveTo(Entity entity, int position) {
        Map<UUID, Entity> store = stores.get(entity.getClass());
        Entity stored = store.get(entity.id());
        if (stored == null || position >= store.size() - 1) {
            return;
        }
        List<Entity> order = new ArrayList<>(store.values());
        order.removeIf(other -> other.id().equals(entity.id()));
        order.add(position, stored);
        store.clear();
        order.forEach(other -> store.put(other.id(), other));
        codesChanged(entity.getClass());
    }

    /** Stores an entity; an update keeps its place, since a LinkedHashMap keeps a replaced key's position. */
    private void insert(Entity entity) {
        stores.get(entity.getClass()).put(entity.id(), entity);
        codesChanged(entity.getClass());
        if (entity instanceof Quotation quotation) {
            quotationsByDocument.computeIfAbsent(quotation.documentId(), k -> new LinkedHashSet<>()).add(quotation.id());
            for (UUID codeId : quotation.codeIds()) {
                quotationsByCode.computeIfAbsent(codeId, k -> new LinkedHashSet<>()).add(quotation.id());
            }
            countCodings(quotation, 1);
        }
    }

    private void unindex(Entity entity) {
        if (entity instanceof Quotation quotation) {
            removeFromIndex(quotationsByDocument, quotation.documentId(), quotation.id());
            for (UUID codeId : quotation.codeIds()) {
                removeFromIndex(quotationsByCode, codeId, quotation.id());
            }
            countCodings(quotation, -1);
        }
    }

    /** Adds (+1) or takes away (-1) a quotation's codings from the count per coder. */
    private void countCodings(Quotation quotation, int sign) {
        for (Coding coding : quotation.codings()) {
            if (!coding.coder().isBlank()) {
                codingsByCoder.merge(coding.coder(), sign, (count, change) -> count + change == 0 ? null : count + change);
            }
        }
    }

    private static void removeFromIndex(Map<UUID, Set<UUID>> index, UUID key, UUID value) {
        Set<UUID> values = index.get(key);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                index.remove(key);
            }
        }
    }

    private static int depth(Code code, Map<UUID, Code> byId) {
        int depth = 0;
        Set<UUID> seen = new HashSet<>();
        for (Code current = code; current.parentId() != null && seen.add(current.id()); depth++) {
            current = byId.get(current.parentId());
            if (current == null) {
                break;
            }
        }
        return depth;
    }

    // ---- queries ------------------------------------------------------------------------------

    public ProjectInfo info() {
        return info;
    }

    /** How the file this project was imported from wrote what it holds ({@link ImportedForm#NONE} if not imported). */
    public ImportedForm importedForm() {
        return importedForm;
    }

    /** The project's changes to the built-in stop-word lists of word frequencies. */
    public StopWords stopWords() {
        return stopWords;
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> Map<UUID, T> store(Class<T> kind) {
        Map<UUID, Entity> store = stores.get(kind);
        if (store == null) {
            throw new IllegalArgumentException("Not an entity kind: " + kind);
        }
        return (Map<UUID, T>) store;
    }

    private <T extends Entity> Collection<T> all(Class<T> kind) {
        return Collections.unmodifiableCollection(store(kind).values());
    }

    public <T extends Entity> Optional<T> find(Class<T> kind, UUID id) {
        return Optional.ofNullable(store(kind).get(id));
    }

    /** Any entity with this id, whatever its kind. */
    public Optional<Entity> findAny(UUID id) {
        return stores.values().stream().map(store -> store.get(id)).filter(Objects::nonNull).findFirst();
    }

    public boolean contains(UUID id) {
        for (Map<UUID, Entity> store : stores.values()) {
            if (store.containsKey(id)) {
                return true;
            }
        }
        return false;
    }

    public Collection<Document> documents() {
        return all(Document.class);
    }

    public Optional<Document> document(UUID id) {
        return find(Document.class, id);
    }

    public Collection<Participant> participants() {
        return all(Participant.class);
    }

    public Optional<Participant> participant(UUID id) {
        return find(Participant.class, id);
    }

    public Collection<Code> codes() {
        return all(Code.class);
    }

    public Optional<Code> code(UUID id) {
        return find(Code.class, id);
    }

    public Optional<Code> codeNamed(String name) {
        return codes().stream().filter(code -> code.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The code tree, indexed once for the codes as they are (rebuilt after a code changes). */
    public CodeTree codeTree() {
        CodeTree tree = codeTree;
        if (tree == null) {
            tree = CodeTree.index(codes());
            codeTree = tree;
        }
        return tree;
    }

    public List<Code> rootCodes() {
        return codeTree().roots();
    }

    public List<Code> children(UUID codeId) {
        return codeTree().children(codeId);
    }

    /** The code and all its sub-codes, depth first. */
    public List<Code> subtree(UUID codeId) {
        return codeTree().subtree(codeId);
    }

    /** A code is a category when it has sub-codes. */
    public boolean isCategory(UUID codeId) {
        return codeTree().isCategory(codeId);
    }

    public Collection<Quotation> quotations() {
        return all(Quotation.class);
    }

    public Optional<Quotation> quotation(UUID id) {
        return find(Quotation.class, id);
    }

    /** The quotations of a document in text order. */
    public List<Quotation> quotationsIn(UUID documentId) {
        return sortedQuotations(quotationsByDocument.getOrDefault(documentId, Set.of()));
    }

    /**
     * Each document's quotations in text order (what {@link #quotationsIn} gives), for every document
     * with quotations at once: one walk over the quotations instead of looking each up by id, which
     * for 200,000 quotations cost more than the citations table's counting.
     */
    public Map<UUID, List<Quotation>> quotationsInTextOrderByDocument() {
        Map<UUID, List<Quotation>> byDocument = new HashMap<>();
        UUID documentId = null;
        List<Quotation> inDocument = null;
        for (Quotation quotation : store(Quotation.class).values()) {
            // A document's quotations mostly follow one another: look its list up once per run.
            if (!quotation.documentId().equals(documentId)) {
                documentId = quotation.documentId();
                inDocument = byDocument.computeIfAbsent(documentId, k -> new ArrayList<>());
            }
            inDocument.add(quotation);
        }
        byDocument.values().forEach(TextOrder::sort);
        return byDocument;
    }

    /** The quotations coded with exactly this code (not its sub-codes), in document and text order. */
    public List<Quotation> quotationsWithCode(UUID codeId) {
        return sortedQuotations(quotationsByCode.getOrDefault(codeId, Set.of()));
    }

    /** Whether any quotation lies in the document (without listing them). */
    boolean hasQuotationsIn(UUID documentId) {
        return quotationsByDocument.containsKey(documentId);
    }

    /** The ids of the quotations coded with exactly this code, unordered, without copying them. */
    Set<UUID> quotationIdsWithCode(UUID codeId) {
        return Collections.unmodifiableSet(quotationsByCode.getOrDefault(codeId, Set.of()));
    }

    /** How many quotations lie in the document, without listing and sorting them. */
    public int quotationCountIn(UUID documentId) {
        return quotationsByDocument.getOrDefault(documentId, Set.of()).size();
    }

    public int quotationCount(UUID codeId) {
        return quotationsByCode.getOrDefault(codeId, Set.of()).size();
    }

    /**
     * The coders who coded something, as each spelled it, in the order they first coded (a coder whose
     * last coding went and who codes again comes last); blank coders left out. Kept up to date by
     * every change, so it costs nothing to ask.
     */
    public Set<String> coderSpellings() {
        return Collections.unmodifiableSet(codingsByCoder.keySet());
    }

    private List<Quotation> sortedQuotations(Set<UUID> ids) {
        Map<UUID, Quotation> store = store(Quotation.class);
        List<Quotation> result = new ArrayList<>(ids.size());
        ids.forEach(id -> result.add(store.get(id)));
        result.sort(TEXT_ORDER);
        return result;
    }

    public Collection<Memo> memos() {
        return all(Memo.class);
    }

    /** The memos linked to an entity. */
    public List<Memo> memosAbout(UUID entityId) {
        return memos().stream().filter(memo -> memo.linkedIds().contains(entityId)).toList();
    }

    public Collection<Relation> relations() {
        return all(Relation.class);
    }

    public Collection<RelationType> relationTypes() {
        return all(RelationType.class);
    }

    public Optional<RelationType> relationType(UUID id) {
        return find(RelationType.class, id);
    }

    public Optional<RelationType> relationTypeNamed(String name) {
        return relationTypes().stream().filter(type -> type.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public Collection<Group> groups() {
        return all(Group.class);
    }

    public List<Group> groups(GroupKind kind) {
        return groups().stream().filter(group -> group.kind() == kind).toList();
    }

    /** The groups of a kind that hold this member. */
    public List<Group> groupsOf(UUID memberId, GroupKind kind) {
        return groups(kind).stream().filter(group -> group.memberIds().contains(memberId)).toList();
    }

    public Collection<AttributeDefinition> attributeDefinitions() {
        return all(AttributeDefinition.class);
    }

    public List<AttributeDefinition> attributeDefinitions(AttributeScope scope) {
        return attributeDefinitions().stream().filter(definition -> definition.scope() == scope).toList();
    }

    public Optional<AttributeDefinition> attributeDefinition(AttributeScope scope, String name) {
        return attributeDefinitions(scope).stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The saved networks, in the order they were made. */
    public Collection<SavedNetwork> networks() {
        return all(SavedNetwork.class);
    }

    public Optional<SavedNetwork> network(UUID id) {
        return find(SavedNetwork.class, id);
    }

    /** Every entity, in an order in which {@link #restore} can add them back. */
    public List<Entity> entities() {
        List<Entity> result = new ArrayList<>();
        stores.values().forEach(store -> result.addAll(store.values()));
        return result;
    }

    /** Counts of what the project holds, for summaries and the command line's {@code info}. */
    public ProjectCounts counts() {
        return new ProjectCounts(documents().size(), participants().size(), codes().size(),
                (int) codes().stream().filter(code -> isCategory(code.id())).count(),
                quotations().size(), memos().size(), relations().size());
    }
}
