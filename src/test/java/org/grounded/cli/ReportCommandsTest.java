package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.export.report.ReportFiles;
import org.grounded.io.project.ProjectFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quotes, codebook and memos on a saved project, from the command line's own entry point. */
class ReportCommandsTest {

    @TempDir
    Path folder;

    private Path project;
    private final Instant monday = Instant.parse("2026-03-02T10:00:00Z");

    @BeforeEach
    void saveTheStudy() throws Exception {
        ReportStudy study = new ReportStudy();
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        var fear = study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo, study.alegria);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        study.code(study.maria, "¿Y después?", "Ana", monday, study.fe);
        study.memo("Fe y donación", "La fe aparece dos veces.", "Ana", Instant.parse("2026-03-05T00:00:00Z"),
                study.fe.id(), fear.id());
        study.memo("Diario", "Primer día de campo.", "Luis", Instant.parse("2026-03-01T00:00:00Z"));
        project = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(study.project, project);
    }

    @Test
    void quotesOfACategoryWithItsSubCodesAsCsv() {
        CommandLineRun run = CommandLineRun.of("quotes", project.toString(), "--code", "motivación",
                "--include-subcodes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().split("\r\n")).containsExactly(
                "document,participant,paragraph,start,end,codes,text,comment,coder,created",
                "01-maria,María,2,44,80,Motivación,doné porque mi niña nació prematura.,,Luis,2026-03-02T10:00:00Z",
                "01-maria,María,2,81,106,Alegría; Miedo,Sentí alegría 💛 y miedo.,,Ana,2026-03-02T10:00:00Z");
    }

    @Test
    void quotesWithoutSubCodesParticipantAndCoderFilters() {
        assertThat(CommandLineRun.of("quotes", project.toString(), "--code", "Motivación").out().split("\r\n"))
                .hasSize(2);
        CommandLineRun jose = CommandLineRun.of("quotes", project.toString(), "--participant", "josé", "--format", "md");
        assertThat(jose.out()).isEqualTo("# Quotations of Donación\n\n## Fe (1)\n\n> Mi fe 🙏 me llevó\n>\n"
                + "> — José, 02-jose, ¶1 · Fe\n\n");
        assertThat(CommandLineRun.of("quotes", project.toString(), "--coder", "Luis", "--document", "01-maria")
                .out().split("\r\n")).hasSize(2);
        // --coder repeats: either coder's quotations, as the browser's coder filter keeps them.
        String[] both = CommandLineRun.of("quotes", project.toString(), "--coder", "Luis", "--coder", "ana",
                "--document", "01-maria").out().split("\r\n");
        String[] ana = CommandLineRun.of("quotes", project.toString(), "--coder", "Ana", "--document", "01-maria")
                .out().split("\r\n");
        assertThat(both).hasSize(ana.length + 1);
    }

    @Test
    void quotesOfAParticipantGroupOrAttributeValueAndInContext() throws Exception {
        ReportStudy study = new ReportStudy();
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo);
        var donors = org.grounded.model.Group.of("Donantes", org.grounded.model.GroupKind.PARTICIPANT,
                java.util.Set.of(study.joseP.id()));
        study.project.apply(org.grounded.model.EntityEdit.add("Group", donors));
        study.project.apply(org.grounded.model.EntityEdit.update("Role", study.mariaP, study.mariaP.withAttributes(
                java.util.Map.of("Rol", org.grounded.model.AttributeValue.text("Madre")))));
        Path file = folder.resolve("grupos.grounded");
        new ProjectFileStore().save(study.project, file);

        String[] donorLines = CommandLineRun.of("quotes", file.toString(), "--group", "donantes").out().split("\r\n");
        assertThat(donorLines).hasSize(2);
        assertThat(donorLines[1]).startsWith("02-jose,José,1,").contains("Mi fe 🙏 me llevó");
        CommandLineRun mothers = CommandLineRun.of("quotes", file.toString(), "--attribute", "rol=Madre", "--context",
                "1", "--format", "md");
        assertThat(mothers.exitCode()).as(mothers.err()).isZero();
        assertThat(mothers.out()).isEqualTo("# Quotations of Donación\n\n## Miedo (1)\n\n> Sentí alegría 💛 y miedo.\n>\n"
                + "> — María, 01-maria, ¶2 · Miedo\n>\n"
                + "> *In context:* Entrevistadora: ¿Por qué donó?  \n"
                + "> María: Yo 😀 doné porque mi niña nació prematura. **Sentí alegría 💛 y miedo.**  \n"
                + "> Entrevistadora: ¿Y después?\n\n");
        Path docx = folder.resolve("madres.docx");
        assertThat(CommandLineRun.of("quotes", file.toString(), "--attribute", "Rol=Madre", "--context", "0", "-o",
                docx.toString()).exitCode()).isZero();
        try (var in = Files.newInputStream(docx); var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var context = word.getParagraphs().get(word.getParagraphs().size() - 1);
            assertThat(context.getText()).isEqualTo("María: Yo 😀 doné porque mi niña nació prematura. Sentí alegría 💛 y miedo.");
            assertThat(context.getRuns().get(1).isBold()).isTrue();
            assertThat(context.getRuns().get(1).text()).isEqualTo("Sentí alegría 💛 y miedo.");
        }
        CommandLineRun bad = CommandLineRun.of("quotes", file.toString(), "--attribute", "Edad=30");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("no participant attribute named 'Edad'").doesNotContain("\tat ");
    }

    @Test
    void quotesAsDocxGroupedByParticipant() throws Exception {
        Path docx = folder.resolve("quotes.docx");
        CommandLineRun run = CommandLineRun.of("quotes", project.toString(), "--group-by", "participant", "-o",
                docx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<ReportFiles.Paragraph> paragraphs = ReportFiles.docx(Files.newInputStream(docx));
        assertThat(paragraphs).filteredOn(p -> p.style() != null).extracting(ReportFiles.Paragraph::text)
                .containsExactly("Quotations of Donación", "María (2)", "José (1)", "(no participant) (1)");
    }

    @Test
    void unknownNamesAndFormatsAreOneLine() {
        CommandLineRun code = CommandLineRun.of("quotes", project.toString(), "--code", "Hope");
        assertThat(code.exitCode()).isEqualTo(1);
        assertThat(code.err()).isEqualTo("grounded: --code: the project has no code 'Hope'" + System.lineSeparator());
        CommandLineRun participant = CommandLineRun.of("quotes", project.toString(), "--participant", "Ana");
        assertThat(participant.err()).contains("no participant 'Ana'; it has 'María', 'José'");
        CommandLineRun format = CommandLineRun.of("memos", project.toString(), "--format", "xlsx");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Unknown format 'xlsx'; the formats are csv, md, html, docx");
        CommandLineRun docx = CommandLineRun.of("codebook", project.toString(), "--format", "docx");
        assertThat(docx.err()).contains("docx is not text: give the file to write with -o FILE");
    }

    @Test
    void theProjectIsNeverTheOutput() throws Exception {
        byte[] before = Files.readAllBytes(project);
        CommandLineRun run = CommandLineRun.of("quotes", project.toString(), "-o", project.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void codebookAsMarkdownHtmlAndQdc() throws Exception {
        CommandLineRun markdown = CommandLineRun.of("codebook", project.toString(), "--examples", "1");
        assertThat(markdown.exitCode()).as(markdown.err()).isZero();
        assertThat(markdown.out()).startsWith("# Codebook of Donación\n\n## Motivación\n\n"
                + "*axial · 2 quotations, 1 participant · #0067A5*\n\n"
                + "Why mothers donate <milk> & keep donating\n\n"
                + "> doné porque mi niña nació prematura.\n>\n> — María, 01-maria, ¶2 · Motivación\n\n"
                + "### Alegría\n\n");

        Path html = folder.resolve("codebook.html");
        assertThat(CommandLineRun.of("codebook", project.toString(), "-o", html.toString()).exitCode()).isZero();
        ReportFiles.xml(Files.readString(html, StandardCharsets.UTF_8));

        Path qdc = folder.resolve("codebook.qdc");
        CommandLineRun refi = CommandLineRun.of("codebook", project.toString(), "-o", qdc.toString());
        assertThat(refi.exitCode()).as(refi.err()).isZero();
        assertThat(Files.readString(qdc, StandardCharsets.UTF_8)).contains("Motivación").contains("Alegría");
    }

    @Test
    void memosFilteredByAuthorAndDay() {
        CommandLineRun all = CommandLineRun.of("memos", project.toString());
        assertThat(all.out()).contains("## Diario").contains("## Fe y donación");
        assertThat(all.out().indexOf("## Diario")).isLessThan(all.out().indexOf("## Fe y donación"));

        CommandLineRun byAna = CommandLineRun.of("memos", project.toString(), "--author", "ana", "--format", "csv");
        assertThat(byAna.out().split("\r\n")).hasSize(2);
        assertThat(byAna.out()).contains("code: Fe; quotation: María, 01-maria, ¶2");

        CommandLineRun early = CommandLineRun.of("memos", project.toString(), "--until", "2026-03-04");
        assertThat(early.out()).contains("## Diario").doesNotContain("Fe y donación");
        CommandLineRun bad = CommandLineRun.of("memos", project.toString(), "--from", "yesterday");
        assertThat(bad.err()).contains("--from is a day such as 2026-03-05, not 'yesterday'");
    }

    @Test
    void memosOfOneKindWithTheKindInEveryFormat() throws Exception {
        ReportStudy study = new ReportStudy();
        study.memo(org.grounded.model.MemoKind.FIELD_NOTE, "Llamada con María", "Conexión inestable 🌧️.", "Ana",
                Instant.parse("2026-03-03T09:00:00Z"), study.maria.id());
        study.memo(org.grounded.model.MemoKind.JOURNAL, "Día 2", "Me sentí insegura.", "Ana",
                Instant.parse("2026-03-04T09:00:00Z"));
        study.memo("Fe", "La fe como motivo.", "Luis", Instant.parse("2026-03-05T09:00:00Z"), study.fe.id());
        Path kinds = folder.resolve("kinds.grounded");
        new ProjectFileStore().save(study.project, kinds);

        CommandLineRun notes = CommandLineRun.of("memos", kinds.toString(), "--kind", "field-note");
        assertThat(notes.exitCode()).as(notes.err()).isZero();
        assertThat(notes.out()).isEqualTo("# Memos of Donación\n\n## Llamada con María\n\n"
                + "*Field note · Ana, 2026-03-03 · about document: 01-maria*\n\nConexión inestable 🌧️.\n\n");

        CommandLineRun journal = CommandLineRun.of("memos", kinds.toString(), "--kind", "JOURNAL", "--format", "csv");
        assertThat(journal.out().split("\r\n")).containsExactly(
                "title,kind,author,created,modified,links,text,quotations",
                "Día 2,journal,Ana,2026-03-04T09:00:00Z,2026-03-04T09:00:00Z,project: Donación,Me sentí insegura.,");

        CommandLineRun memos = CommandLineRun.of("memos", kinds.toString(), "--kind", "memo");
        assertThat(memos.out()).contains("## Fe", "*Memo · Luis, 2026-03-05 · about code: Fe*")
                .doesNotContain("Llamada", "Día 2");

        CommandLineRun bad = CommandLineRun.of("memos", kinds.toString(), "--kind", "diary");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--kind is memo, field-note or journal, not 'diary'");
    }
}
