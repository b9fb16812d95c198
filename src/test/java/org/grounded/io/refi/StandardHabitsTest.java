package org.grounded.io.refi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Document;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive that follows the standard where it is clear and shows the variety exporters allow
 * where it is not: GUIDs in braces, a lower-case {@code sources/} folder, a bare file name, an
 * inline text, {@code relative://} and {@code absolute://} paths, a Windows-1252 text, variables
 * of every type on cases and sources, sets of cases, a mixed set, non-text sources, an
 * annotation without coding, and references to things that are not there.
 */
class StandardHabitsTest {

    private static final String CASE_ANA = "{0A0A0A0A-0000-4000-8000-000000000001}";
    private static final String CASE_BOB = "{0A0A0A0A-0000-4000-8000-000000000002}";
    private static final String CODE = "{0C0C0C0C-0000-4000-8000-000000000001}";

    @TempDir
    Path folder;
    private Project project;
    private RefiImportReport report;

    @BeforeEach
    void importArchive() throws Exception {
        Path media = Files.createDirectories(folder.resolve("media"));
        Files.writeString(media.resolve("relative.txt"), "Relative text 🙏🏽 here", StandardCharsets.UTF_8);
        Path absolute = Files.writeString(folder.resolve("absolute.txt"), "Absolute text", StandardCharsets.UTF_8);
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Standard" origin="MAXQDA 2022" basePath="%s">
                  <CodeBook><Codes>
                    <Code guid="%s" name="Gratitude" isCodable="false" color="#123456"/>
                  </Codes></CodeBook>
                  <Variables>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000001}" name="Role" typeOfVariable="Text"/>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000002}" name="Donor" typeOfVariable="Boolean">
                      <Description>Has donated milk</Description></Variable>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000003}" name="Age" typeOfVariable="Integer"/>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000004}" name="Litres" typeOfVariable="Float"/>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000005}" name="Interviewed" typeOfVariable="Date"/>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000006}" name="Recorded" typeOfVariable="DateTime"/>
                    <Variable guid="{0B0B0B0B-0000-4000-8000-000000000007}" name="Transcribed at" typeOfVariable="DateTime"/>
                  </Variables>
                  <Cases>
                    <Case guid="%s" name="Ana">
                      <Description>Donor from Puebla</Description>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000001}"/><TextValue>mother</TextValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000002}"/><BooleanValue>true</BooleanValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000003}"/><IntegerValue>29</IntegerValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000004}"/><FloatValue>12.50</FloatValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000005}"/><DateValue>2021-03-04</DateValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000009}"/><TextValue>orphan</TextValue></VariableValue>
                      <SourceRef targetGUID="{0D0D0D0D-0000-4000-8000-000000000001}"/>
                      <SourceRef targetGUID="{0D0D0D0D-0000-4000-8000-000000000009}"/>
                      <SelectionRef targetGUID="{0E0E0E0E-0000-4000-8000-000000000001}"/>
                    </Case>
                    <Case guid="%s" name="Bob">
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000002}"/><BooleanValue>0</BooleanValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000003}"/><IntegerValue>many</IntegerValue></VariableValue>
                    </Case>
                  </Cases>
                  <Sources>
                    <TextSource guid="{0D0D0D0D-0000-4000-8000-000000000001}" name="Bare" plainTextPath="interview.txt">
                      <PlainTextSelection guid="{0E0E0E0E-0000-4000-8000-000000000001}" startPosition="10" endPosition="14">
                        <Coding guid="{0F0F0F0F-0000-4000-8000-000000000001}"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="{0E0E0E0E-0000-4000-8000-000000000002}" startPosition="0" endPosition="5">
                        <Description>Just an annotation</Description>
                        <NoteRef targetGUID="{99999999-0000-4000-8000-000000000001}"/>
                      </PlainTextSelection>
                      <PlainTextSelection guid="{0E0E0E0E-0000-4000-8000-000000000003}" startPosition="5" endPosition="500">
                        <Coding guid="{0F0F0F0F-0000-4000-8000-000000000003}"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000006}"/><DateTimeValue>2021-03-04T00:00:00</DateTimeValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="{0B0B0B0B-0000-4000-8000-000000000007}"/><DateTimeValue>2021-03-05T14:30:00Z</DateTimeValue></VariableValue>
                    </TextSource>
                    <TextSource guid="{0D0D0D0D-0000-4000-8000-000000000002}" name="Inline">
                      <PlainTextContent>Inline text with ✨ sparkle</PlainTextContent>
                      <PlainTextSelection guid="{0E0E0E0E-0000-4000-8000-000000000004}" startPosition="19" endPosition="26">
                        <Coding guid="{0F0F0F0F-0000-4000-8000-000000000004}"><CodeRef targetGUID="%s"/></Coding>
                        <NoteRef targetGUID="{06060606-0000-4000-8000-000000000001}"/>
                      </PlainTextSelection>
                    </TextSource>
                    <TextSource guid="{0D0D0D0D-0000-4000-8000-000000000003}" name="Relative" plainTextPath="relative://relative.txt">
                      <PlainTextSelection guid="{0E0E0E0E-0000-4000-8000-000000000005}" startPosition="14" endPosition="16">
                        <Coding guid="{0F0F0F0F-0000-4000-8000-000000000005}"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                    <TextSource guid="{0D0D0D0D-0000-4000-8000-000000000004}" name="Absolute" plainTextPath="absolute://%s"/>
                    <TextSource guid="{0D0D0D0D-0000-4000-8000-000000000005}" name="Latin-1" plainTextPath="internal://latin.txt"/>
                    <TextSource guid="{0D0D0D0D-0000-4000-8000-000000000006}" name="Gone" plainTextPath="internal://gone.txt">
                      <PlainTextSelection guid="{0E0E0E0E-0000-4000-8000-000000000006}" startPosition="0" endPosition="1"/>
                    </TextSource>
                    <PDFSource guid="{0D0D0D0D-0000-4000-8000-000000000009}" name="Flyer" path="internal://flyer.pdf">
                      <PDFSelection guid="{0E0E0E0E-0000-4000-8000-000000000009}" page="1" firstX="0" firstY="0" secondX="5" secondY="5"/>
                    </PDFSource>
                    <PictureSource guid="{0D0D0D0D-0000-4000-8000-00000000000A}" path="internal://a.png"/>
                    <AudioSource guid="{0D0D0D0D-0000-4000-8000-00000000000B}" path="internal://a.m4a"/>
                    <VideoSource guid="{0D0D0D0D-0000-4000-8000-00000000000C}" path="internal://a.mp4"/>
                  </Sources>
                  <Notes>
                    <Note guid="{06060606-0000-4000-8000-000000000001}" name="Comment">
                      <PlainTextContent>Sparkle means joy ✨</PlainTextContent>
                    </Note>
                  </Notes>
                  <Sets>
                    <Set guid="{05050505-0000-4000-8000-000000000001}" name="Donors">
                      <MemberSource targetGUID="%s"/>
                    </Set>
                    <Set guid="{05050505-0000-4000-8000-000000000002}" name="Mixed">
                      <MemberCode targetGUID="%s"/>
                      <MemberSource targetGUID="{0D0D0D0D-0000-4000-8000-000000000001}"/>
                      <MemberSource targetGUID="{0D0D0D0D-0000-4000-8000-000000000009}"/>
                    </Set>
                  </Sets>
                </Project>
                """.formatted(media, CODE, CASE_ANA, CASE_BOB, CODE, CODE, CODE, CODE, absolute, CASE_ANA, CODE);
        Path file = QdpxFiles.with("project.qde", qde)
                .add("sources/interview.txt", "I donated milk for my baby")
                .add("sources/latin.txt", "Ni\u00f1a de Espa\u00f1a".getBytes(Charset.forName("windows-1252")))
                .writeTo(folder.resolve("standard.qdpx"));
        // The relative:// and absolute:// sources are files outside the archive, read only when allowed.
        RefiProjectImport result = new QdpxImporter().read(file, ExternalSources.READ, Progress.NONE);
        project = result.project();
        report = result.report();
    }

    private static UUID id(String guid) {
        return RefiValues.guid(guid).orElseThrow();
    }

    private String text(String sourceGuid) {
        return project.document(id(sourceGuid)).orElseThrow().text();
    }

    private String quoted(String guid) {
        Quotation quotation = project.quotation(id(guid)).orElseThrow();
        return project.document(quotation.documentId()).orElseThrow().text().substring(quotation.start(), quotation.end());
    }

    @Test
    void everyPathStyleFindsItsText() {
        assertThat(text("{0D0D0D0D-0000-4000-8000-000000000001}")).isEqualTo("I donated milk for my baby");
        assertThat(text("{0D0D0D0D-0000-4000-8000-000000000002}")).isEqualTo("Inline text with ✨ sparkle");
        assertThat(text("{0D0D0D0D-0000-4000-8000-000000000003}")).isEqualTo("Relative text 🙏🏽 here");
        assertThat(text("{0D0D0D0D-0000-4000-8000-000000000004}")).isEqualTo("Absolute text");
        assertThat(text("{0D0D0D0D-0000-4000-8000-000000000005}")).isEqualTo("Niña de España");
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("Latin-1").contains("windows-1252"));
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("relative://relative.txt")
                .contains("outside the archive"));
    }

    @Test
    void standardPositionsCountCodePoints() {
        assertThat(quoted("{0E0E0E0E-0000-4000-8000-000000000001}")).isEqualTo("milk");
        assertThat(quoted("{0E0E0E0E-0000-4000-8000-000000000004}")).isEqualTo("sparkle");
        assertThat(quoted("{0E0E0E0E-0000-4000-8000-000000000005}")).isEqualTo("🙏🏽");
        assertThat(report.counting()).contains("code points");
    }

    @Test
    void aSelectionWithoutCodingIsAnUncodedQuotationWithItsComment() {
        Quotation annotation = project.quotation(id("{0E0E0E0E-0000-4000-8000-000000000002}")).orElseThrow();
        assertThat(annotation.codeIds()).isEmpty();
        assertThat(annotation.comment()).isEqualTo("Just an annotation");
    }

    @Test
    void aNoteReferencedByOneSelectionOnlyIsThatQuotationsComment() {
        Quotation quotation = project.quotation(id("{0E0E0E0E-0000-4000-8000-000000000004}")).orElseThrow();
        assertThat(quotation.comment()).isEqualTo("Sparkle means joy ✨");
        assertThat(project.memos()).isEmpty();
    }

    @Test
    void whatCannotBeTakenIsReportedWithCountsAndReasons() {
        assertThat(report.skipped()).extracting(RefiImportReport.Skipped::what).contains(
                "PDF source", "picture source", "audio source", "video source", "coded segment in a non-text source",
                "text source", "selection", "reference to a note", "selection linked to a case", "attribute value",
                "source of a case", "member of a set");
        assertThat(report.skipped()).filteredOn(s -> s.what().equals("text source")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("Gone").contains("gone.txt"));
        assertThat(report.skipped()).filteredOn(s -> s.what().equals("selection")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("outside"));
        assertThat(report.skippedAnything()).isTrue();
        assertThat(report.lines()).anySatisfy(line -> assertThat(line).contains("skipped 1 PDF source"));
    }

    @Test
    void casesBecomeParticipantsWithTheirDocumentsAndTypedAttributes() {
        Participant ana = project.participant(id(CASE_ANA)).orElseThrow();
        assertThat(ana.description()).isEqualTo("Donor from Puebla");
        assertThat(ana.documentIds()).containsExactly(id("{0D0D0D0D-0000-4000-8000-000000000001}"));
        assertThat(ana.attributes()).containsEntry("Role", AttributeValue.text("mother"))
                .containsEntry("Donor", AttributeValue.category("true"))
                .containsEntry("Age", AttributeValue.number(29))
                .containsEntry("Litres", AttributeValue.number(new java.math.BigDecimal("12.5")))
                .containsEntry("Interviewed", AttributeValue.date(LocalDate.of(2021, 3, 4)));
        Participant bob = project.participant(id(CASE_BOB)).orElseThrow();
        assertThat(bob.attributes()).containsOnlyKeys("Donor").containsEntry("Donor", AttributeValue.category("false"));
    }

    @Test
    void variablesMapToAttributeTypesWithBooleanAsATwoValuedCategory() {
        AttributeDefinition donor = project.attributeDefinition(AttributeScope.PARTICIPANT, "Donor").orElseThrow();
        assertThat(donor.type()).isEqualTo(AttributeType.CATEGORY);
        assertThat(donor.categories()).containsExactly("true", "false");
        assertThat(donor.description()).isEqualTo("Has donated milk");
        assertThat(project.attributeDefinition(AttributeScope.PARTICIPANT, "Age").orElseThrow().type()).isEqualTo(AttributeType.NUMBER);
        assertThat(project.attributeDefinition(AttributeScope.PARTICIPANT, "Interviewed").orElseThrow().type())
                .isEqualTo(AttributeType.DATE);
        assertThat(project.attributeDefinition(AttributeScope.DOCUMENT, "Recorded").orElseThrow().type())
                .isEqualTo(AttributeType.DATE);
        assertThat(project.attributeDefinition(AttributeScope.DOCUMENT, "Transcribed at").orElseThrow().type())
                .isEqualTo(AttributeType.TEXT);
        Document bare = project.document(id("{0D0D0D0D-0000-4000-8000-000000000001}")).orElseThrow();
        assertThat(bare.attributes()).containsEntry("Recorded", AttributeValue.date(LocalDate.of(2021, 3, 4)))
                .containsEntry("Transcribed at", AttributeValue.text("2021-03-05T14:30:00Z"));
    }

    @Test
    void setsOfCasesAreParticipantGroupsAndAMixedSetIsSplitByKind() {
        assertThat(project.groups(GroupKind.PARTICIPANT)).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo("Donors");
            assertThat(group.memberIds()).containsExactly(id(CASE_ANA));
        });
        assertThat(project.groups(GroupKind.CODE)).extracting(g -> g.name()).containsExactly("Mixed (codes)");
        assertThat(project.groups(GroupKind.DOCUMENT)).extracting(g -> g.name()).containsExactly("Mixed (documents)");
    }

    @Test
    void aNotCodableCodeIsImportedAndCounted() {
        assertThat(project.code(id(CODE))).hasValueSatisfying(code -> assertThat(code.colour()).isEqualTo("#123456"));
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("not codable"));
        assertThat(report.taken().participants()).isEqualTo(2);
        assertThat(report.taken().documents()).isEqualTo(5);
        assertThat(List.of(report.taken().codeGroups(), report.taken().documentGroups(), report.taken().participantGroups()))
                .containsExactly(1, 1, 1);
    }
}
