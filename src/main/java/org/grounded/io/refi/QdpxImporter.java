package org.grounded.io.refi;

import java.nio.file.Path;
import org.grounded.model.Progress;
import org.w3c.dom.Document;

/**
 * Imports a REFI-QDA project ({@code .qdpx}) as a new Grounded project: codes and categories,
 * text sources with their coded selections, notes as memos and comments, cases as participants
 * with their attributes, sets as groups, links between codes as relations. Safe against hostile
 * archives (see {@link QdpxArchive}, {@link SecureXml}); never writes anything to disk.
 *
 * <p>Runs on the calling thread; the window runs it in the background and shows {@code progress}.
 */
public final class QdpxImporter {

    private final ArchiveLimits limits;

    public QdpxImporter() {
        this(ArchiveLimits.DEFAULT);
    }

    public QdpxImporter(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a .qdpx file.
     *
     * @throws RefiImportException naming the file and the problem when it is not a readable or
     *                             safe REFI-QDA project; parts that cannot be taken (a PDF source,
     *                             a missing text file) are reported instead, in the result
     * @throws java.util.concurrent.CancellationException when {@code progress} says the user cancelled
     */
    public RefiProjectImport read(Path file, Progress progress) throws RefiImportException {
        return read(file, ExternalSources.LEFT_OUT, progress);
    }

    /**
     * Reads a .qdpx file, reading the files outside the archive that its sources and notes point
     * to only when {@code external} says so; those left out are listed in the report.
     */
    public RefiProjectImport read(Path file, ExternalSources external, Progress progress) throws RefiImportException {
        try (QdpxArchive archive = QdpxArchive.open(file, limits)) {
            String entry = archive.projectEntryName();
            progress.update(0, 2, "Reading " + entry);
            Document xml = SecureXml.parse(archive.read(entry), file, entry);
            return new QdeReader(file, limits, external).read(xml, entry, archive, progress);
        }
    }
}
