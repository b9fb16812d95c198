package org.grounded.io.refi;

/**
 * Whether an import reads files outside the archive that sources and notes point to
 * ({@code absolute://}, {@code file://}, or {@code relative://} beside the archive). REFI-QDA
 * allows such external sources, but an archive from someone else must not read the user's files
 * silently: by default they are left out and listed in the report, with their paths, so that the
 * user can choose to read them.
 */
public enum ExternalSources {
    /** Files outside the archive are not read; the report lists them. */
    LEFT_OUT,
    /** Files outside the archive are read, and the report notes each one. */
    READ
}
