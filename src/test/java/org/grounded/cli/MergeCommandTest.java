package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grounded.analysis.SmallStudy;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.model.Coding;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grounded merge} of two coders' copies of one study, as .grounded and as .qdpx. */
class MergeCommandTest {

    @TempDir
    Path folder;

    private final SmallStudy base = new SmallStudy();
    private Path ann;
    private Project ben;

    @BeforeEach
    void twoCopies() throws IOException {
        Project annProject = base.project.copy();
        annProject.apply(EntityEdit.builder("Ann").add(Quotation.of(base.interview.id(), 5, 20,
                List.of(base.duty.id()), "Ann")).build());
        ben = base.project.copy();
        ben.apply(EntityEdit.builder("Ben").add(Quotation.of(base.interview.id(), 5, 20, List.of(base.duty.id()), "Ben"))
                .add(Quotation.of(base.interview.id(), 30, 35, List.of(base.fears.id()), "Ben")).build());
        ann = folder.resolve("ann.grounded");
        new ProjectFileStore().save(annProject, ann);
    }

    private Project mergedWith(Path other) throws Exception {
        CommandLineRun run = CommandLineRun.of("merge", ann.toString(), other.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("quotations: 1 added, 1 matched").contains("No conflicts.");
        return new ProjectFileStore().load(ann);
    }

    private void assertUnionWithEachCoder(Project merged) {
        assertThat(merged.quotations()).hasSize(2);
        Quotation shared = merged.quotations().stream().filter(q -> q.start() == 5).findFirst().orElseThrow();
        assertThat(shared.codings()).extracting(Coding::coder).containsExactly("Ann", "Ben");
        assertThat(merged.documents()).hasSize(2);
        assertThat(merged.codes()).hasSize(base.project.codes().size());
    }

    @Test
    void aSecondCodersProjectMergesIntoTheUnion() throws Exception {
        Path other = folder.resolve("ben.grounded");
        new ProjectFileStore().save(ben, other);

        assertUnionWithEachCoder(mergedWith(other));
    }

    @Test
    void aQdpxMergesTheSameWay() throws Exception {
        Path other = folder.resolve("ben.qdpx");
        new QdpxExporter().export(ben, other, Progress.NONE);

        assertUnionWithEachCoder(mergedWith(other));
    }

    @Test
    void mergingTheSameProjectAgainChangesNothing() throws Exception {
        Path copy = folder.resolve("copy.grounded");
        Files.copy(ann, copy);
        byte[] before = Files.readAllBytes(ann);

        CommandLineRun run = CommandLineRun.of("merge", ann.toString(), copy.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing new, nothing saved");
        assertThat(Files.readAllBytes(ann)).isEqualTo(before);
    }

    @Test
    void anUnknownKindOfFileIsRefusedInOneLine() throws IOException {
        Path other = Files.writeString(folder.resolve("ben.txt"), "x");

        CommandLineRun run = CommandLineRun.of("merge", ann.toString(), other.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("ben.txt").doesNotContain("\tat ");
    }

    @Test
    void mapPutsTheirCodeOntoOurs() throws Exception {
        org.grounded.model.Code worry = org.grounded.model.Code.of("Worry", "#BE0032");
        ben.apply(EntityEdit.builder("Worry").add(worry)
                .add(Quotation.of(base.interview.id(), 40, 50, List.of(worry.id()), "Ben")).build());
        Path other = folder.resolve("ben.grounded");
        new ProjectFileStore().save(ben, other);

        CommandLineRun run = CommandLineRun.of("merge", ann.toString(), other.toString(), "--map", "worry = Fears");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Project merged = new ProjectFileStore().load(ann);
        assertThat(merged.codeNamed("Worry")).isEmpty();
        assertThat(merged.codes()).hasSize(base.project.codes().size());
        assertThat(merged.quotationsWithCode(base.fears.id())).extracting(Quotation::start).containsExactly(30, 40);
    }

    @Test
    void aMapNamingNoCodeIsRefusedAndNothingIsSaved() throws Exception {
        Path other = folder.resolve("ben.grounded");
        new ProjectFileStore().save(ben, other);
        byte[] before = Files.readAllBytes(ann);

        CommandLineRun run = CommandLineRun.of("merge", ann.toString(), other.toString(), "--map", "Worry=Fears");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("ben.grounded has no code 'Worry'");
        assertThat(Files.readAllBytes(ann)).isEqualTo(before);
    }
}
