package org.grounded.export.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.report.Codebook;
import org.grounded.analysis.report.CodebookRow;
import org.grounded.analysis.report.MemoFilter;
import org.grounded.analysis.report.MemoRow;
import org.grounded.analysis.report.Memos;
import org.grounded.analysis.report.QuotationFilter;
import org.grounded.analysis.report.QuotationGroup;
import org.grounded.analysis.report.QuotationReports;
import org.grounded.export.table.CitationTableExport;
import org.grounded.export.table.CooccurrenceExport;
import org.grounded.export.table.StatisticsLines;
import org.grounded.export.table.TextGrid;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.Project;

/**
 * The study appendix: in order, the citations table (as the window shows it, marks included), the
 * co-occurrence table, the participant statistics, the codebook, the quotations by category and
 * the memos, and last the semantic network as Figure 1; the same content as one HTML page and as
 * one Word document.
 */
public final class StudyReport {

    /** The section headings, in order. */
    public static final List<String> SECTIONS = java.util.Arrays.stream(ReportSection.values())
            .map(ReportSection::heading).toList();

    /** The files {@link #write} puts in the report's folder. */
    public static final String HTML_FILE = "index.html";
    public static final String DOCX_FILE = "report.docx";
    public static final List<String> FILES = List.of(HTML_FILE, DOCX_FILE, ReportFigure.SVG_FILE, ReportFigure.PNG_FILE);

    private final String title;
    private final TextGrid citations;
    private final TextGrid cooccurrence;
    private final TextGrid statistics;
    private final List<CodebookRow> codebook;
    private final List<QuotationGroup> quotations;
    private final List<MemoRow> memos;
    private final Optional<ReportFigure> figure;
    private final ReportOptions options;
    /** The sections whose content was computed, in the order computed (what the tests check). */
    private final java.util.Set<ReportSection> computed = java.util.EnumSet.noneOf(ReportSection.class);

    private StudyReport(Project whole, ReportOptions options) throws IOException {
        this.options = options;
        // The coders chosen: every table, quotation and the figure count only their codings.
        Project project = options.coderFilter().applyTo(whole);
        // The figure (its own network, layout and pictures) is drawn beside the tables: the code tree,
        // which both read, is built first; after that both only read the project.
        project.codeTree();
        // Table 2 is counted once, first, and the figure's network reads its counts.
        CitationTable byParticipant = options.includes(ReportSection.CITATIONS) || options.includes(ReportSection.NETWORK)
                ? CitationTables.compute(project, CitationTableRequest.defaults()) : null;
        CompletableFuture<Optional<ReportFigure>> drawing = options.includes(ReportSection.NETWORK)
                ? beside("report-figure", () -> ReportFigure.of(project, options.network(), options.figureMinWeight(),
                        byParticipant))
                : CompletableFuture.completedFuture(Optional.empty());
        title = options.title() != null && !options.title().isBlank() ? options.title()
                : "Study report: " + whole.info().name();
        // Only the sections asked for are computed: a report without the co-occurrence table never
        // counts co-occurrences (the writers below read only what they hold).
        citations = options.includes(ReportSection.CITATIONS) ? computed(ReportSection.CITATIONS,
                CitationTableExport.grid(byParticipant, options.marks())) : null;
        cooccurrence = options.includes(ReportSection.COOCCURRENCE) ? computed(ReportSection.COOCCURRENCE,
                numbered(withNote(CooccurrenceExport.grid(Cooccurrences.matrix(project, CooccurrenceRequest.allCodes()),
                        options.cooccurrence()), CooccurrenceExport.legend(options.cooccurrence())))) : null;
        statistics = options.includes(ReportSection.STATISTICS) ? computed(ReportSection.STATISTICS,
                StatisticsLines.grid(Descriptives.ofParticipants(project, DescriptivesRequest.all()))) : null;
        boolean withQuotations = options.includes(ReportSection.CODEBOOK) || options.includes(ReportSection.QUOTATIONS);
        QuotationReports reports = withQuotations ? QuotationReports.of(project) : null;
        codebook = options.includes(ReportSection.CODEBOOK)
                ? computed(ReportSection.CODEBOOK, Codebook.rows(project, reports, options.examples())) : List.of();
        // With coders chosen, a quotation none of them coded (its codings all filtered away) is left out.
        QuotationFilter theirs = new QuotationFilter(java.util.Set.of(), false, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.copyOf(options.coders()), java.util.Set.of(), java.util.Map.of());
        quotations = options.includes(ReportSection.QUOTATIONS)
                ? computed(ReportSection.QUOTATIONS, reports.group(reports.rows(theirs), options.grouping())) : List.of();
        memos = options.includes(ReportSection.MEMOS)
                ? computed(ReportSection.MEMOS, Memos.rows(project, MemoFilter.ALL)) : List.of();
        if (options.includes(ReportSection.NETWORK)) {
            computed.add(ReportSection.NETWORK);
        }
        figure = joined(drawing);
    }

    /** Work that may throw an I/O error. */
    @FunctionalInterface
    private interface Part<T> {
        T make() throws IOException;
    }

    /** Runs a part of the report on a thread of its own (the machine's second core), begun at once. */
    private static <T> CompletableFuture<T> beside(String name, Part<T> part) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return part.make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The part's result, or its own exception as if it had run here. */
    private static <T> T joined(CompletableFuture<T> part) throws IOException {
        try {
            return part.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Notes that a section's content was computed and passes it on. */
    private <T> T computed(ReportSection section, T content) {
        computed.add(section);
        return content;
    }

    /** The sections whose content this report computed: only those its options ask for. */
    java.util.Set<ReportSection> computedSections() {
        return java.util.Collections.unmodifiableSet(computed);
    }

    /** Whether the report holds the section at this index of {@link #SECTIONS}. */
    private boolean holds(int index) {
        return options.includes(ReportSection.values()[index]);
    }

    /** "3. Codebook": the section's heading, numbered among the sections the report holds. */
    private String numbered(int index) {
        int number = 0;
        for (int i = 0; i <= index; i++) {
            number += holds(i) ? 1 : 0;
        }
        return number + ". " + SECTIONS.get(index);
    }

    /**
     * The report of a project.
     *
     * @throws IllegalArgumentException when the options name a saved network the project lacks
     */
    public static StudyReport of(Project project, ReportOptions options) throws IOException {
        return new StudyReport(project, options);
    }

    /**
     * Writes the whole report into a folder (made when missing): index.html, report.docx and the
     * figure as figure-1.svg and figure-1.png; each file written whole or not at all. The one call
     * the command line, the window and the benchmark make.
     *
     * @return the files written
     */
    public static List<Path> write(Project project, ReportOptions options, Path folder) throws IOException {
        StudyReport report = of(project, options);
        Files.createDirectories(folder);
        AtomicFileWriter writer = AtomicFileWriter.withoutBackup();
        List<Path> written = new ArrayList<>();
        if (report.figure.isPresent()) {
            ReportFigure drawn = report.figure.get();
            written.add(write(writer, folder.resolve(ReportFigure.SVG_FILE),
                    out -> out.write(drawn.svg().getBytes(StandardCharsets.UTF_8))));
            written.add(write(writer, folder.resolve(ReportFigure.PNG_FILE), out -> out.write(drawn.png())));
        }
        // The page and the Word document are written side by side; both only read the report.
        CompletableFuture<Path> page = beside("report-html", () -> write(writer, folder.resolve(HTML_FILE), report::html));
        Path docx = write(writer, folder.resolve(DOCX_FILE), report::docx);
        written.add(joined(page));
        written.add(docx);
        return written;
    }

    private static Path write(AtomicFileWriter writer, Path file, AtomicFileWriter.Content content) throws IOException {
        writer.write(file, content);
        return file;
    }

    private static TextGrid withNote(TextGrid grid, String note) {
        if (note == null || note.isBlank() || grid.notes().contains(note)) {
            return grid;
        }
        List<String> notes = new java.util.ArrayList<>(grid.notes());
        notes.add(note);
        return new TextGrid(grid.header(), grid.rows(), grid.alignments(), notes);
    }

    /** Matrices wider than this many codes number their columns, as a paper's table does. */
    static final int NUMBERED_AFTER = 8;

    /**
     * A square matrix of many codes with its columns numbered and each row's code numbered alike
     * ("3. Fe"): thirty code names across the top make a table no page can hold.
     */
    static TextGrid numbered(TextGrid grid) {
        int size = grid.rows().size();
        if (size <= NUMBERED_AFTER || grid.header().size() != size + 1) {
            return grid;
        }
        List<String> header = new ArrayList<>();
        header.add(grid.header().get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            header.add(String.valueOf(i + 1));
            List<String> row = new ArrayList<>(grid.rows().get(i));
            row.set(0, (i + 1) + ". " + row.get(0));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(grid.notes());
        notes.add(0, "Columns are numbered as the rows.");
        return new TextGrid(header, rows, grid.alignments(), notes);
    }

    /** index.html: one well-formed page. */
    public String html() {
        StringBuilder out = new StringBuilder();
        try {
            html(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /** index.html written as UTF-8 to a stream (left open). */
    public void html(OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        html(text);
        text.flush();
    }

    /**
     * index.html written to {@code out} section by section, so the page (20 MB for a study of
     * 40,000 quotations) is never held whole.
     */
    public void html(Appendable out) throws IOException {
        out.append(Html.head(title, PRINTED_APPENDIX));
        out.append(Html.element("h1", title));
        out.append("<ol>\n");
        for (int i = 0; i < SECTIONS.size(); i++) {
            if (holds(i)) {
                out.append("<li><a href=\"#s").append(String.valueOf(i + 1)).append("\">")
                        .append(Html.escape(SECTIONS.get(i))).append("</a></li>\n");
            }
        }
        out.append("</ol>\n");
        if (holds(0)) {
            out.append(section(0)).append(table(citations));
        }
        if (holds(1)) {
            out.append(section(1)).append(table(cooccurrence));
        }
        if (holds(2)) {
            out.append(section(2)).append(table(statistics));
        }
        if (holds(3)) {
            out.append(section(3)).append(CodebookExport.html(codebook, 3));
        }
        if (holds(4)) {
            out.append(section(4));
            QuotationsExport.html(quotations, 3, out);
        }
        if (holds(5)) {
            out.append(section(5)).append(memos.isEmpty() ? "<p>No memos.</p>\n" : MemosExport.html(memos, 3));
        }
        if (holds(6)) {
            out.append(section(6));
            if (figure.isPresent()) {
                ReportFigure drawn = figure.get();
                out.append("<figure>\n<img src=\"").append(ReportFigure.SVG_FILE).append("\" alt=\"")
                        .append(Html.escape(drawn.caption())).append("\"/>\n<figcaption>")
                        .append(Html.escape(drawn.caption())).append("</figcaption>\n</figure>\n");
            } else {
                out.append("<p>No codes to draw.</p>\n");
            }
        }
        out.append(Html.TAIL);
    }

    /**
     * The appendix printed or converted (LibreOffice, a browser's Print): landscape pages, so that a
     * citations table of ten participants and the co-occurrence matrix fit their width; seen as page
     * images of the sample study's report, whose totals column was cut off on portrait pages.
     */
    private static final String PRINTED_APPENDIX = """
            @page { size: A4 landscape; margin: 1.5cm; }
            table { font-size: 8pt; } th, td { padding: 1pt 3pt; line-height: 1.15; }
            """;

    private String section(int index) {
        return "<h2 id=\"s" + (index + 1) + "\">" + Html.escape(numbered(index)) + "</h2>\n";
    }

    static String table(TextGrid grid) {
        // width="100%": LibreOffice and Word, which ignore most CSS, then wrap the code column to fit the page.
        StringBuilder out = new StringBuilder("<table width=\"100%\">\n<thead><tr>");
        grid.header().forEach(label -> out.append("<th>").append(Html.escape(label)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : grid.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(grid.alignments().get(c) == TextGrid.Alignment.RIGHT ? "<td class=\"number\">" : "<td>")
                        .append(Html.escape(row.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        grid.notes().forEach(note -> out.append("<p class=\"notes\">").append(Html.escape(note)).append("</p>\n"));
        return out.toString();
    }

    /** report.docx: the same sections with Word headings. */
    public void docx(OutputStream out) throws IOException {
        try (DocxWriter docx = new DocxWriter()) {
            docx.heading(1, title);
            if (holds(0)) {
                docx.heading(1, numbered(0));
                docx.table(citations);
            }
            if (holds(1)) {
                docx.heading(1, numbered(1));
                docx.table(cooccurrence);
            }
            if (holds(2)) {
                docx.heading(1, numbered(2));
                docx.table(statistics);
            }
            if (holds(3)) {
                docx.heading(1, numbered(3));
                CodebookExport.docx(docx, codebook, 2);
            }
            if (holds(4)) {
                docx.heading(1, numbered(4));
                QuotationsExport.docx(docx, quotations, null, 2);
            }
            if (holds(5)) {
                docx.heading(1, numbered(5));
                if (memos.isEmpty()) {
                    docx.paragraph("No memos.");
                }
                MemosExport.docx(docx, memos, 2);
            }
            if (holds(6)) {
                docx.heading(1, numbered(6));
                if (figure.isPresent()) {
                    ReportFigure drawn = figure.get();
                    docx.picture(drawn.png(), drawn.pixelWidth(), drawn.pixelHeight(), ReportFigure.PNG_FILE, drawn.caption());
                } else {
                    docx.paragraph("No codes to draw.");
                }
            }
            docx.write(out);
        }
    }
}
