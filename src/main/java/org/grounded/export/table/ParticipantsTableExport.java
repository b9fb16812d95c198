package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * The participants table, participants × attributes, as a spreadsheet that
 * {@code io.cases} reads back: the first column names the participants, one column per
 * participant attribute, each value as its canonical text (numbers with a point, dates as ISO
 * 2025-03-14), an empty cell where a participant has no value. Importing the file again changes
 * nothing. The numbers are the values, never their saved ranges.
 */
public final class ParticipantsTableExport {

    /** The heading of the name column, unless an attribute already has that name. */
    private static final List<String> NAME_HEADINGS = List.of("Name", "Participant", "Case", "Participant name");

    private ParticipantsTableExport() {
    }

    public static TextGrid grid(Project project) {
        List<AttributeDefinition> attributes = ParticipantAttributes.all(project);
        Set<String> taken = attributes.stream().map(a -> a.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String nameHeading = NAME_HEADINGS.stream().filter(h -> !taken.contains(h.toLowerCase(Locale.ROOT)))
                .findFirst().orElse("Participant name (Grounded)");
        List<String> header = new ArrayList<>();
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        header.add(nameHeading);
        alignments.add(TextGrid.Alignment.LEFT);
        for (AttributeDefinition attribute : attributes) {
            header.add(attribute.name());
            alignments.add(attribute.type() == AttributeType.NUMBER ? TextGrid.Alignment.RIGHT
                    : TextGrid.Alignment.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Participant participant : project.participants()) {
            List<String> row = new ArrayList<>();
            row.add(participant.name());
            for (AttributeDefinition attribute : attributes) {
                row.add(ParticipantAttributes.valueOf(participant, attribute).map(AttributeValue::value).orElse(""));
            }
            rows.add(row);
        }
        return new TextGrid(header, rows, alignments, List.of());
    }

    /**
     * @throws IllegalArgumentException for a format other than CSV, tab-separated text or XLSX
     */
    public static void write(Project project, ExportFormat format, OutputStream out) throws IOException {
        write(grid(project), format, out);
    }

    /** Writes a grid made by {@link #grid(Project)} (taken on one thread, written on another). */
    public static void write(TextGrid grid, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> out.write(DelimitedText.csv(grid).getBytes(StandardCharsets.UTF_8));
            case TSV -> out.write(DelimitedText.tabSeparated(grid).getBytes(StandardCharsets.UTF_8));
            case XLSX -> GridXlsx.write(grid, "Participants", out);
            default -> throw new IllegalArgumentException("The participants table is written as csv, tsv or xlsx, not "
                    + format.option());
        }
        out.flush();
    }
}
