package org.grounded.io.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A .qdpx archive opened for reading. Nothing is ever extracted to disk: entries are read into
 * memory on demand, through counters that refuse an archive as soon as it inflates past the
 * {@link ArchiveLimits} (a zip bomb) — counted on the bytes actually read, not on the sizes the
 * archive claims. An entry whose name would leave the archive's folder (zip slip,
 * {@code ../../evil.txt}, {@code /etc/passwd}) makes the whole archive refused, since no honest
 * exporter writes one.
 */
final class QdpxArchive implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QdpxArchive.class);
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final ArchiveLimits limits;
    private final ZipFile zip;
    /** Entries by their lower-case name, for the case-insensitive lookups exporters need. */
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private long totalRead;

    private QdpxArchive(Path file, ArchiveLimits limits, ZipFile zip) {
        this.file = file;
        this.limits = limits;
        this.zip = zip;
    }

    static QdpxArchive open(Path file, ArchiveLimits limits) throws RefiImportException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new RefiImportException(file, "is not a REFI-QDA project: a .qdpx file is a zip archive, and this one "
                    + "cannot be read as one (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new RefiImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        QdpxArchive archive = new QdpxArchive(file, limits, zip);
        try {
            archive.index();
        } catch (RefiImportException | RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    private void index() throws RefiImportException {
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw new RefiImportException(file, "holds more than " + limits.maxEntries()
                        + " entries; Grounded refuses it as a possible zip bomb");
            }
            String name = entry.getName();
            if (escapes(name)) {
                throw new RefiImportException(file, "holds an entry named '" + name + "' that points outside the "
                        + "archive's folder; the file is damaged or hostile and was not imported");
            }
            if (!entry.isDirectory()) {
                entries.putIfAbsent(normalise(name), entry);
            }
        }
    }

    /** True for names that are absolute or climb out of the archive with "..". */
    static boolean escapes(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return true;
        }
        String slashes = name.replace('\\', '/');
        if (slashes.startsWith("/") || slashes.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : slashes.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path.toLowerCase(Locale.ROOT);
    }

    Path file() {
        return file;
    }

    /**
     * The project's XML: {@code project.qde} at the root, or else the only {@code .qde} at the root
     * (ATLAS.ti 26 names it after the project).
     */
    String projectEntryName() throws RefiImportException {
        ZipEntry standard = entries.get("project.qde");
        if (standard != null) {
            return standard.getName();
        }
        List<String> candidates = new ArrayList<>();
        entries.forEach((key, entry) -> {
            if (!key.contains("/") && key.endsWith(".qde")) {
                candidates.add(entry.getName());
            }
        });
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new RefiImportException(file, "holds no project.qde (the XML that describes a REFI-QDA project); "
                    + "it is not a .qdpx export or it is damaged");
        }
        throw new RefiImportException(file, "holds several project descriptions (" + String.join(", ", candidates)
                + ") and none is named project.qde; Grounded cannot tell which one to read");
    }

    /**
     * Finds a file that a source or note refers to: by its path inside the archive, or in the
     * {@code sources} folder whatever its case ({@code Sources/}, {@code sources/}), or at the root.
     */
    Optional<String> find(String path) {
        String key = normalise(path);
        String bare = key.contains("/") ? key.substring(key.lastIndexOf('/') + 1) : key;
        for (String candidate : List.of(key, "sources/" + key, "sources/" + bare, bare)) {
            ZipEntry entry = entries.get(candidate);
            if (entry != null) {
                return Optional.of(entry.getName());
            }
        }
        return Optional.empty();
    }

    /** Reads an entry whole, refusing it as soon as it inflates past the limits. */
    byte[] read(String entryName) throws RefiImportException {
        ZipEntry entry = entries.get(normalise(entryName));
        if (entry == null) {
            throw new RefiImportException(file, "has no entry '" + entryName + "'");
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        // The size the archive declares refuses an honest bomb before a byte is inflated; a lying
        // one is still stopped by the bytes actually read below.
        long declared = entry.getSize();
        if (declared > limits.maxEntryBytes()) {
            throw bomb(entryName, "expands to more than " + megabytes(limits.maxEntryBytes()));
        }
        if (declared > 0 && totalRead + declared > limits.maxTotalBytes()) {
            throw bomb(entryName, "brings the archive past " + megabytes(limits.maxTotalBytes()) + " uncompressed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : BUFFER);
        byte[] buffer = new byte[BUFFER];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                totalRead += n;
                if (read > limits.maxEntryBytes()) {
                    throw bomb(entryName, "expands to more than " + megabytes(limits.maxEntryBytes()));
                }
                if (totalRead > limits.maxTotalBytes()) {
                    throw bomb(entryName, "brings the archive past " + megabytes(limits.maxTotalBytes()) + " uncompressed");
                }
                if (read > limits.ratioFloorBytes() && read / compressed > limits.maxRatio()) {
                    throw bomb(entryName, "expands more than " + limits.maxRatio() + " times its compressed size");
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new RefiImportException(file, "has a damaged entry '" + entryName + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RefiImportException(file, "cannot read entry '" + entryName + "': " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private RefiImportException bomb(String entryName, String what) {
        return new RefiImportException(file, "entry '" + entryName + "' " + what
                + "; Grounded refuses it as a possible zip bomb");
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Closing a read-only zip cannot lose data; nothing the user could do about it.
            LOG.debug("Closing {} failed", file, e);
        }
    }
}
