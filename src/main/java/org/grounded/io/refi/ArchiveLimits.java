package org.grounded.io.refi;

import org.grounded.io.SizeLimits;

/**
 * How much a .qdpx archive may make Grounded read, so that a hostile or broken archive (a zip
 * bomb) is refused instead of filling memory. Sizes are counted from the bytes actually
 * inflated, never from the sizes the archive declares.
 *
 * @param maxEntries    entries in the archive's directory
 * @param maxEntryBytes uncompressed bytes of one entry that Grounded reads (the project XML, a text source)
 * @param maxTotalBytes uncompressed bytes of all entries read together
 * @param maxRatio      uncompressed bytes per compressed byte, checked once an entry passes {@code ratioFloorBytes}
 * @param ratioFloorBytes below this size an entry may compress as well as it likes (a small file of spaces)
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

    /** Generous for real projects (hundreds of transcripts), far below what hurts a desktop. */
    public static final ArchiveLimits DEFAULT =
            new ArchiveLimits(20_000, SizeLimits.ARCHIVE_ENTRY_BYTES, SizeLimits.ARCHIVE_TOTAL_BYTES, 200, SizeLimits.MIB);

    public ArchiveLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("Archive limits must be positive");
        }
    }
}
