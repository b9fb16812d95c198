package org.grounded.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudyQueries;
import org.grounded.generate.StudySize;
import org.grounded.model.Change;
import org.grounded.model.Code;
import org.grounded.model.EditDirection;
import org.grounded.model.CodeCounts;
import org.grounded.model.Document;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchRequest;
import org.grounded.search.SearchResult;
import org.grounded.search.WordForms;
import org.grounded.ui.transcript.TextRange;
import org.grounded.ui.transcript.TranscriptStyle;
import org.grounded.ui.transcript.TranscriptStyler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The hot kernels, measured by JMH on a generated study (the default study's density, 200
 * quotations per 8,000-word transcript, 500 codes; {@code -p documents=1000} for its full size).
 * On demand only: {@code mvn -B -Pjmh test-compile exec:exec}. The end-to-end figures are
 * {@code grounded bench}'s; these say where a change to one kernel moves it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBenchmarks {

    /** The generated study, and what the kernels are asked of it. */
    @State(Scope.Benchmark)
    public static class Study {
        @Param({"100"})
        public int documents;

        @Param({"42"})
        public long seed;

        Project project;
        Document busiest;
        List<Quotation> busiestQuotations;
        List<TextRange> speakerLabels;
        Map<UUID, Code> codes;
        CodeCounts counts;
        List<Change> oneCoding;

        @Setup(Level.Trial)
        public void generate() {
            StudySize size = StudySize.DEFAULT.withDocuments(documents).withQuotations(documents * 200);
            project = StudyGenerator.generate(size, seed);
            busiest = project.documents().stream()
                    .max(Comparator.comparingInt(document -> project.quotationsIn(document.id()).size()))
                    .orElseThrow();
            busiestQuotations = project.quotationsIn(busiest.id());
            speakerLabels = TranscriptStyler.speakerLabels(busiest);
            codes = new HashMap<>();
            project.codes().forEach(code -> codes.put(code.id(), code));
            counts = CodeCounts.of(project);
            Quotation coded = busiestQuotations.get(busiestQuotations.size() / 2);
            UUID other = project.codes().iterator().next().id();
            oneCoding = List.of(new Change(coded, coded.withCodes(List.of(other))));
        }
    }

    /** A search index of the study, built once in a temporary folder. */
    @State(Scope.Benchmark)
    public static class Index {
        Path folder;
        SearchIndex index;
        List<SearchRequest> requests;
        int next;

        @Setup(Level.Trial)
        public void build(Study study) throws IOException {
            folder = Files.createTempDirectory("grounded-jmh-index");
            index = SearchIndex.open(folder);
            index.update(study.project, Progress.NONE);
            requests = new ArrayList<>();
            List<String> queries = StudyQueries.fixed();
            for (int i = 0; i < queries.size(); i++) {
                requests.add(SearchRequest.of(queries.get(i))
                        .withWordForms(i % 2 == 0 ? WordForms.EXACT : WordForms.STEMMED).withLimit(500));
            }
        }

        SearchRequest nextRequest() {
            SearchRequest request = requests.get(next);
            next = (next + 1) % requests.size();
            return request;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            index.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Benchmark
    public CooccurrenceMatrix cooccurrence(Study study) {
        return Cooccurrences.matrix(study.project, CooccurrenceRequest.allCodes());
    }

    @Benchmark
    public CitationTable citationsTable(Study study) {
        return CitationTables.compute(study.project, CitationTableRequest.defaults());
    }

    /** The highlight layer of the transcript with the most quotations, as the viewer restyles it. */
    @Benchmark
    public List<TranscriptStyle.Run> highlightSpans(Study study) {
        return TranscriptStyler.runs(study.busiest.text().length(), study.speakerLabels, study.busiestQuotations,
                study.codes);
    }

    /** The code tree's counts from scratch: what every edit cost before decision 0027. */
    @Benchmark
    public CodeCounts codeCountsFull(Study study) {
        return CodeCounts.of(study.project);
    }

    /** The code tree's counts after one coding action: that quotation's codes and the categories above them. */
    @Benchmark
    public CodeCounts codeCountsAfterACoding(Study study) {
        return study.counts.updated(study.project, study.oneCoding, EditDirection.APPLIED);
    }

    /** One of the 100 fixed mixed queries of {@code grounded bench}, in turn. */
    @Benchmark
    public SearchResult query(Study study, Index index) throws IOException {
        return index.index.search(study.project, index.nextRequest());
    }
}
