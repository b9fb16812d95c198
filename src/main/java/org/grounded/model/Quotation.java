package org.grounded.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A coded passage: a character range of one document with the codes applied to it.
 * Offsets are Java string indices, end exclusive; they never split a surrogate pair
 * (checked by {@link Project} against the document's text).
 */
public record Quotation(UUID id, UUID documentId, int start, int end, List<UUID> codeIds, String comment,
                        String coder, Instant createdAt) implements Entity {

    public Quotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A quotation needs a non-empty range, not [" + start + ", " + end + ")");
        }
        codeIds = Copies.distinctList(codeIds);
        comment = Copies.text(comment);
        coder = Copies.text(coder);
    }

    public static Quotation of(UUID documentId, int start, int end, Collection<UUID> codeIds, String coder) {
        return new Quotation(UUID.randomUUID(), documentId, start, end, List.copyOf(codeIds), "", coder, Instant.now());
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

    public Quotation withRange(int newStart, int newEnd) {
        return new Quotation(id, documentId, newStart, newEnd, codeIds, comment, coder, createdAt);
    }

    public Quotation withCodes(List<UUID> newCodeIds) {
        return new Quotation(id, documentId, start, end, newCodeIds, comment, coder, createdAt);
    }

    public Quotation withComment(String newComment) {
        return new Quotation(id, documentId, start, end, codeIds, newComment, coder, createdAt);
    }

    @Override
    public String label() {
        return "quotation " + start + "-" + end;
    }
}
