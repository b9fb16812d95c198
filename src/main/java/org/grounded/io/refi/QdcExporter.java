package org.grounded.io.refi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.w3c.dom.Element;

/**
 * Exports a project's codebook as a REFI-QDA codebook ({@code .qdc}), valid against
 * Codebook.xsd: the code tree with colours and descriptions, and the code groups as Sets. Memos,
 * which the codebook schema has no place for, stay behind. An empty Sets element, which the
 * schema forbids, is never written.
 */
public final class QdcExporter {

    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    /** @throws IllegalArgumentException when the project has no codes: a codebook needs at least one */
    public RefiExportReport export(Project project, Path target) throws IOException {
        if (project.codes().isEmpty()) {
            throw new IllegalArgumentException("Project '" + project.info().name()
                    + "' has no codes; a REFI-QDA codebook needs at least one");
        }
        XmlOut xml = new XmlOut(NAMESPACE);
        Element root = xml.root("CodeBook");
        XmlOut.set(root, "origin", QdpxExporter.origin());
        CodebookWriter.write(xml, xml.add(root, "Codes"), project, null);
        List<Group> groups = project.groups(GroupKind.CODE);
        if (!groups.isEmpty()) {
            Element sets = xml.add(root, "Sets");
            for (Group group : groups) {
                Element set = xml.add(sets, "Set");
                XmlOut.set(set, "guid", group.id());
                XmlOut.set(set, "name", group.name());
                if (!group.description().isEmpty()) {
                    xml.add(set, "Description", group.description());
                }
                group.memberIds().forEach(id -> XmlOut.set(xml.add(set, "MemberCode"), "guid", id));
            }
        }
        byte[] bytes = xml.bytes();
        new AtomicFileWriter().write(target, out -> out.write(bytes));
        return new RefiExportReport(target, project.codes().size(), 0, 0, 0, 0, groups.size(), 0, List.of());
    }
}
