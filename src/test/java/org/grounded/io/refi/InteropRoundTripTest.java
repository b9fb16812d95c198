package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.grounded.model.Coding;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files shaped like real exports (NVivo 12.6: selections made by one user and coded by another,
 * UTF-16 positions; qc: selections named {@code line:N}) taken through Grounded and out again:
 * the export keeps who did what and when, and the names. The expected values are the ones written
 * into the hand-made files.
 */
class InteropRoundTripTest {

    private static final String GERGO = "29518289-d0e3-447b-b7dd-ae1d8cd880a0";
    private static final String FLORIAN = "eaac2cd0-f7f0-415a-abdd-ae1d8f6762de";
    private static final String SOURCE = "ddbebe1b-306f-4271-acdd-ae1da7c06fcd";
    private static final String CODE = "e8811e5d-feb6-458a-b0dd-ae1dbfef84b8";
    private static final String TEXT = "Na mi van? 🤣🤣🤣\nSzégyellje magát!!! 👍👍\n";

    @TempDir
    Path folder;

    private Path nvivoFile() throws Exception {
        String line = "Szégyellje magát!!! 👍👍";
        int start = TEXT.indexOf(line);
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project name="Oltás" origin="NVivo for Windows 12.6" creationDateTime="2025-02-21T15:09:07Z"
                    xmlns="urn:QDA-XML:project:1.0">
                <Users><User guid="%s" name="Gergo"/><User guid="%s" name="floriansipos"/></Users>
                <CodeBook><Codes><Code guid="%s" isCodable="true" name="piros" color="#FF0000"/></Codes></CodeBook>
                <Sources>
                <TextSource guid="%s" name="comments" plainTextPath="internal://%s.txt" creationDateTime="2025-06-11T16:24:07Z">
                <PlainTextSelection guid="aaaa0000-0000-4000-8000-000000000001" name="" startPosition="%d" endPosition="%d"
                    creatingUser="%s" creationDateTime="2025-06-18T02:08:15Z">
                  <Coding guid="bbbb0000-0000-4000-8000-000000000001" creatingUser="%s" creationDateTime="2025-06-18T02:06:50Z">
                    <CodeRef targetGUID="%s"/>
                  </Coding>
                </PlainTextSelection>
                </TextSource>
                </Sources>
                </Project>
                """.formatted(GERGO, FLORIAN, CODE, SOURCE, SOURCE, start, start + line.length(), GERGO, FLORIAN, CODE);
        return QdpxFiles.with("project.qde", qde).add("Sources/" + SOURCE + ".txt", QdpxFiles.utf8WithBom(TEXT))
                .writeTo(folder.resolve("nvivo.qdpx"));
    }

    static org.w3c.dom.Document qde(Path qdpx) throws Exception {
        return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(RefiSchemas.entry(qdpx, "project.qde")));
    }

    static List<Element> elements(org.w3c.dom.Document xml, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(QdeWriter.NAMESPACE, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static Map<String, String> userNames(org.w3c.dom.Document xml) {
        Map<String, String> names = new HashMap<>();
        elements(xml, "User").forEach(user -> names.put(user.getAttribute("guid"), user.getAttribute("name")));
        return names;
    }

    @Test
    void aSelectionMadeByOneUserAndCodedByAnotherKeepsBothThroughImportAndExport() throws Exception {
        Project project = new QdpxImporter().read(nvivoFile(), Progress.NONE).project();
        Quotation quotation = project.quotations().iterator().next();
        assertThat(quotation.coder()).isEqualTo("Gergo");
        assertThat(quotation.createdAt()).isEqualTo(java.time.Instant.parse("2025-06-18T02:08:15Z"));
        assertThat(quotation.codings()).singleElement().satisfies(coding -> {
            assertThat(coding.coder()).isEqualTo("floriansipos");
            assertThat(coding.createdAt()).isEqualTo(java.time.Instant.parse("2025-06-18T02:06:50Z"));
        });

        Path out = folder.resolve("out.qdpx");
        new QdpxExporter().export(project, out, Progress.NONE);
        RefiSchemas.validateProject(out);
        org.w3c.dom.Document xml = qde(out);
        Map<String, String> users = userNames(xml);
        assertThat(users.values()).containsExactlyInAnyOrder("Gergo", "floriansipos");
        Element selection = elements(xml, "PlainTextSelection").get(0);
        assertThat(users.get(selection.getAttribute("creatingUser"))).isEqualTo("Gergo");
        assertThat(selection.getAttribute("creationDateTime")).isEqualTo("2025-06-18T02:08:15Z");
        Element coding = elements(xml, "Coding").get(0);
        assertThat(users.get(coding.getAttribute("creatingUser"))).isEqualTo("floriansipos");
        assertThat(coding.getAttribute("creationDateTime")).isEqualTo("2025-06-18T02:06:50Z");
    }

    @Test
    void anExportForNvivoCountsUtf16UnitsAndGroundedReadsItBackOnTheSameWords() throws Exception {
        Project project = new QdpxImporter().read(nvivoFile(), Progress.NONE).project();
        Quotation quotation = project.quotations().iterator().next();

        Path standard = folder.resolve("standard.qdpx");
        Path forNvivo = folder.resolve("for-nvivo.qdpx");
        new QdpxExporter().export(project, standard, Progress.NONE);
        new QdpxExporter().export(project, forNvivo, QdpxPositions.UTF16, Progress.NONE);
        RefiSchemas.validateProject(forNvivo);

        // The text is "Na mi van? 🤣🤣🤣\n...": three emoji before the selection, one unit each as code points, two in UTF-16.
        int utf16Start = TEXT.indexOf("Szégyellje");
        assertThat(elements(qde(forNvivo), "PlainTextSelection").get(0).getAttribute("startPosition"))
                .isEqualTo(Integer.toString(utf16Start));
        assertThat(elements(qde(standard), "PlainTextSelection").get(0).getAttribute("startPosition"))
                .isEqualTo(Integer.toString(utf16Start - 3));
        RefiProjectImport back = new QdpxImporter().read(forNvivo, Progress.NONE);
        assertThat(back.report().counting()).contains("UTF-16");
        Quotation again = back.project().quotation(quotation.id()).orElseThrow();
        assertThat(List.of(again.start(), again.end())).containsExactly(quotation.start(), quotation.end());
        assertThat(again.codings()).isEqualTo(quotation.codings());
    }

    @Test
    void qcSelectionNamesAreKeptAndAGroundedExcerptIsNotTakenForAName() throws Exception {
        String text = "first line\nsecond line\nthird line\n";
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project name="qc" origin="qc" xmlns="urn:QDA-XML:project:1.0">
                <CodeBook><Codes><Code guid="%s" isCodable="true" name="lines"/></Codes></CodeBook>
                <Sources>
                <TextSource guid="%s" name="notes" plainTextPath="internal://%s.txt">
                <PlainTextSelection guid="aaaa0000-0000-4000-8000-000000000002" name="line:1" startPosition="11" endPosition="22">
                  <Coding guid="bbbb0000-0000-4000-8000-000000000002"><CodeRef targetGUID="%s"/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="aaaa0000-0000-4000-8000-000000000003" name="third line" startPosition="23" endPosition="33">
                  <Coding guid="bbbb0000-0000-4000-8000-000000000003"><CodeRef targetGUID="%s"/></Coding>
                </PlainTextSelection>
                </TextSource>
                </Sources>
                </Project>
                """.formatted(CODE, SOURCE, SOURCE, CODE, CODE);
        Path file = QdpxFiles.with("project.qde", qde).add("sources/" + SOURCE + ".txt", text)
                .writeTo(folder.resolve("qc.qdpx"));

        Project project = new QdpxImporter().read(file, Progress.NONE).project();
        assertThat(project.quotation(java.util.UUID.fromString("aaaa0000-0000-4000-8000-000000000002")).orElseThrow().name())
                .isEqualTo("line:1");
        assertThat(project.quotation(java.util.UUID.fromString("aaaa0000-0000-4000-8000-000000000003")).orElseThrow().name())
                .isEmpty();
        Path out = folder.resolve("qc-out.qdpx");
        new QdpxExporter().export(project, out, Progress.NONE);

        assertThat(elements(qde(out), "PlainTextSelection")).extracting(e -> e.getAttribute("name"))
                .containsExactly("line:1", "third line");
    }

    @Test
    void twoCodersOfOneCodeOnOneRangeAreBothExportedAndBothReadBack() throws Exception {
        Project project = new QdpxImporter().read(nvivoFile(), Progress.NONE).project();
        Quotation quotation = project.quotations().iterator().next();
        java.util.UUID code = quotation.codeIds().get(0);
        Quotation both = quotation.withCoding(code, "Gergo", java.time.Instant.parse("2025-07-01T00:00:00Z"));
        project.apply(org.grounded.model.EntityEdit.update("Recode", quotation, both));

        Path out = folder.resolve("two.qdpx");
        new QdpxExporter().export(project, out, Progress.NONE);
        RefiSchemas.validateProject(out);
        List<Element> codings = elements(qde(out), "Coding");
        Quotation back = new QdpxImporter().read(out, Progress.NONE).project().quotation(quotation.id()).orElseThrow();

        assertThat(codings).hasSize(2);
        assertThat(codings.get(0).getAttribute("guid")).isNotEqualTo(codings.get(1).getAttribute("guid"));
        assertThat(back.codingsOf(code)).extracting(Coding::coder).containsExactly("floriansipos", "Gergo");
        assertThat(back.codings()).isEqualTo(both.codings());
    }

    @Test
    void theExportedTextIsWhatThePositionsCount() throws Exception {
        Project project = new QdpxImporter().read(nvivoFile(), Progress.NONE).project();
        Path out = folder.resolve("text.qdpx");
        new QdpxExporter().export(project, out, QdpxPositions.UTF16, Progress.NONE);

        String written = new String(RefiSchemas.entry(out, "sources/" + SOURCE + ".txt"), StandardCharsets.UTF_8);
        Element selection = elements(qde(out), "PlainTextSelection").get(0);
        assertThat(written.substring(Integer.parseInt(selection.getAttribute("startPosition")),
                Integer.parseInt(selection.getAttribute("endPosition")))).isEqualTo("Szégyellje magát!!! 👍👍");
    }
}
