package org.grounded.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.grounded.model.Coding;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * Whose codings an analysis counts: every coder's, or only those of the coders named (team coding,
 * issue 14). The one place a coder filter is applied: {@link #applyTo(Project)} gives a copy of the
 * project whose quotations keep only the chosen coders' codings, and the citations table, the
 * co-occurrence matrix, the network and the transcript's highlights all count from that copy, so a
 * figure filtered by coder is the same in the window, on the command line and in an export.
 *
 * <p>Names match without regard to case (as {@code CodingsByCoder.coders} lists them). A quotation
 * left with no coding keeps its range but no code, so it counts nowhere.
 *
 * @param coders the coders whose codings count; empty for every coder
 */
public record CoderFilter(Set<String> coders) {

    public static final CoderFilter ALL = new CoderFilter(Set.of());

    public CoderFilter {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (coders != null) {
            coders.stream().filter(Objects::nonNull).map(String::strip).filter(name -> !name.isEmpty())
                    .forEach(names::add);
        }
        coders = Set.copyOf(names);
    }

    /** Only these coders' codings; none given means every coder's. */
    public static CoderFilter of(Collection<String> coders) {
        return coders.isEmpty() ? ALL : new CoderFilter(Set.copyOf(coders));
    }

    public boolean isAll() {
        return coders.isEmpty();
    }

    /** Whether a coding by this coder counts. */
    public boolean keeps(String coder) {
        if (isAll()) {
            return true;
        }
        String wanted = coder.strip().toLowerCase(Locale.ROOT);
        return coders.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(wanted));
    }

    public boolean keeps(Coding coding) {
        return keeps(coding.coder());
    }

    /** The quotation with only the chosen coders' codings (itself when all of them are kept). */
    public Quotation applyTo(Quotation quotation) {
        if (isAll() || quotation.codings().stream().allMatch(this::keeps)) {
            return quotation;
        }
        List<Coding> kept = quotation.codings().stream().filter(this::keeps).toList();
        return new Quotation(quotation.id(), quotation.documentId(), quotation.start(), quotation.end(),
                kept.stream().map(Coding::codeId).toList(), quotation.comment(), quotation.coder(),
                quotation.createdAt(), quotation.name(), kept);
    }

    /**
     * The project as these coders coded it: a copy whose quotations hold only their codings; the
     * project itself when every coder counts. The project given is not changed.
     */
    public Project applyTo(Project project) {
        return isAll() ? project : project.copyWithFewerCodings(this::applyTo);
    }

    /** "all coders", or the names in alphabetical order: for titles, status lines and exports. */
    public String label() {
        TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sorted.addAll(coders);
        return isAll() ? "all coders" : String.join(", ", sorted);
    }
}
