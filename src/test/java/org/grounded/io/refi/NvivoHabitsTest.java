package org.grounded.io.refi;

import java.nio.file.Path;
import org.grounded.model.Document;
import org.grounded.model.Memo;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive written the way NVivo 12 for Windows writes one: a {@code Sources/} folder, text
 * files with a byte-order mark and CR LF line breaks, positions in UTF-16 units, annotations as
 * notes linked to selections, case coding, and a source with only its .docx.
 */
class NvivoHabitsTest {

    private static final String TEXT = "comment_text\r\nNa mi van? 🤣🤣🤣\r\nSzégyellje magát!!! 👍👍\r\n"
            + "minden fideszest 200x oltsanak be\r\n";
    private static final String SOURCE = "ddbebe1b-306f-4271-acdd-ae1da7c06fcd";

    @TempDir
    Path folder;
    private Project project;
    private RefiImportReport report;

    /** NVivo's positions: Java indices of the text as written, since both count UTF-16 units and CR LF as two. */
    private static String selection(String guid, String line, String code, String extra) {
        int start = TEXT.indexOf(line);
        return """
                <PlainTextSelection guid="%s" name="" startPosition="%d" endPosition="%d"
                    creatingUser="29518289-d0e3-447b-b7dd-ae1d8cd880a0" creationDateTime="2025-06-18T02:08:15Z">
                  <Description/>
                  <Coding guid="%s" creatingUser="eaac2cd0-f7f0-415a-abdd-ae1d8f6762de" creationDateTime="2025-06-18T02:06:50Z">
                    <CodeRef targetGUID="%s"/>
                  </Coding>%s
                </PlainTextSelection>
                """.formatted(guid, start, start + line.length(), guid.replace('a', 'b'), code, extra);
    }

    @BeforeEach
    void importNvivoStyleArchive() throws Exception {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project basePath="" name="Oltás" origin="NVivo for Windows 12.6" creationDateTime="2025-02-21T15:09:07Z"
                    xmlns="urn:QDA-XML:project:1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                <Users>
                <User guid="29518289-d0e3-447b-b7dd-ae1d8cd880a0" name="Gergo"/>
                <User guid="eaac2cd0-f7f0-415a-abdd-ae1d8f6762de" name="floriansipos"/></Users>
                <CodeBook><Codes>
                <Code guid="9dfe9815-44e3-4922-bedd-ae1dbfed8b5c" isCodable="true" name="2. Attitűd szint">
                <Description>Erősen szkeptikus (piros)</Description>
                <NoteRef targetGUID="5a5a5a5a-0000-4000-8000-000000000001"/>
                <Code guid="e8811e5d-feb6-458a-b0dd-ae1dbfef84b8" isCodable="true" name="piros"/>
                <Code guid="23addb4a-77ef-4a7f-92dd-ae1dbff020e9" isCodable="true" name="sárga"/>
                </Code></Codes></CodeBook>
                <Cases><Case guid="c0c0c0c0-0000-4000-8000-000000000001" name="Commenter"/></Cases>
                <Sources>
                <TextSource guid="%s" name="videos_selection" plainTextPath="internal://%s.txt"
                    richTextPath="internal://%s.docx" creationDateTime="2025-06-11T16:24:07Z">
                <Description/>
                %s%s%s
                </TextSource>
                <TextSource guid="68bbdc14-c361-4432-b4dd-ae1dbfc12890" name="docx only"
                    richTextPath="internal://68bbdc14-c361-4432-b4dd-ae1dbfc12890.docx">
                <PlainTextSelection guid="aaaa0000-0000-4000-8000-000000000009" startPosition="5" endPosition="13">
                <Coding guid="aaaa0000-0000-4000-8000-00000000000a"><CodeRef targetGUID="23addb4a-77ef-4a7f-92dd-ae1dbff020e9"/></Coding>
                </PlainTextSelection>
                </TextSource>
                </Sources>
                <Notes>
                <Note guid="5a5a5a5a-0000-4000-8000-000000000001" name="Codebook memo"
                    plainTextPath="internal://5a5a5a5a-0000-4000-8000-000000000001.txt" creationDateTime="2025-06-12T10:00:00Z"/>
                <Note guid="5a5a5a5a-0000-4000-8000-000000000002" name="Annotation"
                    plainTextPath="internal://5a5a5a5a-0000-4000-8000-000000000002.txt"/>
                </Notes>
                <Links>
                <Link guid="1e1e1e1e-0000-4000-8000-000000000001" originGUID="5a5a5a5a-0000-4000-8000-000000000002"
                    targetGUID="aaaa0000-0000-4000-8000-000000000002"/>
                </Links>
                </Project>
                """.formatted(SOURCE, SOURCE, SOURCE,
                selection("aaaa0000-0000-4000-8000-000000000001", "Szégyellje magát!!! 👍👍", "e8811e5d-feb6-458a-b0dd-ae1dbfef84b8", ""),
                selection("aaaa0000-0000-4000-8000-000000000002", "minden fideszest 200x oltsanak be", "23addb4a-77ef-4a7f-92dd-ae1dbff020e9", ""),
                selection("aaaa0000-0000-4000-8000-000000000003", "Na mi van? 🤣🤣🤣", "c0c0c0c0-0000-4000-8000-000000000001", ""));
        Path file = QdpxFiles.with("project.qde", qde)
                .add("Sources/" + SOURCE + ".txt", QdpxFiles.utf8WithBom(TEXT))
                .add("Sources/" + SOURCE + ".docx", QdpxFiles.docx("comment_text", "Na mi van?"))
                .add("Sources/68bbdc14-c361-4432-b4dd-ae1dbfc12890.docx", QdpxFiles.docx("Első bekezdés", "Második"))
                .add("Sources/5a5a5a5a-0000-4000-8000-000000000001.txt", QdpxFiles.utf8WithBom("Piros = szkeptikus\r\n"))
                .add("Sources/5a5a5a5a-0000-4000-8000-000000000002.txt", QdpxFiles.utf8WithBom("Sarcastic 😏"))
                .writeTo(folder.resolve("nvivo.qdpx"));
        RefiProjectImport result = new QdpxImporter().read(file, Progress.NONE);
        project = result.project();
        report = result.report();
    }

    private String quoted(String guid) {
        Quotation quotation = project.quotation(java.util.UUID.fromString(guid)).orElseThrow();
        Document document = project.document(quotation.documentId()).orElseThrow();
        return document.text().substring(quotation.start(), quotation.end());
    }

    @Test
    void selectionsLandOnTheSameWordsAsInNvivoDespiteEmojiAndWindowsLineBreaks() {
        assertThat(quoted("aaaa0000-0000-4000-8000-000000000001")).isEqualTo("Szégyellje magát!!! 👍👍");
        assertThat(quoted("aaaa0000-0000-4000-8000-000000000002")).isEqualTo("minden fideszest 200x oltsanak be");
        assertThat(report.counting()).contains("UTF-16");
    }

    @Test
    void theTextIsStoredWithoutByteOrderMarkAndWithUnixLineBreaks() {
        Document document = project.document(java.util.UUID.fromString(SOURCE)).orElseThrow();
        assertThat(document.text()).startsWith("comment_text\nNa mi van?").doesNotContain("\r").doesNotContain("\uFEFF");
    }

    @Test
    void codingToACaseIsReportedNotTurnedIntoACode() {
        assertThat(report.skipped()).anySatisfy(skipped -> assertThat(skipped.what()).isEqualTo("coding to a case"));
        Quotation caseCoded = project.quotation(java.util.UUID.fromString("aaaa0000-0000-4000-8000-000000000003")).orElseThrow();
        assertThat(caseCoded.codeIds()).isEmpty();
    }

    @Test
    void aNoteLinkedToOneSelectionBecomesItsCommentAndANoteOnACodeAMemo() {
        Quotation annotated = project.quotation(java.util.UUID.fromString("aaaa0000-0000-4000-8000-000000000002")).orElseThrow();
        assertThat(annotated.comment()).isEqualTo("Sarcastic 😏");
        assertThat(project.memos()).singleElement().satisfies(memo -> {
            assertThat(memo.title()).isEqualTo("Codebook memo");
            assertThat(memo.text()).isEqualTo("Piros = szkeptikus\n");
            assertThat(memo.linkedIds()).containsExactly(java.util.UUID.fromString("9dfe9815-44e3-4922-bedd-ae1dbfed8b5c"));
        });
    }

    @Test
    void aSourceWithOnlyItsDocxIsConvertedAndSaysSo() {
        Document docx = project.document(java.util.UUID.fromString("68bbdc14-c361-4432-b4dd-ae1dbfc12890")).orElseThrow();
        assertThat(docx.text()).isEqualTo("Első bekezdés\nMásodik\n");
        assertThat(quoted("aaaa0000-0000-4000-8000-000000000009")).isEqualTo("bekezdés");
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("docx only").contains(".docx"));
    }

    @Test
    void aSelectionKeepsItsCreatorAndEachCodingTheUserWhoAppliedIt() {
        assertThat(project.quotations()).extracting(Quotation::coder).contains("Gergo").doesNotContain("floriansipos");
        assertThat(project.quotations()).flatExtracting(Quotation::codings).extracting(org.grounded.model.Coding::coder)
                .contains("floriansipos");
        assertThat(report.taken().users()).isEqualTo(2);
        assertThat(project.memos()).extracting(Memo::createdAt).containsExactly(java.time.Instant.parse("2025-06-12T10:00:00Z"));
    }
}
