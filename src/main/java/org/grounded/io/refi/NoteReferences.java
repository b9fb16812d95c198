package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who refers to which note: a NoteRef inside a code, source, selection, link or the project, or
 * a Link between a note and something else (as NVivo writes annotations). Decides, once all are
 * read, whether a note is a memo or a comment on the one selection or relation it belongs to.
 */
final class NoteReferences {

    /** What refers to a note. */
    enum Holder { PROJECT, CODE, DOCUMENT, QUOTATION, RELATION, PARTICIPANT, GROUP, OTHER }

    /** @param id the holder's id in Grounded; null for the project itself */
    record Reference(Holder holder, UUID id) {
    }

    private final Map<String, List<Reference>> byNote = new LinkedHashMap<>();

    void add(String noteGuid, Holder holder, UUID id) {
        byNote.computeIfAbsent(RefiValues.key(noteGuid), k -> new ArrayList<>()).add(new Reference(holder, id));
    }

    List<Reference> of(String noteGuid) {
        return byNote.getOrDefault(RefiValues.key(noteGuid), List.of());
    }

    /** Every note GUID referred to, for reporting references to notes the file does not hold. */
    Iterable<String> noteKeys() {
        return byNote.keySet();
    }
}
