package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.io.refi.InteropRoundTripTest.elements;
import static org.grounded.io.refi.InteropRoundTripTest.qde;

/**
 * What other tools notice when a project comes back from Grounded (issue 20): GUIDs re-cased,
 * a grey invented for codes without colour, empty descriptions dropped, a source's rich text
 * lost. Files shaped like ATLAS.ti's (upper-case GUIDs, no colours, empty descriptions) and
 * NVivo's (a .docx beside each text) go in; the export must say each thing as the file said it.
 * The expected values are the ones written into the hand-made files.
 */
class KeptAsItCameTest {

    private static final String USER = "088B08AC-D5CD-4ADB-8B71-B4F3459C177F";
    private static final String FEARS = "A182CD3A-D83C-4D8C-BC80-26D9103EC6D6";
    private static final String GIFT = "2D2466F0-D77F-4F8C-BDF9-628966B6B74D";
    private static final String RED = "{086AC733-7B1C-4749-A138-D7182F63A5C9}";
    private static final String SOURCE = "E7C61D2A-6A0B-4F1C-9F55-0D4E2A1B3C4D";
    private static final String SELECTION = "5B0C2D6E-1F2A-4B3C-8D4E-5F6A7B8C9D0E";
    private static final String CASE = "C0FFEE00-AAAA-4BBB-8CCC-DDDDDDDDDDDD";
    private static final String SET = "BEEF0000-1111-4222-8333-444444444444";
    private static final String NOTE = "0DDBA115-0000-4000-8000-ABCDEFABCDEF";
    private static final String CODING = "99999999-0000-4000-8000-0000000000AB";
    private static final String TEXT = "María: Fue un regalo 🍼 para otras mamás.\nMaría: Al principio tenía miedo.\n";

    @TempDir
    Path folder;

    private Path atlasFile() throws Exception {
        return QdpxFiles.with("project.qde", atlasQde()).add("sources/" + SOURCE + ".txt", TEXT).writeTo(folder.resolve("atlas.qdpx"));
    }

    private static String atlasQde() {
        String coded = "Al principio tenía miedo.";
        int start = TEXT.codePointCount(0, TEXT.indexOf(coded));
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Donación" origin="ATLAS.ti 23.2.1" creationDateTime="2023-08-16T15:00:00Z">
                <Users><User guid="%s" name="Ana"/></Users>
                <CodeBook><Codes>
                  <Code guid="%s" name="Miedos" isCodable="true"><Description></Description>
                    <Code guid="%s" name="Regalo" isCodable="true"/>
                  </Code>
                  <Code guid="%s" name="Rojo" isCodable="true" color="#c00000"><Description/></Code>
                </Codes></CodeBook>
                <Cases><Case guid="%s" name="María"><Description></Description><SourceRef targetGUID="%s"/></Case></Cases>
                <Sources>
                <TextSource guid="%s" name="Entrevista" plainTextPath="internal://%s.txt" creatingUser="%s" creationDateTime="2023-08-16T15:10:00Z">
                  <Description></Description>
                  <PlainTextSelection guid="%s" name="miedo" startPosition="%d" endPosition="%d" creatingUser="%s" creationDateTime="2023-08-16T15:20:00Z">
                    <Description></Description>
                    <Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>
                  </PlainTextSelection>
                  <NoteRef targetGUID="%s"/>
                </TextSource>
                </Sources>
                <Notes><Note guid="%s" name="Sobre la entrevista" creatingUser="%s" creationDateTime="2023-08-16T15:30:00Z">
                  <PlainTextContent>Larga y tranquila.</PlainTextContent></Note></Notes>
                <Sets><Set guid="%s" name="Emociones"><Description></Description><MemberCode targetGUID="%s"/></Set></Sets>
                <Description></Description>
                </Project>
                """.formatted(USER, FEARS, GIFT, RED, CASE, SOURCE, SOURCE, SOURCE, USER, SELECTION, start,
                start + coded.codePointCount(0, coded.length()), USER, CODING, USER, GIFT, NOTE, NOTE, USER, SET, FEARS);
    }

    private Project imported(Path file) throws Exception {
        return new QdpxImporter().read(file, Progress.NONE).project();
    }

    private Path exported(Project project, String name) throws Exception {
        Path out = folder.resolve(name);
        new QdpxExporter().export(project, out, Progress.NONE);
        RefiSchemas.validateProject(out);
        return out;
    }

    private static Element withGuid(org.w3c.dom.Document xml, String element, String guid) {
        return elements(xml, element).stream().filter(e -> e.getAttribute("guid").equals(guid)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + element + " with guid " + guid));
    }

    private static List<String> attributeValues(org.w3c.dom.Document xml, String element, String attribute) {
        List<String> values = new ArrayList<>();
        elements(xml, element).forEach(e -> values.add(e.getAttribute(attribute)));
        return values;
    }

    private static Optional<Element> description(Element element) {
        return Dom.child(element, "Description");
    }

    @Test
    void upperCaseAndBracedGuidsGoOutAsTheyCameIn() throws Exception {
        org.w3c.dom.Document xml = qde(exported(imported(atlasFile()), "atlas-out.qdpx"));

        assertThat(attributeValues(xml, "Code", "guid")).containsExactly(FEARS, GIFT, RED);
        assertThat(attributeValues(xml, "User", "guid")).containsExactly(USER);
        assertThat(attributeValues(xml, "Case", "guid")).containsExactly(CASE);
        assertThat(attributeValues(xml, "TextSource", "guid")).containsExactly(SOURCE);
        assertThat(attributeValues(xml, "PlainTextSelection", "guid")).containsExactly(SELECTION);
        assertThat(attributeValues(xml, "PlainTextSelection", "creatingUser")).containsExactly(USER);
        assertThat(attributeValues(xml, "Coding", "guid")).containsExactly(CODING);
        assertThat(attributeValues(xml, "Note", "guid")).containsExactly(NOTE);
        assertThat(attributeValues(xml, "Set", "guid")).containsExactly(SET);
        // References say the GUIDs the same way as the things they point at.
        assertThat(attributeValues(xml, "CodeRef", "targetGUID")).containsExactly(GIFT);
        assertThat(attributeValues(xml, "MemberCode", "targetGUID")).containsExactly(FEARS);
        assertThat(attributeValues(xml, "SourceRef", "targetGUID")).containsExactly(SOURCE);
        assertThat(attributeValues(xml, "NoteRef", "targetGUID")).containsExactly(NOTE);
    }

    @Test
    void theIdsInsideGroundedAreStillTheGuidsAndGroundedsOwnProjectsStillWriteLowerCase() throws Exception {
        Project project = imported(atlasFile());
        assertThat(project.code(UUID.fromString(FEARS))).map(Code::name).contains("Miedos");
        assertThat(project.code(UUID.fromString(RED.substring(1, 37)))).map(Code::name).contains("Rojo");

        Project own = Project.create("Propio");
        Code code = Code.of("Miedo", "#336699");
        own.apply(EntityEdit.add("New code", code));
        org.w3c.dom.Document xml = qde(exported(own, "own.qdpx"));
        assertThat(attributeValues(xml, "Code", "guid")).containsExactly(code.id().toString());
        assertThat(attributeValues(xml, "Code", "color")).containsExactly("#336699");
    }

    @Test
    void aCodeThatCameWithoutColourGoesOutWithoutOneButIsDrawnGrey() throws Exception {
        Project project = imported(atlasFile());
        org.w3c.dom.Document xml = qde(exported(project, "colours.qdpx"));

        assertThat(project.code(UUID.fromString(FEARS)).orElseThrow().colour()).isEqualTo(Code.DEFAULT_COLOUR);
        assertThat(withGuid(xml, "Code", FEARS).hasAttribute("color")).isFalse();
        assertThat(withGuid(xml, "Code", GIFT).hasAttribute("color")).isFalse();
        assertThat(withGuid(xml, "Code", RED).getAttribute("color")).isEqualTo("#C00000");
    }

    @Test
    void aColourTheUserGivesAnUncolouredCodeIsExported() throws Exception {
        Project project = imported(atlasFile());
        Code fears = project.code(UUID.fromString(FEARS)).orElseThrow();
        project.apply(EntityEdit.update("Recolour", fears, fears.withColour("#00AA00")));

        org.w3c.dom.Document xml = qde(exported(project, "recoloured.qdpx"));

        assertThat(withGuid(xml, "Code", FEARS).getAttribute("color")).isEqualTo("#00AA00");
        assertThat(withGuid(xml, "Code", GIFT).hasAttribute("color")).isFalse();
    }

    @Test
    void emptyDescriptionsGoOutAgainWhereTheyCameAndNowhereElse() throws Exception {
        org.w3c.dom.Document xml = qde(exported(imported(atlasFile()), "descriptions.qdpx"));

        assertThat(description(withGuid(xml, "Code", FEARS))).get().extracting(Element::getTextContent).isEqualTo("");
        assertThat(description(withGuid(xml, "Code", RED))).get().extracting(Element::getTextContent).isEqualTo("");
        assertThat(description(withGuid(xml, "Code", GIFT))).isEmpty();
        assertThat(description(withGuid(xml, "Case", CASE))).get().extracting(Element::getTextContent).isEqualTo("");
        // The source's memo is its Description now, as other tools read a document's memo there.
        assertThat(description(withGuid(xml, "TextSource", SOURCE))).get().extracting(Element::getTextContent)
                .isEqualTo("Sobre la entrevista\nLarga y tranquila.");
        assertThat(description(withGuid(xml, "PlainTextSelection", SELECTION))).get()
                .extracting(Element::getTextContent).isEqualTo("");
        assertThat(description(withGuid(xml, "Set", SET))).get().extracting(Element::getTextContent).isEqualTo("");
        assertThat(description(xml.getDocumentElement())).get().extracting(Element::getTextContent).isEqualTo("");
    }

    @Test
    void aDescriptionTheUserWritesReplacesTheEmptyOne() throws Exception {
        Project project = imported(atlasFile());
        Quotation quotation = project.quotation(UUID.fromString(SELECTION.toLowerCase())).orElseThrow();
        project.apply(EntityEdit.update("Comment", quotation, quotation.withComment("Lo dice bajito")));

        org.w3c.dom.Document xml = qde(exported(project, "commented.qdpx"));

        assertThat(description(withGuid(xml, "PlainTextSelection", SELECTION))).get()
                .extracting(Element::getTextContent).isEqualTo("Lo dice bajito");
    }

    @Test
    void allOfItSurvivesSavingAndReopeningTheProject() throws Exception {
        Path saved = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(imported(atlasFile()), saved);
        Project reopened = new ProjectFileStore().load(saved);

        org.w3c.dom.Document xml = qde(exported(reopened, "reopened.qdpx"));

        assertThat(attributeValues(xml, "Code", "guid")).containsExactly(FEARS, GIFT, RED);
        assertThat(attributeValues(xml, "User", "guid")).containsExactly(USER);
        assertThat(attributeValues(xml, "Coding", "guid")).containsExactly(CODING);
        assertThat(withGuid(xml, "Code", FEARS).hasAttribute("color")).isFalse();
        assertThat(description(withGuid(xml, "PlainTextSelection", SELECTION))).isPresent();
        assertThat(description(xml.getDocumentElement())).isPresent();
    }

    @Test
    void aReimportedExportIsTheSameProjectAndExportsTheSameXml() throws Exception {
        Path first = exported(imported(atlasFile()), "first.qdpx");
        Path second = exported(imported(first), "second.qdpx");

        assertThat(new String(RefiSchemas.entry(second, "project.qde"), StandardCharsets.UTF_8))
                .isEqualTo(new String(RefiSchemas.entry(first, "project.qde"), StandardCharsets.UTF_8));
    }

    @Test
    void aSourcesDescriptionFromAnotherToolGoesOutAsItCame() throws Exception {
        String text = atlasQde().replace("<Description></Description>\n  <PlainTextSelection",
                "<Description>Entrevista en casa, con el bebé presente.</Description>\n  <PlainTextSelection").replace("<NoteRef targetGUID=\"" + NOTE + "\"/>\n</TextSource>", "</TextSource>");
        Path file = QdpxFiles.with("project.qde", text).add("sources/" + SOURCE + ".txt", TEXT)
                .writeTo(folder.resolve("described.qdpx"));
        Project project = imported(file);
        assertThat(project.memos()).anySatisfy(memo ->
                assertThat(memo.text()).isEqualTo("Entrevista en casa, con el bebé presente."));

        org.w3c.dom.Document xml = qde(exported(project, "described-out.qdpx"));

        assertThat(description(withGuid(xml, "TextSource", SOURCE))).get().extracting(Element::getTextContent)
                .isEqualTo("Entrevista en casa, con el bebé presente.");
    }

    // ---- rich text (NVivo writes a .docx beside each plain text) -------------------------------

    private static final String NVIVO_SOURCE = "ddbebe1b-306f-4271-acdd-ae1da7c06fcd";
    private static final String NVIVO_TEXT = "Na mi van? 🤣\nSzégyellje magát!!!\n";

    private Path nvivoFile(String richTextPath, Map<String, byte[]> extra) throws Exception {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project name="Oltás" origin="NVivo for Windows 12.6" creationDateTime="2025-02-21T15:09:07Z"
                    xmlns="urn:QDA-XML:project:1.0">
                <Sources>
                <TextSource guid="%s" name="comments" richTextPath="%s" plainTextPath="internal://%s.txt"
                    creationDateTime="2025-06-11T16:24:07Z"><Description/></TextSource>
                </Sources>
                </Project>
                """.formatted(NVIVO_SOURCE, richTextPath, NVIVO_SOURCE);
        QdpxFiles files = QdpxFiles.with("project.qde", qde).add("Sources/" + NVIVO_SOURCE + ".txt",
                QdpxFiles.utf8WithBom(NVIVO_TEXT));
        extra.forEach(files::add);
        return files.writeTo(folder.resolve("nvivo.qdpx"));
    }

    @Test
    void aSourcesRichTextGoesOutUntouchedUnderTheSamePath() throws Exception {
        byte[] docx = QdpxFiles.docx("Na mi van? 🤣", "Szégyellje magát!!!");
        String path = "internal://" + NVIVO_SOURCE + ".docx";
        Project project = imported(nvivoFile(path, Map.of("Sources/" + NVIVO_SOURCE + ".docx", docx)));

        Path out = exported(project, "nvivo-out.qdpx");
        Element source = elements(qde(out), "TextSource").get(0);

        assertThat(source.getAttribute("richTextPath")).isEqualTo(path);
        assertThat(RefiSchemas.entry(out, "sources/" + NVIVO_SOURCE + ".docx")).isEqualTo(docx);
        assertThat(description(source)).get().extracting(Element::getTextContent).isEqualTo("");
        // And round again: the file Grounded wrote carries it the same way.
        Path again = exported(imported(out), "nvivo-again.qdpx");
        assertThat(elements(qde(again), "TextSource").get(0).getAttribute("richTextPath")).isEqualTo(path);
        assertThat(RefiSchemas.entry(again, "sources/" + NVIVO_SOURCE + ".docx")).isEqualTo(docx);
    }

    @Test
    void theRichTextSurvivesSavingAndReopeningTheProject() throws Exception {
        byte[] docx = QdpxFiles.docx("Na mi van? 🤣", "Szégyellje magát!!!");
        String path = "internal://" + NVIVO_SOURCE + ".docx";
        Path saved = folder.resolve("oltas.grounded");
        new ProjectFileStore().save(imported(nvivoFile(path, Map.of("Sources/" + NVIVO_SOURCE + ".docx", docx))), saved);

        Path out = exported(new ProjectFileStore().load(saved), "reopened-nvivo.qdpx");

        assertThat(RefiSchemas.entry(out, "sources/" + NVIVO_SOURCE + ".docx")).isEqualTo(docx);
    }

    @Test
    void aRichTextPathThatClimbsOutOfTheSourcesFolderIsNotCarriedAndNothingIsWrittenOutsideIt() throws Exception {
        RefiProjectImport result = new QdpxImporter().read(nvivoFile("internal://../../evil.docx", Map.of()), Progress.NONE);

        assertThat(result.report().notes()).anySatisfy(note -> assertThat(note).contains("internal://../../evil.docx"));
        Path out = exported(result.project(), "no-evil.qdpx");
        assertThat(elements(qde(out), "TextSource").get(0).hasAttribute("richTextPath")).isFalse();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                    .allSatisfy(name -> assertThat(name).doesNotContain("..").doesNotContain("evil"));
        }
    }

    @Test
    void aRichTextThatInflatesToGigabytesIsRefusedLikeAnyEntry() throws Exception {
        String qde = """
                <Project xmlns="urn:QDA-XML:project:1.0" name="Harmless">
                  <Sources><TextSource guid="22222222-2222-4222-8222-222222222222" name="T"
                      plainTextPath="internal://t.txt" richTextPath="internal://r.docx"/></Sources>
                </Project>
                """;
        Path bomb = ZipBomb.write(folder.resolve("rich-bomb.qdpx"), new java.util.LinkedHashMap<>(
                Map.of("project.qde", qde, "sources/t.txt", "text")), "sources/r.docx", 3 * 1024);

        assertThatThrownBy(() -> imported(bomb)).isInstanceOf(RefiImportException.class)
                .hasMessageContaining("sources/r.docx").hasMessageContaining("zip bomb");
    }
}
