package org.grounded.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an edit changed, by kind and id, so that each pane refreshes only what it shows of it
 * (decision 0003): the code tree recounts the codes named, the quotation list redoes the rows of
 * the quotations named, the viewer restyles only a document named. An edit reports the same set
 * when it is applied, undone or redone.
 *
 * <p>Besides the entities changed, it names what their change reaches: the codes whose
 * quotations changed ({@link #countedCodes}: a quotation coded or uncoded) and the documents
 * whose quotations changed ({@link #quotedDocuments}). {@link #codeTree} says a code was added,
 * removed or moved, so the counts of the categories above may all differ; {@link #quotationChanges}
 * keeps the quotations' changes themselves, so counts can follow them without a recount. Anything else (groups,
 * attributes, relation types, saved networks, the project's name, an edit that cannot tell) is
 * {@link #structure}: every pane rebuilds everything, the safe default.
 */
public record ChangeSet(Set<UUID> codes, Set<UUID> quotations, Set<UUID> documents, Set<UUID> participants,
                        Set<UUID> memos, Set<UUID> relations, Set<UUID> countedCodes, Set<UUID> quotedDocuments,
                        boolean codeTree, boolean structure, List<Change> quotationChanges) {

    /** What an edit that does not say reports: everything may have changed. */
    public static final ChangeSet EVERYTHING = new ChangeSet(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), true, true, List.of());

    /** Nothing changed. */
    public static final ChangeSet NOTHING = new ChangeSet(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), false, false, List.of());

    public ChangeSet {
        codes = Set.copyOf(codes);
        quotations = Set.copyOf(quotations);
        documents = Set.copyOf(documents);
        participants = Set.copyOf(participants);
        memos = Set.copyOf(memos);
        relations = Set.copyOf(relations);
        countedCodes = Set.copyOf(countedCodes);
        quotedDocuments = Set.copyOf(quotedDocuments);
        quotationChanges = List.copyOf(quotationChanges);
    }

    /** What a list of entity changes touches; the same list undone touches the same. */
    public static ChangeSet of(List<Change> changes) {
        Collector collector = new Collector();
        changes.forEach(collector::add);
        return collector.build();
    }

    /** Both sets together: what two edits made one after the other changed. */
    public ChangeSet union(ChangeSet other) {
        if (structure || other.structure) {
            return EVERYTHING;
        }
        return new ChangeSet(joined(codes, other.codes), joined(quotations, other.quotations),
                joined(documents, other.documents), joined(participants, other.participants),
                joined(memos, other.memos), joined(relations, other.relations),
                joined(countedCodes, other.countedCodes), joined(quotedDocuments, other.quotedDocuments),
                codeTree || other.codeTree, false, joined(quotationChanges, other.quotationChanges));
    }

    /** Whether a code's record changed (name, colour, place) or its quotations did. */
    public boolean touchesCodes() {
        return structure || !codes.isEmpty() || !countedCodes.isEmpty();
    }

    /** Whether any of these codes changed, as a record or in its quotations. */
    public boolean touchesAnyCode(Set<UUID> codeIds) {
        return structure || codeTree || intersects(codes, codeIds) || intersects(countedCodes, codeIds);
    }

    /** Whether the document's record or its quotations changed. */
    public boolean touchesDocument(UUID documentId) {
        return structure || documents.contains(documentId) || quotedDocuments.contains(documentId);
    }

    /** Whether nothing but quotations changed (coding, comments, resizing). */
    public boolean onlyQuotations() {
        return !structure && codes.isEmpty() && documents.isEmpty() && participants.isEmpty() && memos.isEmpty()
                && relations.isEmpty();
    }

    private static boolean intersects(Set<UUID> a, Set<UUID> b) {
        Set<UUID> small = a.size() <= b.size() ? a : b;
        Set<UUID> large = small == a ? b : a;
        for (UUID id : small) {
            if (large.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static List<Change> joined(List<Change> a, List<Change> b) {
        List<Change> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static Set<UUID> joined(Set<UUID> a, Set<UUID> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<UUID> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** Sorts entity changes into the sets. */
    private static final class Collector {
        private final Set<UUID> codes = new HashSet<>();
        private final Set<UUID> quotations = new HashSet<>();
        private final Set<UUID> documents = new HashSet<>();
        private final Set<UUID> participants = new HashSet<>();
        private final Set<UUID> memos = new HashSet<>();
        private final Set<UUID> relations = new HashSet<>();
        private final Set<UUID> countedCodes = new HashSet<>();
        private final Set<UUID> quotedDocuments = new HashSet<>();
        private final List<Change> quotationChanges = new java.util.ArrayList<>();
        private boolean codeTree;
        private boolean structure;

        void add(Change change) {
            Entity subject = change.subject();
            if (subject instanceof Code code) {
                codes.add(code.id());
                if (change.before() == null || change.after() == null
                        || !Objects.equals(((Code) change.before()).parentId(), ((Code) change.after()).parentId())) {
                    codeTree = true;
                }
            } else if (subject instanceof Quotation quotation) {
                quotations.add(quotation.id());
                quotationChanges.add(change);
                for (Entity side : new Entity[] {change.before(), change.after()}) {
                    if (side instanceof Quotation q) {
                        countedCodes.addAll(q.codeIds());
                        quotedDocuments.add(q.documentId());
                    }
                }
            } else if (subject instanceof Document document) {
                documents.add(document.id());
            } else if (subject instanceof Participant participant) {
                participants.add(participant.id());
            } else if (subject instanceof Memo memo) {
                memos.add(memo.id());
            } else if (subject instanceof Relation relation) {
                relations.add(relation.id());
            } else {
                structure = true;
            }
        }

        ChangeSet build() {
            if (structure) {
                return EVERYTHING;
            }
            return new ChangeSet(codes, quotations, documents, participants, memos, relations, countedCodes,
                    quotedDocuments, codeTree, false, quotationChanges);
        }
    }
}
