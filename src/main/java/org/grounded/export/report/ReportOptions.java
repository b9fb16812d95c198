package org.grounded.export.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.network.StrongestLinks;
import org.grounded.analysis.report.Grouping;
import org.grounded.export.table.MarksDisplay;

/**
 * What the study report holds, as saved in an options file ({@code --options FILE.json}, written by
 * the window's "Save report options…", read and written by {@link ReportOptionsFile}) so the same
 * report can be rebuilt by a script. Every part left out (null) takes its default.
 *
 * @param title       the report's title; the project's name by default
 * @param examples    example quotations per code in the codebook (3)
 * @param marks       whether the citations table shows its marks (shown)
 * @param cooccurrence what the co-occurrence table counts (count)
 * @param grouping    the quotations' headings (code, that is, by category)
 * @param network     the saved network drawn as the report's figure; by default study A's Figure 1
 *                    (every code and participant, each participant linked to the codes it cites)
 * @param figureMinWeight the least weight (citations of a participant link, co-occurrences) a link
 *                    needs to be drawn in the figure; 0 draws every link. By default the strongest
 *                    {@value StrongestLinks#DEFAULT_MOST_LINKS} or fewer (the least weight that keeps no
 *                    more), so a large study's figure stays readable; the caption says how many of how
 *                    many links it shows and from which weight. Relations are always drawn.
 * @param sections    the sections the report holds, always in the report's order (every one)
 * @param coders      whose codings the tables, quotations and figure count (every coder's)
 */
public record ReportOptions(String title, Integer examples, MarksDisplay marks, CooccurrenceMeasure cooccurrence,
                            Grouping grouping, String network, Double figureMinWeight, Set<ReportSection> sections,
                            List<String> coders) {

    public static final ReportOptions DEFAULTS = new ReportOptions(null, null, null, null, null, null, null);

    public ReportOptions {
        examples = examples == null ? 3 : examples;
        if (examples < 0) {
            throw new IllegalArgumentException("examples cannot be negative: " + examples);
        }
        marks = marks == null ? MarksDisplay.SHOWN : marks;
        cooccurrence = cooccurrence == null ? CooccurrenceMeasure.COUNT : cooccurrence;
        grouping = grouping == null ? Grouping.CODE : grouping;
        network = network == null || network.isBlank() ? null : network.strip();
        if (figureMinWeight != null && (figureMinWeight < 0 || figureMinWeight.isNaN())) {
            throw new IllegalArgumentException("figureMinWeight cannot be negative: " + figureMinWeight);
        }
        EnumSet<ReportSection> kept = EnumSet.noneOf(ReportSection.class);
        if (sections == null) {
            kept = EnumSet.allOf(ReportSection.class);
        } else {
            sections.stream().filter(Objects::nonNull).forEach(kept::add);
        }
        sections = java.util.Collections.unmodifiableSet(kept);
        List<String> names = new ArrayList<>();
        if (coders != null) {
            coders.stream().filter(Objects::nonNull).map(String::strip).filter(name -> !name.isEmpty())
                    .filter(name -> names.stream().noneMatch(name::equalsIgnoreCase)).forEach(names::add);
        }
        coders = List.copyOf(names);
    }

    /** Every section, every coder, the figure's links chosen by default. */
    public ReportOptions(String title, Integer examples, MarksDisplay marks, CooccurrenceMeasure cooccurrence,
                         Grouping grouping, String network) {
        this(title, examples, marks, cooccurrence, grouping, network, null, null, null);
    }

    /** Every section, every coder. */
    public ReportOptions(String title, Integer examples, MarksDisplay marks, CooccurrenceMeasure cooccurrence,
                         Grouping grouping, String network, Double figureMinWeight) {
        this(title, examples, marks, cooccurrence, grouping, network, figureMinWeight, null, null);
    }

    /** The figure's links chosen by default. */
    public ReportOptions(String title, Integer examples, MarksDisplay marks, CooccurrenceMeasure cooccurrence,
                         Grouping grouping, String network, Set<ReportSection> sections, List<String> coders) {
        this(title, examples, marks, cooccurrence, grouping, network, null, sections, coders);
    }

    /** The same options with the figure's least link weight ({@code null} for the default). */
    public ReportOptions withFigureMinWeight(Double minimum) {
        return new ReportOptions(title, examples, marks, cooccurrence, grouping, network, minimum, sections, coders);
    }

    /** Whether the report holds this section. */
    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }

    /** Whose codings count. */
    public CoderFilter coderFilter() {
        return CoderFilter.of(coders);
    }
}
