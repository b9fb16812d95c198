package org.grounded.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.agreement.CodingsByCoder;
import org.grounded.model.Project;
import picocli.CommandLine.Option;

/**
 * {@code --coder NAME} (repeatable), a picocli mixin: count only these coders' codings, as the
 * windows' "Coders" choice does. A name no coder of the project has is refused, listing the coders.
 */
final class CoderOptions {

    @Option(names = "--coder", paramLabel = "NAME",
            description = "count only this coder's codings (repeat it for several coders; default: every coder's)")
    List<String> coders = new ArrayList<>();

    /** The filter these options name, checked against the project's coders. */
    CoderFilter filter(Project project) {
        if (coders.isEmpty()) {
            return CoderFilter.ALL;
        }
        List<String> known = CodingsByCoder.coders(project);
        for (String coder : coders) {
            boolean found = known.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT)
                    .equals(coder.strip().toLowerCase(Locale.ROOT)));
            if (!found) {
                throw new IllegalArgumentException("--coder: the project has no coder '" + coder + "'"
                        + (known.isEmpty() ? "; no coding records a coder"
                        : "; its coders are " + known.stream().map(name -> "'" + name + "'")
                        .collect(Collectors.joining(", "))));
            }
        }
        return CoderFilter.of(coders);
    }

    /** The project as the chosen coders coded it (the project itself when no coder is named). */
    Project applyTo(Project project) {
        return filter(project).applyTo(project);
    }
}
