package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real exports of other tools (in {@code ../shared/refi-qda/}, not in the repository; skipped
 * where absent): what they hold arrives, selections land where the tool showed them, and
 * import → export → import gives the same project back through a file the schema accepts.
 */
class RealExportsTest {

    private static final String NVIVO = "nvivo_win12.6_oltas_teszt.qdpx";

    @TempDir
    Path folder;

    private static RefiProjectImport read(String name) throws RefiImportException {
        return new QdpxImporter().read(SharedRefiSamples.file(name), Progress.NONE);
    }

    @Test
    void theNvivoProjectArrivesWhole() throws Exception {
        RefiProjectImport result = read(NVIVO);

        assertThat(result.report().origin()).isEqualTo("NVivo for Windows 12.6");
        assertThat(result.report().counting()).contains("UTF-16");
        assertThat(result.project().codes()).hasSize(152);
        assertThat(result.project().documents()).extracting(Document::name)
                .containsExactly("videos_selection", "videos_10_selected");
        assertThat(result.project().quotations()).hasSize(330);
        assertThat(result.report().skipped()).isEmpty();
    }

    /**
     * Checked by hand against the raw text file (decoded as NVivo counts, in UTF-16 units) and
     * against the code names: each selection is one whole YouTube comment, and the code fits it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "7154a758-6873-4134-badd-ae1dc04d3086|piros|Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt "
                    + "agyi kapacitással rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet.",
            "669a3199-9c79-4167-a7dd-ae1dc0781cca|dehumanizálás|Senkit nem lehet kötelezni oltásra, ilyet csak ostoba "
                    + "korlátolt agyi kapacitással rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet.",
            "a9504413-3306-4dbc-a6dd-ae1dc06dbff2|piros|tudatos hal äl reklám, hatalmas árulás",
            "63f8f5d3-a7fb-41af-89dd-ae1dc0f6d6d5|+Government|Mi az a fityesznek? Akkor írják át amikor akarják 🤣🤣🤣",
            "3cd6d390-b5a4-412a-a9dd-ae1dc33233af|Resisting coercion|minden fideszest 200x oltsanak be",
            "acf60ed5-af6d-4dc6-86dd-ae1f2587417d|kevés kockázat, bagatellizálás|@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍"})
    void nvivoSelectionsCoverTheWholeCommentNvivoShowed(String expectation) throws Exception {
        String[] parts = expectation.split("\\|");
        Project project = read(NVIVO).project();

        Quotation quotation = project.quotation(UUID.fromString(parts[0])).orElseThrow();
        String text = project.document(quotation.documentId()).orElseThrow().text();

        assertThat(text.substring(quotation.start(), quotation.end())).isEqualTo(parts[2]);
        assertThat(quotation.codeIds()).extracting(id -> project.code(id).map(Code::name).orElseThrow()).containsExactly(parts[1]);
        assertThat(text.charAt(quotation.start() - 1)).isEqualTo('\n');
        assertThat(text.charAt(quotation.end())).isEqualTo('\n');
    }

    @Test
    void almostEveryNvivoSelectionIsAWholeLine() throws Exception {
        Project project = read(NVIVO).project();

        long wholeLines = project.quotations().stream().filter(q -> {
            String text = project.document(q.documentId()).orElseThrow().text();
            return (q.start() == 0 || text.charAt(q.start() - 1) == '\n') && (q.end() == text.length() || text.charAt(q.end()) == '\n');
        }).count();

        // 305 of 330 as NVivo made them (the rest start or end inside a comment); 14 if positions were read as code points.
        assertThat(wholeLines).isEqualTo(305);
    }

    @Test
    void theAtlasTiCodebookKeepsItsTree() throws Exception {
        Project project = read("atlasti23_target-atlas-project.qdpx").project();

        Code commits = project.codeNamed("Commits").orElseThrow();
        assertThat(project.children(commits.id())).extracting(Code::name)
                .containsExactly("2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92");
        assertThat(commits.id()).isEqualTo(UUID.fromString("A182CD3A-D83C-4D8C-BC80-26D9103EC6D6"));
    }

    @Test
    void theEmptyAtlasTiProjectIsAnEmptyProject() throws Exception {
        RefiProjectImport result = read("atlasti23_blank-atlas-project.qdpx");

        assertThat(result.project().info().name()).isEqualTo("blank-atlas-project");
        assertThat(result.project().codes()).isEmpty();
        assertThat(result.report().taken().users()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {NVIVO, "atlasti23_target-atlas-project.qdpx", "atlasti23_blank-atlas-project.qdpx"})
    void importExportImportGivesTheSameProjectThroughASchemaValidFile(String name) throws Exception {
        Project first = read(name).project();
        Path exported = folder.resolve("exported.qdpx");

        new QdpxExporter().export(first, exported, Progress.NONE);
        RefiSchemas.validateProject(exported);
        Project second = new QdpxImporter().read(exported, Progress.NONE).project();

        ProjectComparison.assertSameProject(second, first);
        for (Quotation quotation : first.quotations()) {
            Quotation again = second.quotation(quotation.id()).orElseThrow();
            String before = first.document(quotation.documentId()).orElseThrow().text();
            String after = second.document(again.documentId()).orElseThrow().text();
            assertThat(after.substring(again.start(), again.end())).isEqualTo(before.substring(quotation.start(), quotation.end()));
        }
    }

    /**
     * What the tool wrote comes back as it wrote it (issue 20): every GUID of a code, source,
     * selection, coding and user spelled the same (ATLAS.ti writes them upper case), no colour on a code
     * that had none, an empty Description wherever there was one, and NVivo's .docx files
     * byte for byte under the same richTextPath.
     */
    @ParameterizedTest
    @ValueSource(strings = {NVIVO, "atlasti23_target-atlas-project.qdpx"})
    void anExportSaysWhatTheToolWroteAsItWroteIt(String name) throws Exception {
        Path original = SharedRefiSamples.file(name);
        Path exported = folder.resolve("as-it-came.qdpx");
        new QdpxExporter().export(read(name).project(), exported, Progress.NONE);
        RefiSchemas.validateProject(exported);
        org.w3c.dom.Document before = InteropRoundTripTest.qde(original);
        org.w3c.dom.Document after = InteropRoundTripTest.qde(exported);

        for (String element : java.util.List.of("Code", "TextSource", "PlainTextSelection", "Coding", "User")) {
            java.util.Map<String, org.w3c.dom.Element> out = byGuid(after, element);
            for (org.w3c.dom.Element in : InteropRoundTripTest.elements(before, element)) {
                String guid = in.getAttribute("guid");
                assertThat(out).as(element + " " + guid).containsKey(guid);
                org.w3c.dom.Element written = out.get(guid);
                if (element.equals("Code")) {
                    assertThat(written.getAttribute("color")).as("colour of " + guid).isEqualTo(in.getAttribute("color"));
                }
                if (Dom.child(in, "Description").isPresent()) {
                    assertThat(Dom.child(written, "Description")).as("Description of " + element + " " + guid).isPresent();
                }
                if (in.hasAttribute("richTextPath")) {
                    String path = in.getAttribute("richTextPath");
                    assertThat(written.getAttribute("richTextPath")).isEqualTo(path);
                    String file = path.substring("internal://".length());
                    assertThat(RefiSchemas.entry(exported, "sources/" + file))
                            .isEqualTo(RefiSchemas.entry(original, "Sources/" + file));
                }
            }
        }
    }

    private static java.util.Map<String, org.w3c.dom.Element> byGuid(org.w3c.dom.Document xml, String element) {
        java.util.Map<String, org.w3c.dom.Element> result = new java.util.HashMap<>();
        InteropRoundTripTest.elements(xml, element).forEach(e -> result.put(e.getAttribute("guid"), e));
        return result;
    }
}
