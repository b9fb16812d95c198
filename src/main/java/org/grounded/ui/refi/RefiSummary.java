package org.grounded.ui.refi;

import java.util.ArrayList;
import java.util.List;
import org.grounded.io.refi.RefiExportReport;
import org.grounded.io.refi.RefiImportReport;
import org.grounded.ui.common.Formats;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the user reads after a REFI-QDA import or export: a sentence saying what happened, and
 * below it everything the report holds: what was taken, what was skipped and why, and notes.
 */
public record RefiSummary(String title, String message, String details) {

    /** After importing a .qdpx: the project is open but not saved yet. */
    public static RefiSummary ofProjectImport(RefiImportReport report) {
        RefiImportReport.Counts c = report.taken();
        String read = joined(counts(new int[] {c.documents(), c.codes(), c.quotations(), c.memos(), c.participants()},
                "document", "code", "quotation", "memo", "participant"));
        StringBuilder message = new StringBuilder(report.origin().isEmpty()
                ? lang("Grounded read %0 from %1.", read, report.file().getFileName())
                : lang("Grounded read %0 from %1 (written by %2).", read, report.file().getFileName(), report.origin()));
        if (report.skippedAnything()) {
            message.append(' ').append(lang("Some parts could not be taken; they are listed below."));
        }
        message.append("\n\n").append(lang("The project is open but not saved yet: Save asks where to keep it as a Grounded project."));
        return new RefiSummary(report.skippedAnything() ? lang("Project imported, with omissions") : lang("Project imported"),
                message.toString(), details(report));
    }

    /** After merging a .qdc into the open project. */
    public static RefiSummary ofCodebookImport(RefiImportReport report, int newCodes, int existingCodes, int newGroups) {
        String added = Formats.plural(newCodes, lang("%0 new code"), lang("%0 new codes"));
        StringBuilder message = new StringBuilder(newGroups > 0
                ? lang("Added %0 and %1 from %2.", added, noun("code group", newGroups), report.file().getFileName()) // NON-NLS: the noun's English key, translated by noun()
                : lang("Added %0 from %1.", added, report.file().getFileName()));
        if (existingCodes > 0) {
            message.append(' ').append(existingCodes == 1 ? lang("1 code was already in the project and is kept as it is.")
                    : lang("%0 codes were already in the project and are kept as they are.", existingCodes));
        }
        message.append(' ').append(lang("Undo takes the import back."));
        return new RefiSummary(lang("Codebook imported"), message.toString(), String.join("\n", omissions(report)).strip());
    }

    /** After writing a .qdpx: what REFI-QDA could not carry, when anything. */
    public static RefiSummary ofProjectExport(RefiExportReport report) {
        String written = joined(counts(new int[] {report.codes(),
                report.documents(), report.quotations(), report.memos(), report.participants(), report.groups(),
                report.relations()}, "code", "document", "quotation", "memo", "participant", "group", "relation"));
        String message = report.notes().isEmpty()
                ? lang("Wrote %0 in %1 with %2. Tools that read REFI-QDA (ATLAS.ti, NVivo, MAXQDA, QualCoder) can import it.",
                        report.file().getFileName(), report.file().toAbsolutePath().getParent(), written)
                : lang("Wrote %0 in %1 with %2. Tools that read REFI-QDA (ATLAS.ti, NVivo, MAXQDA, QualCoder) can import it; what they cannot show is listed below.",
                        report.file().getFileName(), report.file().toAbsolutePath().getParent(), written);
        StringBuilder details = new StringBuilder();
        report.notes().forEach(note -> details.append("• ").append(note).append('\n'));
        return new RefiSummary(lang("Project exported"), message, details.toString().strip());
    }

    /** After writing a .qdc. */
    public static RefiSummary ofCodebookExport(RefiExportReport report) {
        String codes = noun("code", report.codes());
        String message = report.groups() > 0
                ? lang("Wrote %0 and %1 to %2, in %3.", codes, noun("code group", report.groups()), // NON-NLS: the noun's English key, translated by noun()
                        report.file().getFileName(), report.file().toAbsolutePath().getParent())
                : lang("Wrote %0 to %1, in %2.", codes, report.file().getFileName(), report.file().toAbsolutePath().getParent());
        return new RefiSummary(lang("Codebook exported"), message, "");
    }

    private static String details(RefiImportReport report) {
        RefiImportReport.Counts c = report.taken();
        List<String> lines = new ArrayList<>();
        lines.add(lang("Imported"));
        lines.add(item(c.codes(), "code", c.categories() > 0 ? " (" + noun("category", c.categories()) + ")" : ""));
        lines.add(item(c.documents(), "document", ""));
        lines.add(item(c.quotations(), "quotation", c.codings() > 0 ? " " + lang("with %0", noun("coding", c.codings()))
                : ""));
        lines.add(item(c.comments(), "comment", ""));
        lines.add(item(c.memos(), "memo", ""));
        lines.add(item(c.participants(), "participant", ""));
        lines.add(item(c.attributes(), "attribute", c.attributeValues() > 0 ? " (" + noun("value", c.attributeValues())
                + ")" : ""));
        lines.add(item(c.codeGroups(), "code group", "")); // NON-NLS: the noun's English key, translated by noun()
        lines.add(item(c.documentGroups(), "document group", "")); // NON-NLS: the noun's English key, translated by noun()
        lines.add(item(c.participantGroups(), "participant group", "")); // NON-NLS: the noun's English key, translated by noun()
        lines.add(item(c.relations(), "relation", ""));
        lines.add(item(c.networks(), "network", ""));
        lines.add(item(c.users(), "user", ""));
        lines.removeIf(String::isEmpty);
        lines.addAll(omissions(report));
        if (!report.counting().isEmpty()) {
            lines.add("");
            lines.add(lang("Positions of selections were read as %0.", report.counting()));
        }
        return String.join("\n", lines);
    }

    /** The skipped parts and the notes, in sections. */
    private static List<String> omissions(RefiImportReport report) {
        List<String> lines = new ArrayList<>();
        if (report.skippedAnything()) {
            lines.add("");
            lines.add(lang("Skipped"));
            for (RefiImportReport.Skipped skipped : report.skipped()) {
                lines.add("  " + skipped.count() + " × " + skipped.what() + ": " + skipped.reason());
            }
        }
        if (!report.external().isEmpty()) {
            lines.add("");
            lines.add(lang("Not read: files outside the archive, on this computer"));
            report.external().forEach(outside -> lines.add("  " + outside.item() + ": " + outside.file()));
        }
        if (!report.notes().isEmpty()) {
            lines.add("");
            lines.add(lang("Notes"));
            report.notes().forEach(note -> lines.add("  " + note));
        }
        return lines;
    }

    private static String item(int count, String singular, String more) {
        return count == 0 ? "" : "  " + noun(singular, count) + more;
    }

    /** A count with its noun in the window's language: "3 documents", "1 code group". */
    static String noun(String singular, long count) {
        return switch (singular) {
            case "document" -> Formats.plural(count, lang("%0 document"), lang("%0 documents"));
            case "code" -> Formats.plural(count, lang("%0 code"), lang("%0 codes"));
            case "quotation" -> Formats.plural(count, lang("%0 quotation"), lang("%0 quotations"));
            case "memo" -> Formats.plural(count, lang("%0 memo"), lang("%0 memos"));
            case "participant" -> Formats.plural(count, lang("%0 participant"), lang("%0 participants"));
            case "group" -> Formats.plural(count, lang("%0 group"), lang("%0 groups"));
            case "relation" -> Formats.plural(count, lang("%0 relation"), lang("%0 relations"));
            case "category" -> Formats.plural(count, lang("%0 category"), lang("%0 categories"));
            case "coding" -> Formats.plural(count, lang("%0 coding"), lang("%0 codings"));
            case "comment" -> Formats.plural(count, lang("%0 comment"), lang("%0 comments"));
            case "attribute" -> Formats.plural(count, lang("%0 attribute"), lang("%0 attributes"));
            case "value" -> Formats.plural(count, lang("%0 value"), lang("%0 values"));
            case "code group" -> Formats.plural(count, lang("%0 code group"), lang("%0 code groups")); // NON-NLS: the noun's English key, translated by noun()
            case "document group" -> Formats.plural(count, lang("%0 document group"), lang("%0 document groups")); // NON-NLS: the noun's English key, translated by noun()
            case "participant group" -> Formats.plural(count, lang("%0 participant group"), lang("%0 participant groups")); // NON-NLS: the noun's English key, translated by noun()
            case "network" -> Formats.plural(count, lang("%0 network"), lang("%0 networks"));
            case "user" -> Formats.plural(count, lang("%0 user"), lang("%0 users"));
            default -> throw new IllegalArgumentException("No words for " + singular);
        };
    }

    /** "3 documents", "12 codes"… leaving out the zeros, but never all of them. */
    private static List<String> counts(int[] values, String... singulars) {
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                counts.add(noun(singulars[i], values[i]));
            }
        }
        return counts.isEmpty() ? List.of(noun(singulars[0], 0)) : counts;
    }

    /** "a, b and c". */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return lang("%0 and %1", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }
}
