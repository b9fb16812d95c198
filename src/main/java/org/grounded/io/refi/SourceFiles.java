package org.grounded.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.grounded.io.SizeLimits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Finds the files that sources and notes point to. REFI-QDA writes {@code internal://NAME} for a
 * file in the archive's {@code sources} folder, {@code relative://PATH} for one beside the
 * project's {@code basePath}, {@code absolute://PATH} for one anywhere; some tools write a bare
 * name. Files outside the archive are read only when the user allowed it ({@link ExternalSources}),
 * when they exist, and within the same size limit as archive entries; a relative path that climbs
 * out of the project's folder ({@code relative://../../x}) is never read.
 */
final class SourceFiles {

    /** A file a source points to that cannot be had; the message says why, for the report. */
    static class Missing extends Exception {
        private static final long serialVersionUID = 1L;

        Missing(String message) {
            super(message);
        }
    }

    /** A file outside the archive that was not read because the user did not allow it. */
    static final class External extends Missing {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        External(Path file) {
            super("it is a file outside the archive (" + file + "), which is read only when allowed");
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    private final QdpxArchive archive;
    private final String basePath;
    private final ArchiveLimits limits;
    private final ImportLog log;
    private final ExternalSources external;

    SourceFiles(QdpxArchive archive, String basePath, ArchiveLimits limits, ImportLog log, ExternalSources external) {
        this.archive = archive;
        this.external = external;
        this.basePath = basePath == null ? "" : basePath.strip();
        this.limits = limits;
        this.log = log;
    }

    /** The bytes of the file at a REFI-QDA path. */
    byte[] read(String path) throws Missing, RefiImportException {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("internal://")) {
            return fromArchive(path.substring("internal://".length()), path);
        }
        if (lower.startsWith("relative://")) {
            String relative = stripSlashes(path.substring("relative://".length()));
            Optional<String> inside = archive.find(relative);
            if (inside.isPresent()) {
                return archive.read(inside.get());
            }
            Path base = relativeBase().normalize();
            Path file = base.resolve(asPath(relative, path)).normalize();
            if (!file.startsWith(base)) {
                throw new Missing("the path " + path + " leaves the project's folder; it was not read");
            }
            return fromDisk(file, path);
        }
        if (lower.startsWith("absolute://") || lower.startsWith("file://")) {
            String rest = stripSlashes(path.substring(path.indexOf("://") + 3));
            Path file = asPath(rest.matches("^[A-Za-z]:.*") ? rest : "/" + rest, path);
            if (external == ExternalSources.READ && Files.isRegularFile(file)) {
                return fromDisk(file, path);
            }
            Optional<String> inside = archive.find(fileName(rest));
            if (inside.isPresent()) {
                return archive.read(inside.get());
            }
            if (Files.isRegularFile(file)) {
                return fromDisk(file, path);
            }
            throw new Missing("the file " + path + " is neither on this computer nor in the archive");
        }
        return fromArchive(path, path);
    }

    private byte[] fromArchive(String name, String path) throws Missing, RefiImportException {
        Optional<String> entry = archive.find(stripSlashes(name));
        if (entry.isEmpty()) {
            throw new Missing("the archive has no file " + path);
        }
        return archive.read(entry.get());
    }

    private Path relativeBase() throws Missing {
        Path archiveFolder = archive.file().toAbsolutePath().getParent();
        if (basePath.isEmpty()) {
            return archiveFolder;
        }
        String base = basePath;
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file://") || lower.startsWith("absolute://")) {
            base = "/" + stripSlashes(base.substring(base.indexOf("://") + 3));
        }
        Path path = asPath(base, basePath);
        return path.isAbsolute() ? path : archiveFolder.resolve(path);
    }

    private byte[] fromDisk(Path file, String path) throws Missing {
        if (!Files.isRegularFile(file)) {
            throw new Missing("the file " + path + " is not in the archive and not found at " + file);
        }
        if (external == ExternalSources.LEFT_OUT) {
            throw new External(file);
        }
        try {
            if (Files.size(file) > limits.maxEntryBytes()) {
                throw new Missing("the file " + file + " is too large ("
                        + SizeLimits.overLimit(Files.size(file), limits.maxEntryBytes()) + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            // A file from outside the archive is the user's to know about: the project points at it, it is not in it.
            log.note("Read " + path + " from " + file + ", outside the archive");
            return bytes;
        } catch (IOException e) {
            throw new Missing("the file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static Path asPath(String text, String original) throws Missing {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new Missing("the path " + original + " is not a valid path on this computer");
        }
    }

    private static String stripSlashes(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '/' || text.charAt(i) == '\\')) {
            i++;
        }
        return text.substring(i);
    }

    private static String fileName(String path) {
        String slashes = path.replace('\\', '/');
        return slashes.substring(slashes.lastIndexOf('/') + 1);
    }

    /** The text of a .docx: its paragraphs, and its tables row by row with cells separated by tabs. */
    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!line.isEmpty()) {
                                line.append('\t');
                            }
                            line.append(cell.getText());
                        }
                        text.append(line).append('\n');
                    }
                }
            }
            return text.toString();
        } catch (RuntimeException e) {
            // POI reports damaged documents with unchecked exceptions of many kinds.
            throw new IOException("not a readable .docx (" + e.getMessage() + ")", e);
        }
    }
}
