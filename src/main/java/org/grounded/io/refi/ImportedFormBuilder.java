package org.grounded.io.refi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.ImportedForm;
import org.w3c.dom.Element;

/**
 * Gathers, while a file is read, how it wrote what Grounded keeps in its own form (GUID spellings,
 * users' GUIDs, codes without colour, empty descriptions, rich-text files), for the project's
 * {@link ImportedForm}.
 */
final class ImportedFormBuilder {

    private final Map<UUID, String> guids = new LinkedHashMap<>();
    private final Map<String, String> users = new LinkedHashMap<>();
    private final Set<UUID> uncolouredCodes = new LinkedHashSet<>();
    private final Set<UUID> emptyDescriptions = new LinkedHashSet<>();
    private final Map<UUID, ImportedForm.RichText> richTexts = new LinkedHashMap<>();
    private boolean emptyDescription;

    /** Keeps a GUID's spelling when it is not how Grounded writes the id it became (upper case, braces). */
    void guid(UUID id, String written) {
        String spelling = written.strip();
        if (!spelling.equals(id.toString()) && RefiValues.guid(spelling).filter(id::equals).isPresent()) {
            guids.putIfAbsent(id, spelling);
        }
    }

    /** Keeps the GUID the file gave something Grounded derives its own id for (a coding). */
    void alias(UUID derived, String written) {
        String spelling = written == null ? "" : written.strip();
        if (RefiValues.guid(spelling).isPresent() && !spelling.equals(derived.toString())) {
            guids.putIfAbsent(derived, spelling);
        }
    }

    void user(String name, String guid) {
        if (RefiValues.guid(guid).isPresent()) {
            users.putIfAbsent(name, guid.strip());
        }
    }

    void uncoloured(UUID code) {
        uncolouredCodes.add(code);
    }

    /** The element's Description, "" when absent; an empty one is remembered for the entity {@code id}. */
    String description(Element element, UUID id) {
        var child = Dom.child(element, "Description");
        String text = child.map(Element::getTextContent).orElse("");
        if (child.isPresent() && text.isBlank()) {
            emptyDescriptions.add(id);
        }
        return text;
    }

    /** The project's Description, "" when absent; an empty one is remembered. */
    String projectDescription(Element root) {
        var child = Dom.child(root, "Description");
        String text = child.map(Element::getTextContent).orElse("");
        emptyDescription = child.isPresent() && text.isBlank();
        return text;
    }

    void richText(UUID document, String path, byte[] content) {
        richTexts.put(document, new ImportedForm.RichText(path, content));
    }

    ImportedForm build() {
        return new ImportedForm(guids, users, uncolouredCodes, emptyDescriptions, emptyDescription, richTexts);
    }
}
