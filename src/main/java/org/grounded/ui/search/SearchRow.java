package org.grounded.ui.search;

import java.util.UUID;

/** One keyword-in-context row of the search window: a hit, its context and where it is. */
public record SearchRow(UUID documentId, int start, int end, String left, String hit, String right,
                        String document, String participant, String codes) {
}
