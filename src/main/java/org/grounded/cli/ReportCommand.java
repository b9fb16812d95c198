package org.grounded.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.grounded.analysis.network.StrongestLinks;
import org.grounded.export.report.ReportOptions;
import org.grounded.export.report.ReportOptionsFile;
import org.grounded.export.report.StudyReport;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grounded report PROJECT -o FOLDER}: the study appendix as index.html and report.docx. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Write the study appendix into FOLDER: index.html and report.docx, each holding in order the citations "
                + "table (as the window shows it, marks included), the co-occurrence table, the participant "
                + "statistics, the codebook, the quotations by category, the memos and the semantic network as Figure 1 "
                + "(figure-1.svg and figure-1.png beside them).",
        "An options file (JSON: title, examples, marks SHOWN|HIDDEN, cooccurrence COUNT|C_COEFFICIENT, grouping "
                + "CODE|PARTICIPANT, network: the name of a saved network to draw instead of the default figure, "
                + "figureMinWeight: as --figure-min-weight, "
                + "sections: a list of CITATIONS, COOCCURRENCE, STATISTICS, CODEBOOK, QUOTATIONS, MEMOS, NETWORK, "
                + "coders: whose codings count) rebuilds the same report from a script; the window's "
                + "\"Save report options…\" writes one."})
final class ReportCommand implements Callable<Integer> {

    static final String HTML_FILE = StudyReport.HTML_FILE;
    static final String DOCX_FILE = StudyReport.DOCX_FILE;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument project;

    @Option(names = "--options", paramLabel = "FILE", description = "a report options file (JSON)")
    Path optionsFile;

    @Option(names = "--figure-min-weight", paramLabel = "K", description = "draw only the figure's links of at least "
            + "this weight (citations of a participant link); 0 draws every link. Default: the strongest "
            + StrongestLinks.DEFAULT_MOST_LINKS + " or fewer, as the caption says. Overrides the options file.")
    Double figureMinWeight;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", required = true,
            description = "the folder to write index.html and report.docx into (made when missing)")
    Path folder;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    folder + " is a file; give the folder to write the report into");
        }
        ReportOptions options = optionsFile == null ? ReportOptions.DEFAULTS : readOptions(optionsFile);
        if (figureMinWeight != null) {
            if (figureMinWeight < 0 || figureMinWeight.isNaN()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--figure-min-weight cannot be negative: " + figureMinWeight);
            }
            options = options.withFigureMinWeight(figureMinWeight);
        }
        for (String name : StudyReport.FILES) {
            OutputFiles.check(folder.resolve(name), OutputFiles.Writes.OTHER, project.file);
        }
        Project loaded = projects.load(project.file);
        List<Path> written = StudyReport.write(loaded, options, folder);
        spec.commandLine().getOut().printf("Wrote %s%n", String.join(", ", written.stream().map(Path::toString).toList()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The options file, or one line naming it and what is wrong in it. */
    static ReportOptions readOptions(Path file) {
        return ReportOptionsFile.read(file);
    }
}
