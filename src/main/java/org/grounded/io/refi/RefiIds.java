package org.grounded.io.refi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The GUIDs of an imported file and the ids Grounded gives their entities: the GUID itself
 * wherever possible, so that a project keeps its identities through a round trip; a derived id
 * when a GUID is malformed or used twice (which would otherwise make the project refuse it).
 */
final class RefiIds {

    /** What a GUID names in the file. */
    enum Kind { CODE, VARIABLE, CASE, SOURCE, OTHER_SOURCE, SELECTION, NOTE, LINK, SET, GRAPH }

    private record Key(Kind kind, String guid) {
    }

    private final Map<Key, UUID> ids = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Set<UUID> used = new HashSet<>();
    private final ImportLog log;
    private final ImportedFormBuilder form = new ImportedFormBuilder();

    RefiIds(ImportLog log) {
        this.log = log;
    }

    /** How the file wrote what Grounded keeps in its own form; its GUIDs' spellings are kept as they are claimed. */
    ImportedFormBuilder form() {
        return form;
    }

    /** Registers a GUID of the file and returns the id its entity gets. */
    UUID claim(Kind kind, String guid) {
        String key = RefiValues.key(guid);
        UUID id = RefiValues.guid(guid).orElse(null);
        if (id == null) {
            id = RefiValues.derived("malformed-guid", kind, key);
            log.note("A " + kind.name().toLowerCase(Locale.ROOT) + " has a malformed GUID '" + guid
                    + "'; it was given a new id");
        }
        if (!used.add(id)) {
            id = RefiValues.derived("duplicate-guid", kind, key);
            used.add(id);
            log.note("The GUID " + key + " is used twice in the file; the second use was given a new id");
        }
        form.guid(id, guid);
        ids.putIfAbsent(new Key(kind, key), id);
        kinds.putIfAbsent(key, kind);
        return id;
    }

    /** Reserves an id Grounded made up itself (a split group), so no GUID of the file can take it later. */
    void reserve(UUID id) {
        used.add(id);
    }

    Optional<UUID> find(Kind kind, String guid) {
        return Optional.ofNullable(ids.get(new Key(kind, RefiValues.key(guid))));
    }

    /** What the GUID names, if the file declares it anywhere. */
    Optional<Kind> kindOf(String guid) {
        return Optional.ofNullable(kinds.get(RefiValues.key(guid)));
    }
}
