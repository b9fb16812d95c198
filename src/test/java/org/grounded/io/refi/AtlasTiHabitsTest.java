package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.GroupKind;
import org.grounded.model.Position;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive written the way ATLAS.ti writes one: the XML named after the project (ATLAS.ti 26)
 * instead of project.qde, upper-case GUIDs, CR LF line breaks counted as one character,
 * comments as a selection's Description, memos as notes with inline text, code and document
 * groups as sets, relations as named links, and a saved network.
 */
class AtlasTiHabitsTest {

    private static final String TEXT = "Entrevistadora: ¿Qué significó donar?\r\nMaría: Fue un regalo 🍼 para otras mamás.\r\n"
            + "María: Al principio tenía miedo.\r\n";
    private static final String SOURCE = "E7C61D2A-6A0B-4F1C-9F55-0D4E2A1B3C4D";
    private static final String FEARS = "A182CD3A-D83C-4D8C-BC80-26D9103EC6D6";
    private static final String GIFT = "2D2466F0-D77F-4F8C-BDF9-628966B6B74D";
    private static final String MOTIVATION = "086AC733-7B1C-4749-A138-D7182F63A5C9";

    @TempDir
    Path folder;
    private Project project;
    private RefiImportReport report;

    /** ATLAS.ti's positions: code points of the text with each CR LF counted once. */
    private static int position(String text) {
        String shown = TEXT.replace("\r\n", "\n");
        int index = shown.indexOf(text);
        return shown.codePointCount(0, index);
    }

    private static String selection(String guid, String text, String code, String comment) {
        int start = position(text);
        return """
                <PlainTextSelection guid="%s" name="%s" startPosition="%d" endPosition="%d"
                    creatingUser="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" creationDateTime="2023-08-16T15:20:00Z">
                  <Description>%s</Description>
                  <Coding guid="%s" creatingUser="088B08AC-D5CD-4ADB-8B71-B4F3459C177F">
                    <CodeRef targetGUID="%s"/>
                  </Coding>
                </PlainTextSelection>
                """.formatted(guid, text, start, start + text.codePointCount(0, text.length()), comment,
                guid.replace('1', '9'), code);
    }

    @BeforeEach
    void importAtlasStyleArchive() throws Exception {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" origin="ATLAS.ti Windows 26.0.1"
                    name="Mi proyecto" creatingUserGUID="088B08AC-D5CD-4ADB-8B71-B4F3459C177F"
                    creationDateTime="2023-08-16T15:14:29Z" xmlns="urn:QDA-XML:project:1.0">
                  <Users>
                    <User guid="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" name="Ana Pérez" />
                  </Users>
                  <CodeBook>
                    <Codes>
                      <Code guid="%s" name="Fears" isCodable="true" color="#F00">
                        <NoteRef targetGUID="11111111-2222-4333-8444-555555555555" />
                        <Code guid="%s" name="Gift" isCodable="true" color="#00aa00" />
                      </Code>
                      <Code guid="%s" name="Motivation" isCodable="true" />
                    </Codes>
                  </CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="01 María.docx" plainTextPath="internal://%s.txt">
                      %s%s
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="11111111-2222-4333-8444-555555555555" name="On fear">
                      <PlainTextContent>Fear comes first, then the gift.</PlainTextContent>
                    </Note>
                    <Note guid="11111111-2222-4333-8444-666666666666" name="Field notes">
                      <PlainTextContent>Call recorded over Zoom.</PlainTextContent>
                    </Note>
                  </Notes>
                  <Links>
                    <Link guid="AAAAAAAA-0000-4000-8000-000000000001" name="is cause of" direction="OneWay"
                        originGUID="%s" targetGUID="%s" />
                    <Link guid="AAAAAAAA-0000-4000-8000-000000000002" name="contradicts" direction="Associative"
                        originGUID="%s" targetGUID="%s" />
                    <Link guid="AAAAAAAA-0000-4000-8000-000000000003" name="explains" direction="OneWay"
                        originGUID="%s" targetGUID="%s" />
                    <Link guid="AAAAAAAA-0000-4000-8000-000000000004" name="mentions"
                        originGUID="%s" targetGUID="%s" />
                  </Links>
                  <Sets>
                    <Set guid="BBBBBBBB-0000-4000-8000-000000000001" name="Emotions">
                      <MemberCode targetGUID="%s" /><MemberCode targetGUID="%s" />
                    </Set>
                    <Set guid="BBBBBBBB-0000-4000-8000-000000000002" name="Interviews">
                      <Description>Video calls</Description>
                      <MemberSource targetGUID="%s" />
                    </Set>
                  </Sets>
                  <Graphs>
                    <Graph guid="CCCCCCCC-0000-4000-8000-000000000001" name="Network">
                      <Vertex guid="CCCCCCCC-0000-4000-8000-000000000002" representedGUID="%s" firstX="0" firstY="0" />
                      <Vertex guid="CCCCCCCC-0000-4000-8000-000000000003" representedGUID="%s" firstX="100" firstY="40"
                              secondX="180" secondY="60" shape="Oval" color="#FF0000" />
                      <Vertex guid="CCCCCCCC-0000-4000-8000-000000000004" representedGUID="D1D1D1D1-0000-4000-8000-000000000001"
                              firstX="5" firstY="5" />
                      <Vertex guid="CCCCCCCC-0000-4000-8000-000000000005" name="a free text box" firstX="9" firstY="9" />
                      <Edge guid="CCCCCCCC-0000-4000-8000-000000000006" sourceVertex="CCCCCCCC-0000-4000-8000-000000000002"
                            targetVertex="CCCCCCCC-0000-4000-8000-000000000003" direction="OneWay" />
                    </Graph>
                  </Graphs>
                  <NoteRef targetGUID="11111111-2222-4333-8444-666666666666" />
                </Project>
                """.formatted(FEARS, GIFT, MOTIVATION, SOURCE, SOURCE,
                selection("D1D1D1D1-0000-4000-8000-000000000001", "Fue un regalo 🍼 para otras mamás.", GIFT, "Key quote"),
                selection("D1D1D1D1-0000-4000-8000-000000000002", "Al principio tenía miedo.", FEARS, ""),
                FEARS, MOTIVATION, GIFT, FEARS, GIFT, MOTIVATION, SOURCE, GIFT,
                FEARS, GIFT, SOURCE, FEARS, GIFT);
        Path file = QdpxFiles.with("Mi proyecto.qde", qde)
                .add("sources/" + SOURCE + ".txt", TEXT)
                .writeTo(folder.resolve("Mi proyecto.qdpx"));
        RefiProjectImport result = new QdpxImporter().read(file, Progress.NONE);
        project = result.project();
        report = result.report();
    }

    private String quoted(String guid) {
        Quotation quotation = project.quotation(UUID.fromString(guid)).orElseThrow();
        Document document = project.document(quotation.documentId()).orElseThrow();
        return document.text().substring(quotation.start(), quotation.end());
    }

    @Test
    void theXmlNamedAfterTheProjectIsReadAndSelectionsCountALineBreakOnce() {
        assertThat(project.info().name()).isEqualTo("Mi proyecto");
        assertThat(quoted("D1D1D1D1-0000-4000-8000-000000000001")).isEqualTo("Fue un regalo 🍼 para otras mamás.");
        assertThat(quoted("D1D1D1D1-0000-4000-8000-000000000002")).isEqualTo("Al principio tenía miedo.");
    }

    @Test
    void aSelectionsDescriptionIsTheQuotationsComment() {
        Quotation quotation = project.quotation(UUID.fromString("D1D1D1D1-0000-4000-8000-000000000001")).orElseThrow();
        assertThat(quotation.comment()).isEqualTo("Key quote");
        assertThat(quotation.coder()).isEqualTo("Ana Pérez");
        assertThat(report.taken().comments()).isEqualTo(1);
    }

    @Test
    void codesKeepTheirTreeAndShortColoursAreWidened() {
        Code fears = project.code(UUID.fromString(FEARS)).orElseThrow();
        Code gift = project.code(UUID.fromString(GIFT)).orElseThrow();
        assertThat(fears.colour()).isEqualTo("#FF0000");
        assertThat(gift.colour()).isEqualTo("#00AA00");
        assertThat(gift.parentId()).isEqualTo(fears.id());
        assertThat(project.isCategory(fears.id())).isTrue();
    }

    @Test
    void namedLinksBecomeRelationsOfTheTypeWithThatName() {
        assertThat(project.relations()).hasSize(3);
        assertThat(project.relations()).extracting(relation -> project.relationType(relation.typeId()).orElseThrow().name())
                .containsExactlyInAnyOrder("is cause of", "contradicts", "explains");
        Relation explains = project.relations().stream()
                .filter(r -> project.relationType(r.typeId()).orElseThrow().name().equals("explains")).findFirst().orElseThrow();
        RelationType type = project.relationType(explains.typeId()).orElseThrow();
        assertThat(type.builtIn()).isFalse();
        assertThat(type.directed()).isTrue();
        assertThat(explains.sourceCodeId()).isEqualTo(UUID.fromString(GIFT));
        assertThat(report.skipped()).anySatisfy(s -> assertThat(s.what()).isEqualTo("link between a text source and a code"));
    }

    @Test
    void setsBecomeCodeAndDocumentGroups() {
        assertThat(project.groups(GroupKind.CODE)).singleElement().satisfies(group ->
                assertThat(group.memberIds()).containsExactly(UUID.fromString(FEARS), UUID.fromString(GIFT)));
        assertThat(project.groups(GroupKind.DOCUMENT)).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo("Interviews");
            assertThat(group.description()).isEqualTo("Video calls");
        });
    }

    @Test
    void notesBecomeMemosOnTheirCodeOrOnTheProject() {
        assertThat(project.memosAbout(UUID.fromString(FEARS))).singleElement()
                .satisfies(memo -> assertThat(memo.text()).isEqualTo("Fear comes first, then the gift."));
        assertThat(project.memos()).filteredOn(memo -> memo.linkedIds().isEmpty()).singleElement()
                .satisfies(memo -> assertThat(memo.title()).isEqualTo("Field notes"));
    }

    @Test
    void aGraphBecomesASavedNetworkOfTheCodesItShowsAtTheCentresOfTheirBoxes() {
        assertThat(project.networks()).singleElement().satisfies(network -> {
            assertThat(network.name()).isEqualTo("Network");
            assertThat(network.memberIds()).containsExactly(UUID.fromString(FEARS), UUID.fromString(GIFT));
            assertThat(network.positions()).containsEntry(UUID.fromString(FEARS), new Position(0, 0))
                    .containsEntry(UUID.fromString(GIFT), new Position(140, 50));
            assertThat(network.pinned()).isEmpty();
            assertThat(network.settings().edgeKinds()).containsExactly("RELATION");
            assertThat(network.settings().extraNodeKinds()).isEmpty();
        });
        assertThat(report.taken().networks()).isEqualTo(1);
    }

    @Test
    void verticesShowingAQuotationOrNothingAreCountedAsSkippedWithTheReason() {
        assertThat(report.skipped()).anySatisfy(skipped -> {
            assertThat(skipped.what()).isEqualTo("vertex of a graph");
            assertThat(skipped.count()).isEqualTo(2);
            assertThat(skipped.reason()).contains("quotation");
        });
        assertThat(report.skipped()).noneMatch(skipped -> skipped.what().equals("graph"));
    }
}
