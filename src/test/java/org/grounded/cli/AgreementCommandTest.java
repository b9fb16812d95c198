package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.grounded.analysis.SmallStudy;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grounded agreement} on a saved project that two coders coded. */
class AgreementCommandTest {

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void saveTwoCodersWork() throws IOException {
        SmallStudy study = new SmallStudy();
        study.project.apply(EntityEdit.builder("Code")
                .add(Quotation.of(study.interview.id(), 5, 20, List.of(study.duty.id()), "Ann"))
                .add(Quotation.of(study.interview.id(), 10, 20, List.of(study.duty.id()), "Ben"))
                .add(Group.of("Motives", GroupKind.CODE, Set.of(study.duty.id(), study.agency.id())))
                .build());
        project = folder.resolve("study.grounded");
        new ProjectFileStore().save(study.project, project);
    }

    @Test
    void printsAlphaBinaryAndPercentAgreementPerCodeAndDocument() {
        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "Ann,Ben");

        // percent: 10 of the 15 characters anyone coded; alpha-binary by hand (Krippendorff 2004):
        // Do = 2 * 5^2 / (2 * 63^2); De = (2030 + 13050 + 570 + 6900) * 2/63 / (126 * 125 - 300); 1 - Do/De = 0.864
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                scope,name,document,characters,Percent agreement,alpha-binary\r
                code,Duty,Interview with Bea,15,0.667,0.864\r
                code,Duty,All documents,15,0.667,0.864\r
                """);
    }

    @Test
    void markdownListsTheDisagreementWithEachCodersCodes() {
        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "ann,BEN", "--format", "md");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Disagreements").contains("| Duty | Interview with Bea | 5 | 10 | Duty | - |");
    }

    @Test
    void segmentsGiveTheKappas() {
        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "Ann,Ben", "--unit",
                "segment", "--format", "json");

        assertThat(run.exitCode()).isZero();
        // [5,20) and [10,20) share 10 of 15 characters: two segments, each coded by one coder only
        assertThat(run.out()).contains("\"unit\" : \"segment\"").contains("\"Cohen's kappa\"")
                .contains("\"Percent agreement\" : 0.0").contains("\"units\" : 2");
    }

    @Test
    void aDomainIsACodeGroup() {
        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "Ann,Ben", "--domain",
                "motives");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("scope,name,document,characters,Percent agreement,cu-alpha")
                .contains("domain,Motives,All documents,15,0.667,n/a");
    }

    @Test
    void anUnknownCoderIsNamedWithTheCodersThereAre() {
        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "Ann,Cy");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("has no coding by 'Cy'").contains("the coders are Ann, Ben")
                .doesNotContain("\tat ");
    }

    @Test
    void neverWritesOverTheProject() throws IOException {
        byte[] before = Files.readAllBytes(project);

        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "Ann,Ben", "-o",
                project.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("is the file this command reads");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void writesTheFileItIsGiven() throws IOException {
        Path out = folder.resolve("agreement.json");

        CommandLineRun run = CommandLineRun.of("agreement", project.toString(), "--coders", "Ann,Ben", "-o",
                out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("{").contains("\"disagreements\"");
    }
}
