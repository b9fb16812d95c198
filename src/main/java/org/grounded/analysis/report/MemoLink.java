package org.grounded.analysis.report;

/**
 * What a memo is about.
 *
 * @param kind "project", "document", "code", "quotation", "participant" or another entity's kind
 * @param name the linked thing's name; for a quotation its source line
 */
public record MemoLink(String kind, String name) {
}
