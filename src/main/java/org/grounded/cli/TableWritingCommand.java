package org.grounded.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.Project;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of the commands that compute a table from a project and write it ({@code table},
 * {@code cooccur}, {@code stats}): PROJECT, {@code --format} and {@code -o}; the options are
 * checked before the project is read, and nothing is written when it cannot be read.
 */
abstract class TableWritingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument project;

    @Mixin
    OutputOptions output;

    /** Where the project comes from: its file, or in tests a project built in memory. */
    ProjectSource projects = ProjectSource.FILES;

    /** The formats this command writes. */
    abstract Set<ExportFormat> formats();

    /** Refuses options that make no sense together, before the project is read. */
    void checkOptions() {
    }

    /** Computes the table from the project and says how to write it. */
    abstract ExportTarget.Export export(Project loaded);

    @Override
    public final Integer call() throws Exception {
        ExportTarget target = output.target(spec, formats());
        checkOptions();
        Project loaded = projects.load(project.file);
        target.write(export(loaded));
        return 0;
    }
}
