package org.grounded.io.refi;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.grounded.files.AtomicFileWriter;
import org.grounded.io.SizeLimits;
import org.grounded.model.Progress;
import org.grounded.model.Project;

/**
 * Exports a project as a REFI-QDA project ({@code .qdpx}) that ATLAS.ti, NVivo, MAXQDA and
 * QualCoder can open: everything a Grounded project holds that the standard has a place for,
 * plus Grounded's own details in processing instructions the other tools ignore (see
 * {@link QdeWriter}). Written atomically, like a project file: the target is replaced only once
 * the archive is complete.
 *
 * <p>Reads the project on the calling thread, so background exports pass a {@link Project#copy()}.
 */
public final class QdpxExporter {

    private final ArchiveLimits importLimits;

    public QdpxExporter() {
        this(ArchiveLimits.DEFAULT);
    }

    /** @param importLimits what the importer reads, so that the report says when it could not read this export */
    public QdpxExporter(ArchiveLimits importLimits) {
        this.importLimits = importLimits;
    }

    /** The {@code origin} written into exports, by which the importer recognises Grounded's own files. */
    public static final String ORIGIN = "Grounded";

    public RefiExportReport export(Project project, Path target, Progress progress) throws IOException {
        return export(project, target, QdpxPositions.CODE_POINTS, progress);
    }

    /** @param positions how selection positions are counted: code points (the standard) or UTF-16 units (for NVivo) */
    public RefiExportReport export(Project project, Path target, QdpxPositions positions, Progress progress)
            throws IOException {
        progress.update(0, 2, "Writing " + target.getFileName());
        QdeWriter writer = new QdeWriter(project, origin(), positions);
        Map<String, byte[]> entries = writer.entries();
        if (progress.isCancelled()) {
            throw new CancellationException("Export cancelled");
        }
        progress.update(1, 2, "Writing " + target.getFileName());
        FileTime time = FileTime.from(project.info().createdAt());
        new AtomicFileWriter().write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(time);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
        progress.update(2, 2, "Wrote " + target.getFileName());
        List<String> notes = new ArrayList<>(writer.notes());
        notes.addAll(beyondImportLimits(entries));
        return new RefiExportReport(target, project.codes().size(), project.documents().size(), project.quotations().size(),
                project.memos().size(), project.participants().size(), project.groups().size(), project.relations().size(),
                notes);
    }

    /** What Grounded's own import would refuse in this archive: it says so rather than write it silently. */
    private List<String> beyondImportLimits(Map<String, byte[]> entries) {
        List<String> notes = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            long size = entry.getValue().length;
            total += size;
            if (size > importLimits.maxEntryBytes()) {
                notes.add(entry.getKey() + " is too large for Grounded to import again ("
                        + SizeLimits.overLimit(size, importLimits.maxEntryBytes()) + " of one file in an archive)");
            }
        }
        if (total > importLimits.maxTotalBytes()) {
            notes.add("The archive is too large for Grounded to import again ("
                    + SizeLimits.overLimit(total, importLimits.maxTotalBytes()) + " of an archive's content); "
                    + "the project file (.grounded) keeps all of it");
        }
        return notes;
    }

    static String origin() {
        String version = QdpxExporter.class.getPackage().getImplementationVersion();
        return version == null ? ORIGIN : ORIGIN + " " + version;
    }
}
