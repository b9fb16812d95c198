package org.grounded.search;

import java.util.Set;
import java.util.UUID;

/** What one Lucene document holds: a speaker turn or a paragraph of a document, and whose words it is. */
record Passage(UUID documentId, int start, int end, Set<UUID> participantIds) {
}
