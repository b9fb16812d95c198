package org.grounded.analysis.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.UUID;
import org.grounded.analysis.agreement.AgreementRow.Scope;
import org.grounded.analysis.agreement.UnitizedAlpha.Piece;
import org.grounded.analysis.agreement.UnitizedAlpha.ValuedSpan;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.TextSpan;

/**
 * Intercoder agreement of a project (decision record 0022): for each compared code (or semantic
 * domain, and all domains together) a row per document the coders coded and one over all of them,
 * and the passages where the coders differ. The window, the command line and the exports all read
 * this one computation.
 */
public final class IntercoderAgreement {

    /** The share of both ranges two segments must have in common to count as the same segment. */
    static final double SAME_SEGMENT = 0.9;

    static final String ALL_DOCUMENTS = "All documents";

    private IntercoderAgreement() {
    }

    /** A compared variable: which codes it reads and the value each stands for (its name or domain). */
    private record Variable(Scope scope, String name, Map<UUID, String> values) {
    }

    public static AgreementReport compute(Project project, AgreementRequest request) {
        List<String> coders = request.coders();
        List<CoderCoding> codings = CodingsByCoder.of(project).stream()
                .filter(coding -> coders.contains(coding.coder())).toList();
        LinkedHashSet<UUID> coded = new LinkedHashSet<>();
        codings.forEach(coding -> coded.add(coding.documentId()));
        List<Document> documents = project.documents().stream().filter(d -> coded.contains(d.id())).toList();

        List<AgreementRow> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Variable variable : variables(project, request, codings)) {
            List<List<ValuedSpan>> allSpans = emptyPerCoder(coders.size());
            int offset = 0;
            List<Double[]> allSegments = new ArrayList<>();
            List<String> categories = new ArrayList<>(new TreeSet<>(variable.values().values()));
            for (Document document : documents) {
                List<List<ValuedSpan>> spans = spans(codings, coders, variable, document.id(), 0);
                if (spans.stream().allMatch(List::isEmpty)) {
                    offset += document.text().length();
                    continue;
                }
                Computed computed = compute(request.unit(), variable, document.text().length(), spans, categories);
                rows.add(new AgreementRow(variable.scope(), variable.name(), Optional.of(document.id()),
                        document.name(), computed.units(), computed.coefficients()));
                for (Range range : computed.disputed()) {
                    disagreements.add(new Disagreement(variable.name(), document.id(), document.name(),
                            range.start(), range.end(), range.values()));
                }
                allSegments.addAll(computed.segments());
                List<List<ValuedSpan>> shifted = spans(codings, coders, variable, document.id(), offset);
                for (int coder = 0; coder < coders.size(); coder++) {
                    allSpans.get(coder).addAll(shifted.get(coder));
                }
                offset += document.text().length();
            }
            if (allSpans.stream().allMatch(List::isEmpty)) {
                continue;
            }
            Computed overall = request.unit() == AgreementUnit.CHARACTER
                    ? compute(AgreementUnit.CHARACTER, variable, offset, allSpans, categories)
                    : segmentCoefficients(variable, allSegments, List.of());
            rows.add(new AgreementRow(variable.scope(), variable.name(), Optional.empty(), ALL_DOCUMENTS,
                    overall.units(), overall.coefficients()));
        }
        return new AgreementReport(coders, request.unit(), rows, disagreements);
    }

    private static List<Variable> variables(Project project, AgreementRequest request, List<CoderCoding> codings) {
        List<Variable> variables = new ArrayList<>();
        if (!request.domains().isEmpty()) {
            Map<UUID, String> domainOfCode = new LinkedHashMap<>();
            for (SemanticDomain domain : request.domains()) {
                Map<UUID, String> names = new LinkedHashMap<>();
                domain.codeIds().forEach(id -> names.put(id, codeName(project, id)));
                variables.add(new Variable(Scope.DOMAIN, domain.name(), names));
                domain.codeIds().forEach(id -> domainOfCode.putIfAbsent(id, domain.name()));
            }
            if (request.domains().size() > 1) {
                variables.add(new Variable(Scope.ALL_DOMAINS, "All domains", domainOfCode));
            }
            return variables;
        }
        List<UUID> codeIds = request.codeIds();
        if (codeIds.isEmpty()) {
            LinkedHashSet<UUID> used = new LinkedHashSet<>();
            codings.forEach(coding -> used.add(coding.codeId()));
            codeIds = project.codeTree().inTreeOrder().stream().map(Code::id).filter(used::contains).toList();
        }
        for (UUID codeId : codeIds) {
            variables.add(new Variable(Scope.CODE, codeName(project, codeId), Map.of(codeId, codeName(project, codeId))));
        }
        return variables;
    }

    private static String codeName(Project project, UUID codeId) {
        return project.code(codeId).map(Code::name).orElse(codeId.toString());
    }

    private static List<List<ValuedSpan>> emptyPerCoder(int coders) {
        List<List<ValuedSpan>> lists = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static List<List<ValuedSpan>> spans(List<CoderCoding> codings, List<String> coders, Variable variable,
                                                UUID documentId, int offset) {
        List<List<ValuedSpan>> spans = emptyPerCoder(coders.size());
        for (CoderCoding coding : codings) {
            String value = variable.values().get(coding.codeId());
            if (value != null && coding.documentId().equals(documentId)) {
                spans.get(coders.indexOf(coding.coder()))
                        .add(new ValuedSpan(coding.start() + offset, coding.end() + offset, value));
            }
        }
        return spans;
    }

    /** A disputed stretch and what each coder had there. */
    private record Range(int start, int end, List<List<String>> values) {
    }

    private record Computed(long units, Map<Coefficient, OptionalDouble> coefficients, List<Range> disputed,
                            List<Double[]> segments) {
    }

    private static Computed compute(AgreementUnit unit, Variable variable, int length, List<List<ValuedSpan>> spans,
                                    List<String> categories) {
        if (unit == AgreementUnit.SEGMENT) {
            return segments(variable, spans, categories);
        }
        List<Piece> pieces = UnitizedAlpha.pieces(spans);
        long characters = 0;
        double agreeing = 0;
        List<Range> disputed = new ArrayList<>();
        for (Piece piece : pieces) {
            characters += piece.length();
            agreeing += piece.length() * agreeingPairs(piece.values().stream().map(Object::toString).toList());
            if (piece.disputed()) {
                disputed.add(new Range(piece.start(), piece.end(),
                        piece.values().stream().map(values -> (List<String>) new ArrayList<>(values)).toList()));
            }
        }
        Map<Coefficient, OptionalDouble> coefficients = new EnumMap<>(Coefficient.class);
        coefficients.put(Coefficient.PERCENT_AGREEMENT,
                characters == 0 ? OptionalDouble.empty() : OptionalDouble.of(agreeing / characters));
        switch (variable.scope()) {
            case CODE -> coefficients.put(Coefficient.ALPHA_BINARY, UnitizedAlpha.binary(length, spans.stream()
                    .map(list -> list.stream().map(s -> new TextSpan(s.start(), s.end())).toList()).toList()));
            case DOMAIN -> coefficients.put(Coefficient.CU_ALPHA, UnitizedAlpha.coding(spans));
            case ALL_DOMAINS -> coefficients.put(Coefficient.CU_ALPHA_ACROSS_DOMAINS, UnitizedAlpha.coding(spans));
        }
        return new Computed(characters, coefficients, disputed, List.of());
    }

    /**
     * Segments: every distinct coded range; each coder's value there is what their matching codings
     * say. {@code categories} numbers the values alike in every document (two codes at once get a
     * number of their own).
     */
    private static Computed segments(Variable variable, List<List<ValuedSpan>> spans, List<String> categories) {
        TreeSet<TextSpan> ranges = new TreeSet<>((a, b) -> a.start() != b.start()
                ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        spans.forEach(list -> list.forEach(span -> ranges.add(new TextSpan(span.start(), span.end()))));
        List<Double[]> rows = new ArrayList<>();
        List<Range> disputed = new ArrayList<>();
        for (TextSpan range : ranges) {
            Double[] row = new Double[spans.size()];
            List<List<String>> values = new ArrayList<>();
            for (int coder = 0; coder < spans.size(); coder++) {
                TreeSet<String> matched = new TreeSet<>();
                for (ValuedSpan span : spans.get(coder)) {
                    if (sameSegment(range, span)) {
                        matched.add(span.value());
                    }
                }
                values.add(List.copyOf(matched));
                String key = String.join(" + ", matched);
                int index = key.isEmpty() ? 0 : categories.indexOf(key) + 1;
                if (index == 0 && !key.isEmpty()) {
                    categories.add(key);
                    index = categories.size();
                }
                row[coder] = (double) index;
            }
            rows.add(row);
            if (values.stream().distinct().count() > 1) {
                disputed.add(new Range(range.start(), range.end(), values));
            }
        }
        return segmentCoefficients(variable, rows, disputed);
    }

    private static Computed segmentCoefficients(Variable variable, List<Double[]> rows, List<Range> disputed) {
        Ratings ratings = Ratings.ofRows(rows);
        Map<Coefficient, OptionalDouble> coefficients = new EnumMap<>(Coefficient.class);
        coefficients.put(Coefficient.PERCENT_AGREEMENT, Coefficients.percentAgreement(ratings));
        if (ratings.coders() == 2) {
            coefficients.put(Coefficient.COHENS_KAPPA, Coefficients.cohensKappa(ratings));
        }
        coefficients.put(Coefficient.FLEISS_KAPPA, Coefficients.fleissKappa(ratings));
        int choices = new TreeSet<>(variable.values().values()).size() + 1;
        coefficients.put(Coefficient.BRENNAN_PREDIGER, Coefficients.brennanPrediger(ratings, choices));
        coefficients.put(Coefficient.ALPHA, Coefficients.krippendorffsAlpha(ratings, Metric.NOMINAL));
        return new Computed(rows.size(), coefficients, disputed, rows);
    }

    private static boolean sameSegment(TextSpan range, ValuedSpan span) {
        int common = Math.min(range.end(), span.end()) - Math.max(range.start(), span.start());
        int longer = Math.max(range.length(), span.end() - span.start());
        return common > 0 && common >= SAME_SEGMENT * longer;
    }

    private static double agreeingPairs(List<String> values) {
        int pairs = 0;
        int agreeing = 0;
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                pairs++;
                agreeing += values.get(i).equals(values.get(j)) ? 1 : 0;
            }
        }
        return pairs == 0 ? 1 : agreeing / (double) pairs;
    }
}
