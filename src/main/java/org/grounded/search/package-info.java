/**
 * Full-text search over a project's documents with Apache Lucene, the only package that imports
 * it: the index (one Lucene document per speaker turn or paragraph, in the user cache folder,
 * rebuilt when missing, stale or corrupt), queries with exact offsets from Lucene's Matches API,
 * and word frequencies. The index is derived from the project and never the only copy of anything.
 */
package org.grounded.search;
