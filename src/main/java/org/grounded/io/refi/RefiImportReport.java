package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import of a REFI-QDA file took and what it left behind, and why. Nothing is dropped
 * silently: every element Grounded could not take appears in {@link #skipped()} with a count.
 *
 * @param file     the file imported
 * @param origin   the tool that wrote it, from its {@code origin} attribute ("" when not said)
 * @param counting how the selections' positions were read, in words ("" when there were none)
 * @param taken    counts of what is now in the project
 * @param skipped  what was left out, grouped by kind and reason
 * @param notes    other things the user should know (a text decoded as Windows-1252, a renamed attribute)
 * @param external files outside the archive that sources and notes point to, not read because the
 *                 import was not allowed to ({@link ExternalSources#LEFT_OUT})
 */
public record RefiImportReport(Path file, String origin, String counting, Counts taken, List<Skipped> skipped,
                               List<String> notes, List<ExternalFile> external) {

    public RefiImportReport {
        origin = origin == null ? "" : origin;
        counting = counting == null ? "" : counting;
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        external = List.copyOf(external);
    }

    /** A report without external files left out. */
    public RefiImportReport(Path file, String origin, String counting, Counts taken, List<Skipped> skipped,
                            List<String> notes) {
        this(file, origin, counting, taken, skipped, notes, List.of());
    }

    /**
     * A file on this computer, outside the archive, that a source or note points to.
     *
     * @param item such as "text source 'Interview 3'" or "note 'Field notes'"
     * @param file where the archive says it is
     */
    public record ExternalFile(String item, Path file) {
    }

    /** How many of each thing the import took. */
    public record Counts(int users, int codes, int categories, int documents, int quotations, int codings,
                         int comments, int memos, int participants, int attributes, int attributeValues,
                         int codeGroups, int documentGroups, int participantGroups, int relations,
                         int networks) {

        /** Counts of an import that brought no networks. */
        public Counts(int users, int codes, int categories, int documents, int quotations, int codings, int comments,
                      int memos, int participants, int attributes, int attributeValues, int codeGroups,
                      int documentGroups, int participantGroups, int relations) {
            this(users, codes, categories, documents, quotations, codings, comments, memos, participants, attributes,
                    attributeValues, codeGroups, documentGroups, participantGroups, relations, 0);
        }
    }

    /**
     * Things of one kind left out for one reason.
     *
     * @param what   such as "PDF source" or "coding"
     * @param reason in words for the user
     */
    public record Skipped(String what, int count, String reason) {
    }

    public boolean skippedAnything() {
        return !skipped.isEmpty();
    }

    /** The report as lines of text, for the log and the import dialog: what was taken, skipped, and notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(takenLines());
        skippedLines().forEach(line -> lines.add("  " + line));
        lines.addAll(noteLines());
        return lines;
    }

    /** What was skipped and why, one line per kind and reason: {@code skipped 2 PDF source: ...}. */
    public List<String> skippedLines() {
        return skipped.stream().map(s -> String.format("skipped %d %s: %s", s.count(), s.what(), s.reason())).toList();
    }

    /** What the import took, without what it skipped and its notes. */
    public List<String> takenLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + file.getFileName() + (origin.isEmpty() ? "" : " (written by " + origin + ")"));
        if (!counting.isEmpty()) {
            lines.add("  positions read as " + counting);
        }
        Counts c = taken;
        lines.add(String.format("  %d codes (%d categories), %d documents, %d quotations with %d codings, %d comments",
                c.codes(), c.categories(), c.documents(), c.quotations(), c.codings(), c.comments()));
        lines.add(String.format("  %d memos, %d participants, %d attributes (%d values), %d relations, %d users",
                c.memos(), c.participants(), c.attributes(), c.attributeValues(), c.relations(), c.users()));
        lines.add(String.format("  groups: %d of codes, %d of documents, %d of participants",
                c.codeGroups(), c.documentGroups(), c.participantGroups()));
        return lines;
    }

    /** Other things the user should know, one line each. */
    public List<String> noteLines() {
        return notes.stream().map(note -> "  note: " + note).toList();
    }

    /** The files outside the archive that were not read, one line each, or nothing. */
    public List<String> externalLines() {
        if (external.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(file.getFileName() + " points to " + (external.size() == 1 ? "a file" : external.size() + " files")
                + " outside the archive, on this computer, which " + (external.size() == 1 ? "was" : "were")
                + " not read:");
        external.forEach(outside -> lines.add("  " + outside.item() + ": " + outside.file()));
        return lines;
    }
}
