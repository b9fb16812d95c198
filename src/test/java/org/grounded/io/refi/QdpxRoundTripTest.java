package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Position;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project built with the model's API survives export and import with nothing lost. What
 * REFI-QDA itself cannot hold (coding levels, core marks, speaker turns, interviewers, language,
 * category lists, group kinds, participants' speakers, unused relation types) travels in
 * Grounded's processing instructions, so this holds for Grounded-to-Grounded exchange; another
 * tool sees the standard part only. Lost even between Grounded installations: a memo's link to
 * a relation type or to another memo, text that is not NFC or has CR line breaks (imports make
 * every text NFC with \n), and time below the millisecond.
 */
class QdpxRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void aRichProjectSurvivesExportAndImportWithNothingLost() throws Exception {
        Project original = RichProjects.build();
        Path file = folder.resolve("rich.qdpx");

        RefiExportReport exported = new QdpxExporter().export(original, file, Progress.NONE);
        RefiProjectImport imported = new QdpxImporter().read(file, Progress.NONE);

        ProjectComparison.assertSameProject(imported.project(), original);
        assertThat(imported.report().skipped()).isEmpty();
        assertThat(imported.report().notes()).isEmpty();
        assertThat(exported.notes()).isEmpty();
        assertThat(exported.quotations()).isEqualTo(6);
    }

    @Test
    void anExportGroundedCouldNotImportAgainSaysSo() throws Exception {
        Project original = RichProjects.build();
        Path file = folder.resolve("rich.qdpx");
        ArchiveLimits tiny = new ArchiveLimits(100, 64, 256, 200, 0);

        RefiExportReport exported = new QdpxExporter(tiny).export(original, file, Progress.NONE);

        assertThat(exported.notes()).anySatisfy(note -> assertThat(note)
                .matches("project\\.qde is too large for Grounded to import again \\(.* over the 64 bytes limit of one file in an archive\\)"));
        assertThat(exported.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("The archive is too large for Grounded to import again (").contains("over the 256 bytes limit"));
        assertThatThrownBy(() -> new QdpxImporter(tiny).read(file, Progress.NONE)).isInstanceOf(RefiImportException.class);
    }

    @Test
    void theExportIsValidAgainstTheProjectSchema() throws Exception {
        Path file = folder.resolve("rich.qdpx");
        new QdpxExporter().export(RichProjects.build(), file, Progress.NONE);

        RefiSchemas.validateProject(file);
    }

    @Test
    void anEmptyProjectExportsTheMinimumTheSchemaDemands() throws Exception {
        Path file = folder.resolve("empty.qdpx");
        new QdpxExporter().export(Project.create("Nothing yet"), file, Progress.NONE);

        RefiSchemas.validateProject(file);
        assertThat(new String(RefiSchemas.entry(file, "project.qde"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("name=\"Nothing yet\"").doesNotContain("<CodeBook").doesNotContain("<Sets").doesNotContain("<Users");
    }

    @Test
    void positionsAreWrittenInCodePointsAndTextsAsUtf8FilesUnderSources() throws Exception {
        Project project = RichProjects.build();
        Path file = folder.resolve("rich.qdpx");
        new QdpxExporter().export(project, file, Progress.NONE);
        Quotation uncoded = project.quotations().stream().filter(q -> q.codeIds().isEmpty()).findFirst().orElseThrow();
        String text = project.document(uncoded.documentId()).orElseThrow().text();

        String qde = new String(RefiSchemas.entry(file, "project.qde"), StandardCharsets.UTF_8);
        byte[] source = RefiSchemas.entry(file, "sources/" + uncoded.documentId() + ".txt");

        assertThat(new String(source, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(qde).contains("plainTextPath=\"internal://" + uncoded.documentId() + ".txt\"");
        // Five emoji before it are two UTF-16 units each but one code point.
        long start = uncoded.start() - 5;
        assertThat(qde).containsPattern("guid=\"" + uncoded.id() + "\"[^>]*startPosition=\"" + start + "\"");
    }

    @Test
    void exportingTheSameProjectTwiceWritesTheSameFile() throws Exception {
        Project project = RichProjects.build();
        Path first = new QdpxExporter().export(project, folder.resolve("a.qdpx"), Progress.NONE).file();
        Path second = new QdpxExporter().export(project, folder.resolve("b.qdpx"), Progress.NONE).file();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void savedNetworksComeBackWithTheirNamesMembersPlacesPinsAndSettings() throws Exception {
        Project original = RichProjects.build();
        Path file = folder.resolve("rich.qdpx");
        new QdpxExporter().export(original, file, Progress.NONE);

        Project imported = new QdpxImporter().read(file, Progress.NONE).project();

        assertThat(imported.networks()).containsExactlyElementsOf(original.networks());
        SavedNetwork figure = imported.networks().iterator().next();
        assertThat(figure.name()).isEqualTo("Figure 1 — «donors»");
        assertThat(figure.memberIds()).hasSize(7);
        assertThat(figure.positions().values()).contains(new Position(210.75, 33.3333));
    }

    @Test
    void anotherToolSeesEachNetworkAsAGraphOfVerticesAtWholeNumberPlacesAndEdgesForItsRelations() throws Exception {
        Project original = RichProjects.build();
        Path file = folder.resolve("rich.qdpx");
        new QdpxExporter().export(original, file, Progress.NONE);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(RefiSchemas.entry(file, "project.qde")));

        org.w3c.dom.NodeList graphs = xml.getElementsByTagNameNS(QdeWriter.NAMESPACE, "Graph");
        assertThat(graphs.getLength()).isEqualTo(2);
        org.w3c.dom.Element figure = (org.w3c.dom.Element) graphs.item(0);
        assertThat(figure.getAttribute("name")).isEqualTo("Figure 1 — «donors»");
        org.w3c.dom.NodeList vertices = figure.getElementsByTagNameNS(QdeWriter.NAMESPACE, "Vertex");
        assertThat(vertices.getLength()).isEqualTo(7);
        SavedNetwork saved = original.networks().iterator().next();
        java.util.Map<String, org.w3c.dom.Element> byRepresented = new java.util.HashMap<>();
        for (int i = 0; i < vertices.getLength(); i++) {
            org.w3c.dom.Element vertex = (org.w3c.dom.Element) vertices.item(i);
            byRepresented.put(vertex.getAttribute("representedGUID"), vertex);
        }
        saved.positions().forEach((id, position) -> {
            org.w3c.dom.Element vertex = byRepresented.get(id.toString());
            assertThat(vertex.getAttribute("firstX")).isEqualTo(Long.toString(Math.round(position.x())));
            assertThat(vertex.getAttribute("firstY")).isEqualTo(Long.toString(Math.round(position.y())));
        });
        org.w3c.dom.Element fears = byRepresented.get(original.codeNamed("Fears").orElseThrow().id().toString());
        assertThat(fears.getAttribute("color")).isEqualTo("#E53935");
        assertThat(fears.getAttribute("shape")).isEqualTo("Oval");
        org.w3c.dom.NodeList edges = figure.getElementsByTagNameNS(QdeWriter.NAMESPACE, "Edge");
        // Fears -is cause of-> Gift and Gift -leads to-> Gratitude: only the first has both ends in the network.
        assertThat(edges.getLength()).isEqualTo(1);
        org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(0);
        assertThat(edge.getAttribute("name")).isEqualTo("is cause of");
        assertThat(edge.getAttribute("direction")).isEqualTo("OneWay");
        assertThat(edge.getAttribute("sourceVertex")).isEqualTo(fears.getAttribute("guid"));
    }

    @Test
    void aMemoLinkToARelationTypeIsNamedAsLost() throws Exception {
        Project project = Project.create("Links");
        project.apply(EntityEdit.add("Memo", Memo.of("Types", "On causes", "ana").withLinks(java.util.Set.of(RelationType.IS_CAUSE_OF.id()))));

        RefiExportReport report = new QdpxExporter().export(project, folder.resolve("l.qdpx"), Progress.NONE);

        assertThat(report.notes()).singleElement().satisfies(note -> assertThat(note).contains("relation types"));
    }
}
