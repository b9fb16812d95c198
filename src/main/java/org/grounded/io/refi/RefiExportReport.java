package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param notes what REFI-QDA could not carry, in words for the user (empty when nothing was lost)
 */
public record RefiExportReport(Path file, int codes, int documents, int quotations, int memos, int participants,
                               int groups, int relations, List<String> notes) {

    public RefiExportReport {
        notes = List.copyOf(notes);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Wrote " + file.getFileName());
        lines.add(String.format("  %d codes, %d documents, %d quotations, %d memos, %d participants, %d groups, %d relations",
                codes, documents, quotations, memos, participants, groups, relations));
        notes.forEach(note -> lines.add("  note: " + note));
        return lines;
    }
}
