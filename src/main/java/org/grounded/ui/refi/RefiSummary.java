package org.grounded.ui.refi;

import java.util.ArrayList;
import java.util.List;
import org.grounded.io.refi.RefiExportReport;
import org.grounded.io.refi.RefiImportReport;
import org.grounded.ui.common.Formats;

/**
 * What the user reads after a REFI-QDA import or export: a sentence saying what happened, and
 * below it everything the report holds: what was taken, what was skipped and why, and notes.
 */
public record RefiSummary(String title, String message, String details) {

    /** After importing a .qdpx: the project is open but not saved yet. */
    public static RefiSummary ofProjectImport(RefiImportReport report) {
        RefiImportReport.Counts c = report.taken();
        StringBuilder message = new StringBuilder("Grounded read ")
                .append(joined(counts(new int[] {c.documents(), c.codes(), c.quotations(), c.memos(), c.participants()},
                        "document", "code", "quotation", "memo", "participant")))
                .append(" from ").append(report.file().getFileName())
                .append(report.origin().isEmpty() ? "" : " (written by " + report.origin() + ")").append('.');
        if (report.skippedAnything()) {
            message.append(" Some parts could not be taken; they are listed below.");
        }
        message.append("\n\nThe project is open but not saved yet: Save asks where to keep it as a Grounded project.");
        return new RefiSummary(report.skippedAnything() ? "Project imported, with omissions" : "Project imported",
                message.toString(), details(report));
    }

    /** After merging a .qdc into the open project. */
    public static RefiSummary ofCodebookImport(RefiImportReport report, int newCodes, int existingCodes, int newGroups) {
        StringBuilder message = new StringBuilder("Added ").append(Formats.count(newCodes, "new code"));
        if (newGroups > 0) {
            message.append(" and ").append(Formats.count(newGroups, "code group"));
        }
        message.append(" from ").append(report.file().getFileName()).append('.');
        if (existingCodes > 0) {
            message.append(' ').append(Formats.count(existingCodes, "code was", "codes were"))
                    .append(existingCodes == 1 ? " already in the project and is kept as it is."
                            : " already in the project and are kept as they are.");
        }
        message.append(" Undo takes the import back.");
        return new RefiSummary("Codebook imported", message.toString(), String.join("\n", omissions(report)).strip());
    }

    /** After writing a .qdpx: what REFI-QDA could not carry, when anything. */
    public static RefiSummary ofProjectExport(RefiExportReport report) {
        StringBuilder message = new StringBuilder("Wrote ").append(report.file().getFileName()).append(" in ")
                .append(report.file().toAbsolutePath().getParent()).append(" with ")
                .append(joined(counts(new int[] {report.codes(),
                        report.documents(), report.quotations(), report.memos(), report.participants(), report.groups(),
                        report.relations()}, "code", "document", "quotation", "memo", "participant", "group", "relation")))
                .append(". Tools that read REFI-QDA (ATLAS.ti, NVivo, MAXQDA, QualCoder) can import it");
        message.append(report.notes().isEmpty() ? "." : "; what they cannot show is listed below.");
        StringBuilder details = new StringBuilder();
        report.notes().forEach(note -> details.append("• ").append(note).append('\n'));
        return new RefiSummary("Project exported", message.toString(), details.toString().strip());
    }

    /** After writing a .qdc. */
    public static RefiSummary ofCodebookExport(RefiExportReport report) {
        StringBuilder message = new StringBuilder("Wrote ").append(Formats.count(report.codes(), "code"));
        if (report.groups() > 0) {
            message.append(" and ").append(Formats.count(report.groups(), "code group"));
        }
        message.append(" to ").append(report.file().getFileName()).append(", in ")
                .append(report.file().toAbsolutePath().getParent()).append('.');
        return new RefiSummary("Codebook exported", message.toString(), "");
    }

    private static String details(RefiImportReport report) {
        RefiImportReport.Counts c = report.taken();
        List<String> lines = new ArrayList<>();
        lines.add("Imported");
        lines.add(item(c.codes(), "code", c.categories() > 0 ? " (" + Formats.count(c.categories(), "category",
                "categories") + ")" : ""));
        lines.add(item(c.documents(), "document", ""));
        lines.add(item(c.quotations(), "quotation", c.codings() > 0 ? " with " + Formats.count(c.codings(), "coding")
                : ""));
        lines.add(item(c.comments(), "comment", ""));
        lines.add(item(c.memos(), "memo", ""));
        lines.add(item(c.participants(), "participant", ""));
        lines.add(item(c.attributes(), "attribute", c.attributeValues() > 0 ? " (" + Formats.count(c.attributeValues(),
                "value") + ")" : ""));
        lines.add(item(c.codeGroups(), "code group", ""));
        lines.add(item(c.documentGroups(), "document group", ""));
        lines.add(item(c.participantGroups(), "participant group", ""));
        lines.add(item(c.relations(), "relation", ""));
        lines.add(item(c.networks(), "network", ""));
        lines.add(item(c.users(), "user", ""));
        lines.removeIf(String::isEmpty);
        lines.addAll(omissions(report));
        if (!report.counting().isEmpty()) {
            lines.add("");
            lines.add("Positions of selections were read as " + report.counting() + ".");
        }
        return String.join("\n", lines);
    }

    /** The skipped parts and the notes, in sections. */
    private static List<String> omissions(RefiImportReport report) {
        List<String> lines = new ArrayList<>();
        if (report.skippedAnything()) {
            lines.add("");
            lines.add("Skipped");
            for (RefiImportReport.Skipped skipped : report.skipped()) {
                lines.add("  " + skipped.count() + " × " + skipped.what() + ": " + skipped.reason());
            }
        }
        if (!report.external().isEmpty()) {
            lines.add("");
            lines.add("Not read: files outside the archive, on this computer");
            report.external().forEach(outside -> lines.add("  " + outside.item() + ": " + outside.file()));
        }
        if (!report.notes().isEmpty()) {
            lines.add("");
            lines.add("Notes");
            report.notes().forEach(note -> lines.add("  " + note));
        }
        return lines;
    }

    private static String item(int count, String singular, String more) {
        return count == 0 ? "" : "  " + Formats.count(count, singular, plural(singular)) + more;
    }

    private static String plural(String singular) {
        return singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
    }

    /** "3 documents", "12 codes"… leaving out the zeros, but never all of them. */
    private static List<String> counts(int[] values, String... singulars) {
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                counts.add(Formats.count(values[i], singulars[i]));
            }
        }
        return counts.isEmpty() ? List.of(Formats.count(0, singulars[0])) : counts;
    }

    /** "a, b and c". */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
