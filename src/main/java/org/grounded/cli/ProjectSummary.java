package org.grounded.cli;

import java.nio.file.Path;
import java.util.List;
import org.grounded.model.Project;
import org.grounded.model.ProjectCounts;

/** What {@code grounded info} reports, as a value so the text and JSON outputs agree. */
record ProjectSummary(String name, String file, ProjectCounts counts, List<DocumentSummary> documents) {

    record DocumentSummary(String name, String language, int words, int quotations) {
    }

    static ProjectSummary of(Path file, Project project) {
        List<DocumentSummary> documents = project.documents().stream()
                .map(document -> new DocumentSummary(document.name(), document.language(), document.wordCount(),
                        project.quotationsIn(document.id()).size()))
                .toList();
        return new ProjectSummary(project.info().name(), file.toString(), project.counts(), documents);
    }
}
