package org.grounded.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.grounded.analysis.SmallStudy;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.ColourScheme;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;
import org.grounded.model.edits.NetworkEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code grounded network} run in-process on a project file, as a script would run it. */
class NetworkCommandTest {

    @TempDir
    Path folder;

    private final SmallStudy study = new SmallStudy();
    private Path projectFile;

    @BeforeEach
    void setUp() throws Exception {
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "afraid", study.duty, study.fears);
        study.code(study.focusGroup, "Because", study.agency);
        projectFile = folder.resolve("study.grounded");
        new ProjectFileStore().save(study.project, projectFile);
    }

    @Test
    void theFigureOneNetworkAsGraphMlNamesCodesParticipantsAndTheirLinks() throws Exception {
        Path out = folder.resolve("figure.graphml");

        CommandLineRun run = CommandLineRun.of("network", projectFile.toString(), "--nodes", "codes+participants",
                "--edges", "participants,relations", "--layout", "figure", "-o", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out).contains("nodes").contains("edges");
        String graphMl = Files.readString(out);
        assertThat(graphMl).contains(">Fears<", ">Bea<", ">mentions<", ">participant_link<")
                .doesNotContain(">cooccurrence<");
    }

    @Test
    void categoriesOnlyKeepsTheCodesWithSubCodesWithTheirSubCodesCitationsAndEveryParticipant() throws Exception {
        Path out = folder.resolve("categories.graphml");

        CommandLineRun run = CommandLineRun.of("network", projectFile.toString(), "--nodes", "codes+participants",
                "--codes", "categories", "--edges", "participants", "--layout", "figure", "-o", out.toString());

        assertThat(run.err()).isEmpty();
        String graphMl = Files.readString(out);
        assertThat(graphMl).contains(">Motivation<", ">Empowerment<", ">Ana<", ">Bea<", ">Lim<")
                .doesNotContain(">Fears<", ">Duty<", ">Agency<");
        // Bea cites Motivation only through its sub-code Duty ("afraid"): one citation, as in the table.
        String beaToMotivation = "source=\"" + study.bea.id() + "\" target=\"" + study.motivation.id() + "\"";
        int edge = graphMl.indexOf(beaToMotivation);
        assertThat(edge).isPositive();
        assertThat(graphMl.substring(edge, graphMl.indexOf("</edge>", edge))).contains("<data key=\"weight\">1</data>");
    }

    @Test
    void aPngHasTheScaleAskedForAndAnSvgHasRealText() throws Exception {
        Path small = folder.resolve("n1.png");
        Path large = folder.resolve("n2.png");
        Path svg = folder.resolve("n.svg");

        assertThat(CommandLineRun.of("network", projectFile.toString(), "--seed", "3", "-o", small.toString(),
                "--scale", "1").exitCode()).isZero();
        assertThat(CommandLineRun.of("network", projectFile.toString(), "--seed", "3", "-o", large.toString(),
                "--scale", "2").exitCode()).isZero();
        assertThat(CommandLineRun.of("network", projectFile.toString(), "--seed", "3", "-o", svg.toString())
                .exitCode()).isZero();

        BufferedImage one = ImageIO.read(small.toFile());
        BufferedImage two = ImageIO.read(large.toFile());
        assertThat(Math.abs(two.getWidth() - 2 * one.getWidth())).isLessThanOrEqualTo(2);
        assertThat(Math.abs(two.getHeight() - 2 * one.getHeight())).isLessThanOrEqualTo(2);
        assertThat(Files.readString(svg)).contains("<text").contains(">Fears</text>");
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Path first = folder.resolve("a.gexf");
        Path second = folder.resolve("b.gexf");

        CommandLineRun.of("network", projectFile.toString(), "--seed", "7", "-o", first.toString());
        CommandLineRun.of("network", projectFile.toString(), "--seed", "7", "-o", second.toString());

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).contains("viz:position");
    }

    @Test
    void aSavedNetworkIsDrawnWithItsMembersAndTheNodesItPlaced() throws Exception {
        study.project.apply(NetworkEdits.create(study.project, "Fears and Bea", NetworkSettings.figureOne(),
                ColourScheme.CODE, List.of(study.fears.id(), study.bea.id())));
        SavedNetwork saved = study.project.networks().iterator().next();
        study.project.apply(NetworkEdits.moveNodes(study.project, saved.id(), Map.of(
                study.fears.id(), new Position(0, 0), study.bea.id(), new Position(300, 40))).orElseThrow());
        new ProjectFileStore().save(study.project, projectFile);
        Path out = folder.resolve("saved.graphml");

        CommandLineRun run = CommandLineRun.of("network", projectFile.toString(), "--name", "fears AND bea", "-o",
                out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("(2 nodes, 1 edges)");
        String graphMl = Files.readString(out);
        assertThat(graphMl).contains(">Fears<", ">Bea<").doesNotContain(">Duty<", ">Ana<");
        double fearsX = Double.parseDouble(data(graphMl, study.fears.id().toString(), "x"));
        double beaX = Double.parseDouble(data(graphMl, study.bea.id().toString(), "x"));
        double fearsY = Double.parseDouble(data(graphMl, study.fears.id().toString(), "y"));
        double beaY = Double.parseDouble(data(graphMl, study.bea.id().toString(), "y"));
        assertThat(beaX - fearsX).isEqualTo(300);
        assertThat(beaY - fearsY).isEqualTo(40);
        assertThat(data(graphMl, study.fears.id().toString(), "colour")).as("the saved code colours").isEqualTo("#BE0032");
    }

    @Test
    void badChoicesGetOneClearLine() {
        CommandLineRun noSuchNetwork = CommandLineRun.of("network", projectFile.toString(), "--name", "Figure 9", "-o",
                folder.resolve("x.png").toString());
        CommandLineRun badEdges = CommandLineRun.of("network", projectFile.toString(), "--edges", "friends", "-o",
                folder.resolve("x.png").toString());
        CommandLineRun badLayout = CommandLineRun.of("network", projectFile.toString(), "--layout", "circle", "-o",
                folder.resolve("x.png").toString());
        CommandLineRun noFormat = CommandLineRun.of("network", projectFile.toString(), "-o", folder.resolve("x.pdf").toString());

        assertThat(noSuchNetwork.exitCode()).isEqualTo(1);
        assertThat(noSuchNetwork.err().strip()).isEqualTo("grounded: study.grounded has no network named 'Figure 9' "
                + "(it has no saved networks)");
        assertThat(badEdges.exitCode()).isNotZero();
        assertThat(badEdges.err()).contains("--edges takes cooccurrence, relations, participants and hierarchy, not 'friends'");
        assertThat(noFormat.err()).contains("Say which format to write with --format");
        assertThat(badLayout.err()).startsWith("--layout must be force, figure or tree, not 'circle'");
        assertThat(Files.exists(folder.resolve("x.png"))).isFalse();
    }

    private static String data(String graphMl, String nodeId, String key) {
        int node = graphMl.indexOf("<node id=\"" + nodeId + "\"");
        int start = graphMl.indexOf("<data key=\"" + key + "\">", node) + ("<data key=\"" + key + "\">").length();
        return graphMl.substring(start, graphMl.indexOf('<', start));
    }
}
