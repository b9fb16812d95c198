package org.grounded.io.refi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Project;
import org.w3c.dom.Element;

/**
 * Writes the codes of a project as nested Code elements, for a project's CodeBook and for a
 * .qdc codebook alike. Every code is codable, as in Grounded. The coding level and the core
 * mark, which REFI-QDA has no place for, travel in Grounded's processing instruction.
 */
final class CodebookWriter {

    private CodebookWriter() {
    }

    /**
     * @param memoRefs the memos to reference from each code (a project's CodeBook); null for a
     *                 .qdc file, whose schema has no NoteRef
     */
    static void write(XmlOut xml, Element codes, Project project, Map<UUID, List<UUID>> memoRefs) {
        for (Code code : project.rootCodes()) {
            write(xml, codes, code, project, memoRefs);
        }
    }

    private static void write(XmlOut xml, Element parent, Code code, Project project, Map<UUID, List<UUID>> memoRefs) {
        Element element = xml.add(parent, "Code");
        XmlOut.set(element, "guid", code.id());
        XmlOut.set(element, "name", code.name());
        XmlOut.set(element, "isCodable", "true");
        if (!project.importedForm().uncoloured(code)) {
            // A code that came without a colour and was not given one goes out without: no invented grey.
            XmlOut.set(element, "color", code.colour());
        }
        if (code.level() != CodingLevel.OPEN || code.core()) {
            GroundedExtension.write(element, new GroundedExtension.CodeData(code.level().name().toLowerCase(Locale.ROOT),
                    code.core()));
        }
        if (!code.description().isEmpty() || project.importedForm().emptyDescriptions().contains(code.id())) {
            xml.add(element, "Description", code.description());
        }
        if (memoRefs != null) {
            for (UUID memo : memoRefs.getOrDefault(code.id(), List.of())) {
                XmlOut.set(xml.add(element, "NoteRef"), "targetGUID", memo);
            }
        }
        for (Code child : project.children(code.id())) {
            write(xml, element, child, project, memoRefs);
        }
    }
}
