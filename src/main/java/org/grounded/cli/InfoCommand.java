package org.grounded.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.grounded.io.JsonText;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.grounded.model.ProjectCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code grounded info PROJECT}: what a project holds. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print what a project holds: documents, participants, codes, categories, "
        + "quotations, memos, relations.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument argument;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Project project = new ProjectFileStore().load(argument.file);
        ProjectSummary summary = ProjectSummary.of(argument.file, project);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new JsonText().write(summary));
        } else {
            ProjectCounts counts = summary.counts();
            out.printf("Project       %s%n", summary.name());
            out.printf("File          %s%n", summary.file());
            out.printf("Documents     %d%n", counts.documents());
            out.printf("Participants  %d%n", counts.participants());
            out.printf("Codes         %d%n", counts.codes());
            out.printf("Categories    %d%n", counts.categories());
            out.printf("Quotations    %d%n", counts.quotations());
            out.printf("Memos         %d%n", counts.memos());
            out.printf("Relations     %d%n", counts.relations());
            if (!summary.documents().isEmpty()) {
                out.println();
                out.println("Documents:");
                summary.documents().forEach(document -> out.printf("  %-40s %7d words %5d quotations%n",
                        document.name(), document.words(), document.quotations()));
            }
        }
        out.flush();
        return 0;
    }
}
