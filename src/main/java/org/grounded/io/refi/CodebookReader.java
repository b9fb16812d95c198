package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.w3c.dom.Element;

/**
 * Reads a CodeBook (of a project or of a .qdc file) into codes. Nested codes keep their nesting,
 * so a code with sub-codes becomes a category. {@code isCodable="false"} marks a code other
 * tools will not let you code with; Grounded lets you code with any code, so it only counts them.
 */
final class CodebookReader {

    private final RefiIds ids;
    private final ImportLog log;
    private final NoteReferences notes;
    private final List<Code> codes = new ArrayList<>();
    private int notCodable;

    CodebookReader(RefiIds ids, ImportLog log, NoteReferences notes) {
        this.ids = ids;
        this.log = log;
        this.notes = notes;
    }

    /** Reads every code under the CodeBook element's Codes, parents before children. */
    List<Code> read(Element codeBook) {
        for (Element code : Dom.grandchildren(codeBook, "Codes", "Code")) {
            read(code, null);
        }
        if (notCodable > 0) {
            log.note(notCodable + " code(s) were marked as not codable (folders in the tool that wrote the file); "
                    + "they are ordinary codes in Grounded");
        }
        return List.copyOf(codes);
    }

    private void read(Element element, UUID parentId) {
        String guid = Dom.attribute(element, "guid").orElse("");
        Optional<String> name = Dom.attribute(element, "name");
        UUID id = ids.claim(RefiIds.Kind.CODE, guid.isEmpty() ? "code:" + name.orElse("") + ":" + codes.size() : guid);
        Optional<String> colourText = Dom.attribute(element, "color");
        Optional<String> colour = colourText.flatMap(RefiValues::colour);
        if (colourText.isPresent() && colour.isEmpty()) {
            log.note("Code '" + name.orElse("") + "' has the colour '" + colourText.get()
                    + "', which is not #RRGGBB; it got the default colour");
        }
        if (colour.isEmpty()) {
            // Drawn in the default colour, but not exported with one: the file gave it none.
            ids.form().uncoloured(id);
        }
        if ("false".equalsIgnoreCase(element.getAttribute("isCodable").strip())) {
            notCodable++;
        }
        GroundedExtension.CodeData extra = GroundedExtension.read(element, GroundedExtension.CodeData.class, log)
                .orElse(new GroundedExtension.CodeData(null, false));
        codes.add(new Code(id, name.orElse("(unnamed code)"), colour.orElse(null),
                ids.form().description(element, id), parentId, level(extra.level()), extra.core()));
        if (notes != null) {
            for (Element ref : Dom.children(element, "NoteRef")) {
                Dom.attribute(ref, "targetGUID").ifPresent(note -> notes.add(note, NoteReferences.Holder.CODE, id));
            }
        }
        for (Element child : Dom.children(element, "Code")) {
            read(child, id);
        }
    }

    private CodingLevel level(String text) {
        if (text == null || text.isBlank()) {
            return CodingLevel.OPEN;
        }
        try {
            return CodingLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            log.note("Unknown coding level '" + text + "' read as open coding");
            return CodingLevel.OPEN;
        }
    }
}
