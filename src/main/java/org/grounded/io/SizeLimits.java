package org.grounded.io;

import java.util.Locale;

/**
 * Every size limit of what Grounded takes in and what it reads back, in one place, so that what
 * Grounded writes, Grounded reads: the project reader's limits lie above every limit of the
 * imports that put text into a project (checked by {@code SizeLimitsTest}).
 *
 * <p>Sizes of files are bytes; lengths of text are Java characters (UTF-16 code units).
 * {@code MB} in messages means 2<sup>20</sup> bytes.
 */
public final class SizeLimits {

    public static final long MIB = 1024L * 1024L;

    /** The largest .txt, .md, .vtt or .srt file a transcript import reads. */
    public static final long TRANSCRIPT_TEXT_FILE_BYTES = 50 * MIB;
    /** The largest .docx, .odt or .pdf file a transcript import reads (pictures make them large). */
    public static final long TRANSCRIPT_CONTAINER_FILE_BYTES = 200 * MIB;
    /** The longest text a transcript import takes from one file, whatever its format. */
    public static final long TRANSCRIPT_TEXT_CHARS = 50 * MIB;

    /**
     * The largest entry of a REFI-QDA archive (or outside file, or .qdc) read: a source's text, the
     * project XML. Three UTF-8 bytes for each character of the longest transcript, so that the
     * export of any imported transcript imports again.
     */
    public static final long ARCHIVE_ENTRY_BYTES = 3 * TRANSCRIPT_TEXT_CHARS;
    /** All entries of one archive read together. */
    public static final long ARCHIVE_TOTAL_BYTES = 512 * MIB;

    /**
     * The largest project file the reader opens: the largest byte array Java holds. A project
     * file is read whole, and a larger project would not fit in a desktop's memory anyway.
     */
    public static final long PROJECT_FILE_BYTES = Integer.MAX_VALUE - 8;
    /**
     * The longest single text (a document, a memo, a code's description) the project reader
     * opens: any that fits in a project file. A string in the file is never longer in characters
     * than the file is in bytes, so no text that Grounded wrote is refused for its length.
     */
    public static final int PROJECT_STRING_CHARS = (int) PROJECT_FILE_BYTES;
    /**
     * How deeply the project file's JSON may nest. Grounded writes at most six levels (project,
     * documents, a document, its turns, a turn...); Jackson's own default, kept for hostile files.
     */
    public static final int PROJECT_NESTING_DEPTH = 1000;
    /** The longest number in a project file; Grounded writes no number longer than 25 characters. */
    public static final int PROJECT_NUMBER_CHARS = 1000;

    private SizeLimits() {
    }

    /** "50 MB", "1.5 KB", "812 bytes", for messages. */
    public static String describe(long bytes) {
        if (bytes >= MIB) {
            return formatted(bytes / (double) MIB) + " MB";
        }
        if (bytes >= 1024) {
            return formatted(bytes / 1024.0) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /**
     * A size over its limit, saying by how much: "50.3 MB, 0.3 MB over the 50 MB limit"; when
     * rounding would make the size look like the limit, the size is given exactly
     * ("52,428,801 bytes, 1 byte over the 50 MB limit").
     */
    public static String overLimit(long size, long limit) {
        String sizeText = describe(size);
        String limitText = describe(limit);
        if (sizeText.equals(limitText)) {
            sizeText = String.format(Locale.ROOT, "%,d bytes", size);
        }
        long over = size - limit;
        String overText = limit >= MIB && over >= MIB / 10 && over < MIB
                ? formatted(over / (double) MIB) + " MB" : describe(over);
        return sizeText + ", " + overText + " over the " + limitText + " limit";
    }

    private static String formatted(double value) {
        String oneDecimal = String.format(Locale.ROOT, "%.1f", value);
        return oneDecimal.endsWith(".0") ? oneDecimal.substring(0, oneDecimal.length() - 2) : oneDecimal;
    }
}
