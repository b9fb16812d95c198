package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.export.report.ReportFiles;
import org.grounded.io.project.ProjectFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code grounded report --figure-min-weight K} and the options file's {@code figureMinWeight}: the
 * figure draws the links cited at least K times, and its caption says so. In the hand-made study
 * María cites Motivación twice (its own quotation and one of its sub-codes'), Alegría and Miedo
 * once; José cites Fe once: four links.
 */
class ReportFigureCutOffTest {

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void saveTheStudy() throws Exception {
        ReportStudy study = new ReportStudy();
        Instant monday = Instant.parse("2026-03-02T10:00:00Z");
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo, study.alegria);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        project = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(study.project, project);
    }

    private String caption(Path out) throws Exception {
        Document page = ReportFiles.xml(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        return page.getElementsByTagName("figcaption").item(0).getTextContent();
    }

    @Test
    void theFigureKeepsTheLinksCitedAtLeastKTimesAndTheCaptionCountsThem() throws Exception {
        Path out = folder.resolve("appendix");
        CommandLineRun run = CommandLineRun.of("report", project.toString(), "--figure-min-weight", "2", "-o",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(caption(out)).isEqualTo("Figure 1. Participants and the codes they cite (1 of 4 codes, 1 of 2 "
                + "participants; 1 of 4 links shown, those cited at least 2 times).");
        String svg = Files.readString(out.resolve("figure-1.svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("María", "Motivación").doesNotContain("José", "Alegría");
    }

    @Test
    void theOptionsFileSaysTheSameAndBelowTheDefaultNumberEveryLinkIsDrawn() throws Exception {
        Path options = folder.resolve("options.json");
        Files.writeString(options, "{\"figureMinWeight\": 2}");
        Path cut = folder.resolve("cut");
        Path whole = folder.resolve("whole");

        assertThat(CommandLineRun.of("report", project.toString(), "--options", options.toString(), "-o",
                cut.toString()).exitCode()).isZero();
        assertThat(CommandLineRun.of("report", project.toString(), "-o", whole.toString()).exitCode()).isZero();

        assertThat(caption(cut)).contains("1 of 4 links shown, those cited at least 2 times");
        assertThat(caption(whole)).isEqualTo("Figure 1. Participants and the codes they cite (4 codes, 2 participants, "
                + "4 links).");
    }

    @Test
    void aNegativeWeightIsRefusedInOneLine() {
        CommandLineRun run = CommandLineRun.of("report", project.toString(), "--figure-min-weight", "-1", "-o",
                folder.resolve("appendix").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--figure-min-weight cannot be negative").doesNotContain("Exception");
        assertThat(Files.exists(folder.resolve("appendix"))).isFalse();
    }
}
