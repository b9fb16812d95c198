package org.grounded.io.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grounded.io.SizeLimits;
import org.grounded.model.Code;
import org.grounded.model.Entity;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Imports a REFI-QDA codebook ({@code .qdc}): codes with their nesting, colours and descriptions,
 * and sets of codes as code groups. Accepts the empty {@code <Sets/>} some tools write although
 * the schema forbids it.
 */
public final class QdcImporter {

    private final ArchiveLimits limits;

    public QdcImporter() {
        this(ArchiveLimits.DEFAULT);
    }

    public QdcImporter(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** @throws RefiImportException naming the file and the problem */
    public RefiCodebookImport read(Path file) throws RefiImportException {
        Document xml = SecureXml.parse(bytes(file), file, file.getFileName().toString());
        Element root = xml.getDocumentElement();
        if (!"CodeBook".equals(Dom.localName(root))) {
            throw new RefiImportException(file, "is not a REFI-QDA codebook: its root element is <" + Dom.localName(root)
                    + ">, not <CodeBook>");
        }
        ImportLog log = new ImportLog();
        RefiIds ids = new RefiIds(log);
        List<Code> codes = new CodebookReader(ids, log, null).read(root);
        GroupReader groups = new GroupReader(ids, log);
        Dom.child(root, "Sets").ifPresent(sets -> {
            groups.claim(sets);
            groups.read(sets);
        });
        List<Entity> entities = new ArrayList<>(codes);
        entities.addAll(groups.groups());
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Project codebook;
        try {
            codebook = Project.restore(ProjectInfo.named(name.isBlank() ? "Codebook" : name), entities);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RefiImportException(file, "cannot be read as a consistent codebook: " + e.getMessage(), e);
        }
        return new RefiCodebookImport(codebook, log.report(file, Dom.attribute(root, "origin").orElse(""), "", codebook));
    }

    private byte[] bytes(Path file) throws RefiImportException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
            if (bytes.length > limits.maxEntryBytes()) {
                throw new RefiImportException(file, "is too large for a codebook ("
                        + SizeLimits.overLimit(Files.size(file), limits.maxEntryBytes()) + "); it was not read");
            }
            return bytes;
        } catch (IOException e) {
            throw new RefiImportException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
