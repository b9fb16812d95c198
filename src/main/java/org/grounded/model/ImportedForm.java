package org.grounded.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How a file imported from another tool wrote what Grounded keeps in its own form, so that an
 * export writes it again as it came (issue 20, decision 0028): other tools notice a GUID
 * re-cased, a colour invented, an empty description dropped, a rich-text file lost. Set when a
 * project is imported and never edited; what the user changes is written as changed, because the
 * writer consults this only where the project still holds the imported value.
 *
 * @param guids             the spelling of a GUID where it was not Grounded's own (upper case,
 *                          braces), by the id it became: an entity's, or the one Grounded derives
 *                          for a coding, which has no id of its own
 * @param users             the GUID of each user of the file, by the user's name
 * @param uncolouredCodes   codes that came without a colour (drawn in {@link Code#DEFAULT_COLOUR})
 * @param emptyDescriptions entities that came with an empty description element
 * @param emptyDescription  whether the project itself came with an empty description element
 * @param richTexts         a document's rich-text file (a .docx) as it came, by the document's id
 */
public record ImportedForm(Map<UUID, String> guids, Map<String, String> users, Set<UUID> uncolouredCodes,
                           Set<UUID> emptyDescriptions, boolean emptyDescription, Map<UUID, RichText> richTexts) {

    /** Nothing imported: Grounded writes everything its own way. */
    public static final ImportedForm NONE = new ImportedForm(Map.of(), Map.of(), Set.of(), Set.of(), false, Map.of());

    /**
     * A rich-text file that came with a source.
     *
     * @param path    the source's {@code richTextPath} as written (e.g. {@code internal://NAME.docx})
     * @param content the file's bytes, untouched
     */
    public record RichText(String path, byte[] content) {

        public RichText {
            Objects.requireNonNull(path, "path");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RichText that && path.equals(that.path) && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return 31 * path.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "RichText[" + path + ", " + content.length + " bytes]";
        }
    }

    public ImportedForm {
        guids = Copies.orderedMap(guids);
        users = Copies.orderedMap(users);
        uncolouredCodes = Copies.orderedSet(uncolouredCodes);
        emptyDescriptions = Copies.orderedSet(emptyDescriptions);
        richTexts = Copies.orderedMap(richTexts);
    }

    /** The GUID of an entity as the file wrote it, or Grounded's own spelling of its id. */
    public String guid(UUID id) {
        return guids.getOrDefault(id, id.toString());
    }

    /** Whether a code came without a colour and still has the one Grounded drew it in. */
    public boolean uncoloured(Code code) {
        return uncolouredCodes.contains(code.id()) && Code.DEFAULT_COLOUR.equals(code.colour());
    }

    /**
     * What is kept about the entities that still {@code exist}: a saved project does not carry the
     * rich text or descriptions of what was deleted. GUID spellings stay (ids are never reused, and
     * a coding's derived id names no entity).
     */
    public ImportedForm keepOnly(Predicate<UUID> exist) {
        return new ImportedForm(guids, users,
                uncolouredCodes.stream().filter(exist).collect(Collectors.toCollection(LinkedHashSet::new)),
                emptyDescriptions.stream().filter(exist).collect(Collectors.toCollection(LinkedHashSet::new)),
                emptyDescription, filter(richTexts, exist));
    }

    private static <V> Map<UUID, V> filter(Map<UUID, V> map, Predicate<UUID> exist) {
        Map<UUID, V> kept = new LinkedHashMap<>();
        map.forEach((id, value) -> {
            if (exist.test(id)) {
                kept.put(id, value);
            }
        });
        return kept;
    }
}
