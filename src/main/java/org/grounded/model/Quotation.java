package org.grounded.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A coded passage: a character range of one document with the codes applied to it.
 * Offsets are Java string indices, end exclusive; they never split a surrogate pair
 * (checked by {@link Project} against the document's text).
 *
 * <p>{@link #coder} and {@link #createdAt} say who made the selection and when; each code on it
 * has its own {@link Coding} (who applied it, when), so that two coders coding the same range do
 * not overwrite each other. {@link #codeIds} is the distinct codes in order, the view the analyses
 * use; {@link #codings} is kept in the same order, with at least one coding per code (a code given
 * without one is stamped with the quotation's coder and time). {@link #name} is the selection's
 * name when an imported file gave it one (qc's {@code line:N}), otherwise empty.
 */
public record Quotation(UUID id, UUID documentId, int start, int end, List<UUID> codeIds, String comment,
                        String coder, Instant createdAt, String name, List<Coding> codings) implements Entity {

    public Quotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A quotation needs a non-empty range, not [" + start + ", " + end + ")");
        }
        comment = Copies.text(comment);
        coder = Copies.text(coder);
        name = Copies.text(name);
        List<Coding> given = codings == null ? List.of() : codings;
        codeIds = distinctCodeIds(codeIds == null ? List.of() : codeIds, given);
        codings = normalised(codeIds, given, coder, createdAt);
    }

    /** As before per-coding stamps: every code stamped with the quotation's coder and time, no name. */
    public Quotation(UUID id, UUID documentId, int start, int end, List<UUID> codeIds, String comment,
                     String coder, Instant createdAt) {
        this(id, documentId, start, end, codeIds, comment, coder, createdAt, "", List.of());
    }

    public static Quotation of(UUID documentId, int start, int end, Collection<UUID> codeIds, String coder) {
        return new Quotation(UUID.randomUUID(), documentId, start, end, List.copyOf(codeIds), "", coder, Instant.now());
    }

    /**
     * The given codes and then the codings' codes, each once, in order. A quotation has a few codes:
     * looking back along a list is quicker than a set, which opening a project made 200,000 times.
     */
    private static List<UUID> distinctCodeIds(List<UUID> codeIds, List<Coding> codings) {
        int count = codeIds.size() + codings.size();
        if (count > 16) {
            Set<UUID> ids = new LinkedHashSet<>(codeIds);
            codings.forEach(coding -> ids.add(coding.codeId()));
            return List.copyOf(ids);
        }
        List<UUID> ids = new ArrayList<>(count);
        for (UUID id : codeIds) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        for (Coding coding : codings) {
            if (!ids.contains(coding.codeId())) {
                ids.add(coding.codeId());
            }
        }
        return List.copyOf(ids);
    }

    /** Codings grouped in code order, one per code and coder (the first given), a default for a code without. */
    private static List<Coding> normalised(List<UUID> codeIds, List<Coding> given, String coder, Instant createdAt) {
        List<Coding> result = new ArrayList<>(Math.max(codeIds.size(), given.size()));
        for (UUID codeId : codeIds) {
            int before = result.size();
            for (Coding coding : given) {
                Objects.requireNonNull(coding, "coding");
                if (coding.codeId().equals(codeId) && noneSameAs(result, before, coding)) {
                    result.add(coding);
                }
            }
            if (result.size() == before) {
                result.add(new Coding(codeId, coder, createdAt));
            }
        }
        return List.copyOf(result);
    }

    private static boolean noneSameAs(List<Coding> codings, int from, Coding coding) {
        for (int index = from; index < codings.size(); index++) {
            if (coding.sameAs(codings.get(index))) {
                return false;
            }
        }
        return true;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Quotation other) {
        return documentId.equals(other.documentId) && start < other.end && other.start < end;
    }

    public boolean hasCode(UUID codeId) {
        return codeIds.contains(codeId);
    }

    /** The codings of one code, one per coder who applied it. */
    public List<Coding> codingsOf(UUID codeId) {
        return codings.stream().filter(coding -> coding.codeId().equals(codeId)).toList();
    }

    /** Whether this coder applied this code here. */
    public boolean hasCoding(UUID codeId, String byCoder) {
        return codings.stream().anyMatch(coding -> coding.codeId().equals(codeId) && coding.coder().equals(byCoder));
    }

    public Quotation withRange(int newStart, int newEnd) {
        return new Quotation(id, documentId, newStart, newEnd, codeIds, comment, coder, createdAt, name, codings);
    }

    /**
     * These codes, in this order: codes kept keep their codings, codes new here are stamped with
     * the quotation's coder and time (use {@link #withCoding} to stamp the acting coder).
     */
    public Quotation withCodes(List<UUID> newCodeIds) {
        List<Coding> kept = codings.stream().filter(coding -> newCodeIds.contains(coding.codeId())).toList();
        return new Quotation(id, documentId, start, end, newCodeIds, comment, coder, createdAt, name, kept);
    }

    /** With one more coding: the code added if it is new here, the coder's stamp added if they had not applied it. */
    public Quotation withCoding(UUID codeId, String byCoder, Instant at) {
        if (hasCoding(codeId, Copies.text(byCoder))) {
            return this;
        }
        List<UUID> ids = new ArrayList<>(codeIds);
        if (!ids.contains(codeId)) {
            ids.add(codeId);
        }
        List<Coding> more = new ArrayList<>(codings);
        more.add(new Coding(codeId, byCoder, at));
        return new Quotation(id, documentId, start, end, ids, comment, coder, createdAt, name, more);
    }

    /**
     * One code replaced by another in its place (merging or splitting codes): its codings move with
     * it, keeping their coders and times; when the quotation already had the other code, the two
     * become one, keeping each coder once.
     */
    public Quotation withCodeReplaced(UUID codeId, UUID replacement) {
        if (!hasCode(codeId)) {
            return this;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (UUID each : codeIds) {
            ids.add(each.equals(codeId) ? replacement : each);
        }
        List<Coding> moved = codings.stream()
                .map(coding -> coding.codeId().equals(codeId) ? new Coding(replacement, coding.coder(), coding.createdAt()) : coding)
                .toList();
        return new Quotation(id, documentId, start, end, List.copyOf(ids), comment, coder, createdAt, name, moved);
    }

    public Quotation withComment(String newComment) {
        return new Quotation(id, documentId, start, end, codeIds, newComment, coder, createdAt, name, codings);
    }

    public Quotation withName(String newName) {
        return new Quotation(id, documentId, start, end, codeIds, comment, coder, createdAt, newName, codings);
    }

    @Override
    public String label() {
        return "quotation " + start + "-" + end;
    }
}
