package org.grounded.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.grounded.analysis.agreement.AgreementReport;
import org.grounded.analysis.agreement.AgreementRequest;
import org.grounded.analysis.agreement.AgreementUnit;
import org.grounded.analysis.agreement.CodingsByCoder;
import org.grounded.analysis.agreement.IntercoderAgreement;
import org.grounded.analysis.agreement.SemanticDomain;
import org.grounded.export.report.AgreementExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grounded agreement PROJECT --coders A,B}: intercoder agreement per code and document. */
@Command(name = "agreement", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write the intercoder agreement of two or more coders: a row per code (or semantic domain) "
                + "and document they coded, one over all those documents, and (md, json) the passages where they differ.",
        "--unit character (default, as Atlas.ti): percent agreement over the characters anyone coded, "
                + "Krippendorff's alpha-binary per code, cu-alpha per domain (a code group) and Cu-alpha across domains.",
        "--unit segment (as MAXQDA): each coded range is a unit, the same when 90% of both ranges are shared; "
                + "percent agreement, Cohen's kappa (two coders), Fleiss' kappa, Brennan-Prediger kappa, "
                + "Krippendorff's alpha.",
        "Formats: csv (default), md, json."})
final class AgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument project;

    @Option(names = "--coders", paramLabel = "A,B[,C]", split = ",", required = true,
            description = "the coders to compare, as their names are recorded (two or more)")
    List<String> coders = new ArrayList<>();

    @Option(names = "--codes", paramLabel = "NAME", arity = "1..*",
            description = "compare only these codes (default: every code the coders used)")
    List<String> codes = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "GROUP", arity = "1..*",
            description = "compare these code groups as semantic domains (cu-alpha, and Cu-alpha across them)")
    List<String> domains = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "character|segment", defaultValue = "character",
            description = "what counts as a unit: character (default) or segment")
    String unit;

    @Mixin
    OutputOptions output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        ReportTarget target = ReportTarget.of(spec, output.format, output.output, AgreementExport.FORMATS,
                ReportFormat.CSV, project.file);
        AgreementUnit agreementUnit = unit();
        if (!codes.isEmpty() && !domains.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --codes or --domain, not both");
        }
        if (coders.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--coders needs two or more names, "
                    + "separated by commas");
        }
        Project loaded = projects.load(project.file);
        List<String> recorded = CodingsByCoder.coders(loaded);
        List<String> chosen = new ArrayList<>();
        for (String name : coders) {
            String found = recorded.stream().filter(coder -> coder.equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--coders: " + project.file + " has no coding by '"
                            + name.strip() + "'" + (recorded.isEmpty() ? "; no coding records a coder"
                            : "; the coders are " + String.join(", ", recorded))));
            if (chosen.contains(found)) {
                throw new IllegalArgumentException("--coders: '" + found + "' is named twice");
            }
            chosen.add(found);
        }
        List<UUID> codeIds = codes.stream().map(name -> ProjectNames.code(loaded, name, "--codes")).toList();
        List<SemanticDomain> semanticDomains = domains.stream().map(name -> domain(loaded, name)).toList();
        AgreementReport report = IntercoderAgreement.compute(loaded,
                new AgreementRequest(chosen, codeIds, semanticDomains, agreementUnit));
        target.write(out -> AgreementExport.write(report, target.format(), out),
                () -> AgreementExport.text(report, target.format()));
        return 0;
    }

    private AgreementUnit unit() {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "character", "characters", "char" -> AgreementUnit.CHARACTER;
            case "segment", "segments" -> AgreementUnit.SEGMENT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--unit is character or segment, not '" + unit + "'");
        };
    }

    private static SemanticDomain domain(Project project, String name) {
        UUID id = ProjectNames.group(project, GroupKind.CODE, name, "--domain");
        Group group = project.find(Group.class, id).orElseThrow();
        return new SemanticDomain(group.name(), List.copyOf(group.memberIds()));
    }
}
