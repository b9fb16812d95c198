package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.export.report.ReportFiles;
import org.grounded.export.report.StudyReport;
import org.grounded.io.project.ProjectFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** grounded report: the study appendix as index.html and report.docx. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void saveTheStudy() throws Exception {
        ReportStudy study = new ReportStudy();
        Instant monday = Instant.parse("2026-03-02T10:00:00Z");
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        var fear = study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo, study.alegria);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        study.memo("Fe y donación", "La fe aparece dos veces.", "Ana", Instant.parse("2026-03-05T00:00:00Z"),
                study.fe.id(), fear.id());
        project = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(study.project, project);
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theFolderHoldsAWellFormedPageAndAWordFileWithTheSectionsInOrder() throws Exception {
        Path out = folder.resolve("appendix");
        CommandLineRun run = CommandLineRun.of("report", project.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = ReportFiles.xml(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertThat(texts(page.getElementsByTagName("h1"))).containsExactly("Study report: Donación");
        assertThat(texts(page.getElementsByTagName("h2"))).containsExactly("1. Citations by participant",
                "2. Co-occurrence of codes", "3. Participant statistics", "4. Codebook", "5. Quotations by category",
                "6. Memos", "7. Semantic network");
        assertThat(page.getElementsByTagName("table").getLength()).isEqualTo(3);
        assertThat(texts(page.getElementsByTagName("p"))).contains("Sentí alegría 💛 y miedo.");

        List<ReportFiles.Paragraph> docx = ReportFiles.docx(Files.newInputStream(out.resolve("report.docx")));
        List<String> headings = docx.stream().filter(p -> "Heading1".equals(p.style()))
                .map(ReportFiles.Paragraph::text).toList();
        assertThat(headings).containsExactly("Study report: Donación", "1. Citations by participant",
                "2. Co-occurrence of codes", "3. Participant statistics", "4. Codebook", "5. Quotations by category",
                "6. Memos", "7. Semantic network");
        List<String> texts = docx.stream().map(ReportFiles.Paragraph::text).toList();
        assertThat(texts).containsSubsequence("4. Codebook", "Motivación", "5. Quotations by category",
                "Motivación (1)", "«doné porque mi niña nació prematura.»", "— María, 01-maria, ¶2 · Motivación",
                "6. Memos", "Fe y donación");
        // The citations table as the window shows it: a row per code, a column per participant.
        assertThat(texts).anyMatch(line -> line.startsWith("| code |") && line.contains("María") && line.contains("José"));
        assertThat(StudyReport.SECTIONS).hasSize(7);
    }

    @Test
    void theReportEndsWithTheNetworkFigureInTheFolderThePageAndTheWordFile() throws Exception {
        Path out = folder.resolve("appendix");
        assertThat(CommandLineRun.of("report", project.toString(), "-o", out.toString()).exitCode()).isZero();

        // The page shows the SVG beside it, captioned; the SVG names every code and participant.
        Document page = ReportFiles.xml(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        NodeList images = page.getElementsByTagName("img");
        assertThat(images.getLength()).isEqualTo(1);
        String source = images.item(0).getAttributes().getNamedItem("src").getNodeValue();
        assertThat(source).isEqualTo("figure-1.svg");
        assertThat(texts(page.getElementsByTagName("figcaption"))).singleElement().asString()
                .startsWith("Figure 1. Participants and the codes they cite (4 codes, 2 participants, ");
        Document svg = ReportFiles.xml(Files.readString(out.resolve(source), StandardCharsets.UTF_8));
        String drawn = String.join(" ", texts(svg.getElementsByTagName("text")));
        assertThat(drawn).contains("María", "José", "Motivación", "Fe");

        // The PNG is a real picture, and the Word file embeds it under the last heading.
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve("figure-1.png").toFile());
        assertThat(png.getWidth()).isGreaterThan(200);
        try (var in = Files.newInputStream(out.resolve("report.docx"));
             var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(word.getAllPictures()).hasSize(1);
            assertThat(word.getAllPictures().get(0).getPictureType())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            var paragraphs = word.getParagraphs();
            int heading = -1;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).getText().equals("7. Semantic network")) {
                    heading = i;
                }
            }
            assertThat(heading).isPositive();
            assertThat(paragraphs.get(heading + 1).getRuns().get(0).getEmbeddedPictures()).hasSize(1);
            assertThat(paragraphs.get(heading + 2).getText()).startsWith("Figure 1. ");
        }
    }

    @Test
    void anOptionsFileNamingANetworkTheProjectLacksIsOneLine() throws Exception {
        Path options = Files.writeString(folder.resolve("options.json"), "{\"network\": \"Nope\"}");
        CommandLineRun run = CommandLineRun.of("report", project.toString(), "--options", options.toString(), "-o",
                folder.resolve("r").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("grounded: The project has no network named 'Nope' (it has no saved networks)");
        assertThat(folder.resolve("r")).doesNotExist();
    }

    @Test
    void anOptionsFileRebuildsTheSameReportAndChangesWhatItSays() throws Exception {
        Path options = Files.writeString(folder.resolve("options.json"),
                "{\"title\": \"Appendix B\", \"examples\": 0, \"grouping\": \"participant\"}");
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");

        assertThat(CommandLineRun.of("report", project.toString(), "--options", options.toString(), "-o",
                first.toString()).exitCode()).isZero();
        assertThat(CommandLineRun.of("report", project.toString(), "--options", options.toString(), "-o",
                second.toString()).exitCode()).isZero();

        String html = Files.readString(first.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).isEqualTo(Files.readString(second.resolve("index.html"), StandardCharsets.UTF_8));
        Document page = ReportFiles.xml(html);
        assertThat(texts(page.getElementsByTagName("h1"))).containsExactly("Appendix B");
        assertThat(texts(page.getElementsByTagName("h3"))).contains("María (2)", "José (1)");
    }

    @Test
    void badOptionsAndAFileAsFolderAreOneLine() throws Exception {
        Path options = Files.writeString(folder.resolve("options.json"), "{\"exampels\": 2}");
        CommandLineRun run = CommandLineRun.of("report", project.toString(), "--options", options.toString(), "-o",
                folder.resolve("r").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("grounded: Report options ").contains("exampels").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(folder.resolve("r")).doesNotExist();

        CommandLineRun file = CommandLineRun.of("report", project.toString(), "-o", project.toString());
        assertThat(file.exitCode()).isNotZero();
        assertThat(file.err()).contains("is a file; give the folder");
    }

    @Test
    void theMemosSectionSaysEachMemosKindAndAnOptionsFileCanLeaveSectionsOut() throws Exception {
        ReportStudy study = new ReportStudy();
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", Instant.parse("2026-03-02T10:00:00Z"),
                study.motivacion);
        study.memo(org.grounded.model.MemoKind.JOURNAL, "Día 2", "Me sentí insegura.", "Ana",
                Instant.parse("2026-03-04T09:00:00Z"));
        study.memo(org.grounded.model.MemoKind.FIELD_NOTE, "Llamada", "Conexión inestable.", "Ana",
                Instant.parse("2026-03-05T09:00:00Z"), study.maria.id());
        Path kinds = folder.resolve("kinds.grounded");
        new ProjectFileStore().save(study.project, kinds);
        Path options = Files.writeString(folder.resolve("memos-only.json"), "{\"sections\": [\"MEMOS\"]}");
        Path out = folder.resolve("memos-only");

        CommandLineRun run = CommandLineRun.of("report", kinds.toString(), "--options", options.toString(), "-o",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = ReportFiles.xml(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertThat(texts(page.getElementsByTagName("h2"))).containsExactly("1. Memos");
        assertThat(page.getElementsByTagName("table").getLength()).isZero();
        assertThat(page.getElementsByTagName("img").getLength()).isZero();
        assertThat(texts(page.getElementsByTagName("p"))).containsSubsequence(
                "Reflective journal · Ana, 2026-03-04 · about project: Donación", "Me sentí insegura.",
                "Field note · Ana, 2026-03-05 · about document: 01-maria", "Conexión inestable.");
        List<String> docx = ReportFiles.docx(Files.newInputStream(out.resolve("report.docx"))).stream()
                .map(ReportFiles.Paragraph::text).toList();
        assertThat(docx).containsExactly("Study report: Donación", "1. Memos", "Día 2",
                "Reflective journal · Ana, 2026-03-04 · about project: Donación", "Me sentí insegura.", "Llamada",
                "Field note · Ana, 2026-03-05 · about document: 01-maria", "Conexión inestable.");
    }
}
