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
        List<String> counts = new ArrayList<>();
        counts.add(codes + " codes");
        String[] names = {"documents", "quotations", "memos", "participants", "groups", "relations"};
        int[] values = {documents, quotations, memos, participants, groups, relations};
        for (int i = 0; i < names.length; i++) {
            if (values[i] > 0) {
                counts.add(values[i] + " " + names[i]);
            }
        }
        lines.add("  " + String.join(", ", counts));
        notes.forEach(note -> lines.add("  note: " + note));
        return lines;
    }
}
