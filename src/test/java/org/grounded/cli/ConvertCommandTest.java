package org.grounded.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConvertCommandTest {

    @TempDir
    Path folder;

    private static Project smallStudy() {
        Project project = Project.create("Milk study 🍼");
        Document post = Document.of("post", "Gracias 🙏🏽 mamá! Donamos 🍼 hoy");
        Code gratitude = Code.of("Gratitude", "#FF0000");
        project.apply(EntityEdit.builder("Add").add(post).add(gratitude)
                .add(new Quotation(java.util.UUID.randomUUID(), post.id(), 0, 7, java.util.List.of(gratitude.id()), "",
                        "ana", java.time.Instant.parse("2025-04-01T10:00:00.250Z"))).build());
        return project;
    }

    private Path saved(Project project, String name) throws Exception {
        Path file = folder.resolve(name);
        new ProjectFileStore().save(project, file);
        return file;
    }

    @Test
    void aGroundedProjectBecomesAQdpxThatImportsBackToTheSameStudy() throws Exception {
        Project study = smallStudy();
        Path project = saved(study, "study.grounded");
        Path qdpx = folder.resolve("study.qdpx");
        Path back = folder.resolve("back.grounded");

        CommandLineRun export = CommandLineRun.of("convert", project.toString(), qdpx.toString());
        CommandLineRun reimport = CommandLineRun.of("convert", qdpx.toString(), back.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("Wrote study.qdpx").contains("1 codes, 1 documents, 1 quotations");
        assertThat(reimport.exitCode()).isZero();
        assertThat(reimport.out()).contains("Imported study.qdpx (written by Grounded)")
                .contains("1 codes (0 categories), 1 documents, 1 quotations").contains("Wrote back.grounded");
        Project loaded = new ProjectFileStore().load(back);
        assertThat(loaded.quotations()).containsExactlyElementsOf(study.quotations());
        assertThat(loaded.codes()).containsExactlyElementsOf(study.codes());
    }

    @Test
    void positionsCountCodePointsByDefaultAndUtf16UnitsForNvivo() throws Exception {
        Project study = Project.create("Emoji");
        String text = "Gracias 🙏🏽 mamá! Donamos 🍼 hoy";
        Document post = Document.of("post", text);
        int start = text.indexOf("hoy");
        study.apply(EntityEdit.builder("Add").add(post).add(new Quotation(java.util.UUID.randomUUID(), post.id(),
                start, start + 3, java.util.List.of(), "", "ana", java.time.Instant.parse("2025-04-01T10:00:00Z"))).build());
        Path project = saved(study, "emoji.grounded");

        CommandLineRun standard = CommandLineRun.of("convert", project.toString(), folder.resolve("a.qdpx").toString());
        CommandLineRun nvivo = CommandLineRun.of("convert", project.toString(), folder.resolve("b.qdpx").toString(),
                "--positions", "utf16");
        CommandLineRun wrong = CommandLineRun.of("convert", project.toString(), folder.resolve("c.qdpx").toString(),
                "--positions", "bytes");
        CommandLineRun codebook = CommandLineRun.of("convert", project.toString(), folder.resolve("d.qdc").toString(),
                "--positions", "utf16");

        assertThat(standard.exitCode()).isZero();
        assertThat(nvivo.exitCode()).isZero();
        // Three characters beyond U+FFFF (🙏, 🍼 and the skin-tone modifier) come before "hoy".
        assertThat(qde(folder.resolve("a.qdpx"))).contains("startPosition=\"" + (start - 3) + "\"");
        assertThat(qde(folder.resolve("b.qdpx"))).contains("startPosition=\"" + start + "\"");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("--positions").contains("bytes");
        assertThat(codebook.exitCode()).isNotZero();
        assertThat(codebook.err()).contains(".qdpx export only");
    }

    private static String qde(Path qdpx) throws Exception {
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCodebookTravelsThroughQdc() throws Exception {
        Path project = saved(smallStudy(), "study.grounded");
        Path qdc = folder.resolve("codes.qdc");
        Path codebook = folder.resolve("codes.grounded");

        CommandLineRun export = CommandLineRun.of("convert", project.toString(), qdc.toString());
        CommandLineRun reimport = CommandLineRun.of("convert", qdc.toString(), codebook.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(reimport.exitCode()).isZero();
        assertThat(new ProjectFileStore().load(codebook).codes()).extracting(Code::name).containsExactly("Gratitude");
    }

    @Test
    void theImportReportListsWhatWasSkippedAndTheExitCodeSaysSo() throws Exception {
        Path qdpx = folder.resolve("partial.qdpx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write("""
                    <Project xmlns="urn:QDA-XML:project:1.0" name="Partial" origin="MAXQDA 2022">
                      <Sources><PDFSource guid="22222222-2222-4222-8222-222222222222" name="Flyer" path="internal://f.pdf"/></Sources>
                    </Project>""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        CommandLineRun run = CommandLineRun.of("convert", qdpx.toString(), folder.resolve("partial.grounded").toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.SOME_SKIPPED);
        assertThat(run.out()).contains("Imported partial.qdpx (written by MAXQDA 2022)").contains("Wrote partial.grounded")
                .doesNotContain("skipped");
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("grounded: partial.qdpx: skipped 1 PDF source: ");
        assertThat(folder.resolve("partial.grounded")).exists();
    }

    @Test
    void theRealNvivoExportConverts() {
        Optional<Path> sample = Stream.of(Path.of("").toAbsolutePath().getParent().resolve("shared/refi-qda"),
                Path.of("/work/shared/refi-qda")).map(p -> p.resolve("nvivo_win12.6_oltas_teszt.qdpx"))
                .filter(Files::isRegularFile).findFirst();
        assumeTrue(sample.isPresent(), "shared/refi-qda/nvivo_win12.6_oltas_teszt.qdpx not found, skipping");

        CommandLineRun run = CommandLineRun.of("convert", sample.get().toString(), folder.resolve("nvivo.grounded").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("written by NVivo for Windows 12.6").contains("UTF-16")
                .contains("152 codes").contains("330 quotations");
    }

    @Test
    void anExistingOutputIsNotReplacedWithoutForce() throws Exception {
        Path project = saved(smallStudy(), "study.grounded");
        Path qdpx = Files.writeString(folder.resolve("precious.qdpx"), "keep me");

        CommandLineRun refused = CommandLineRun.of("convert", project.toString(), qdpx.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("grounded: ").contains("precious.qdpx").contains("--force");
        assertThat(Files.readString(qdpx)).isEqualTo("keep me");

        CommandLineRun forced = CommandLineRun.of("convert", "--force", project.toString(), qdpx.toString());
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(qdpx.resolveSibling("precious.qdpx.bak"))).isEqualTo("keep me");
    }

    @Test
    void unknownOrEqualFormatsAreNamed() throws Exception {
        Path project = saved(smallStudy(), "study.grounded");

        CommandLineRun unknown = CommandLineRun.of("convert", project.toString(), folder.resolve("study.nvp").toString());
        CommandLineRun same = CommandLineRun.of("convert", project.toString(), folder.resolve("copy.grounded").toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("study.nvp").contains(".qdpx");
        assertThat(same.err()).contains("nothing to convert");
    }

    @Test
    void aHostileArchiveGetsOneClearLineAndNoOutput() throws Exception {
        Path qdpx = folder.resolve("slip.qdpx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../evil.txt"));
            zip.write(1);
        }
        Path out = folder.resolve("slip.grounded");

        CommandLineRun run = CommandLineRun.of("convert", qdpx.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("grounded: slip.qdpx: ").contains("../../evil.txt").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }
}
