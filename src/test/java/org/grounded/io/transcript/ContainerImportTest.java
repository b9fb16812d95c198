package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerImportTest {

    @TempDir
    Path folder;

    private final TranscriptImporter importer = new TranscriptImporter();

    @Test
    void wordParagraphsBecomeLinesAndRunsOfEmptyParagraphsOneBlankLine() throws Exception {
        Path file = ContainerFiles.docx(folder.resolve("entrevista.docx"), List.of(
                "", "Entrevistadora: ¿Cómo está, María José? 😊", "", "", "",
                "María José: Bien, gracias.\nCon mucho sueño.", "Entrevistadora: ¿Y la bebé?", ""));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Entrevistadora: ¿Cómo está, María José? 😊\n\n"
                + "María José: Bien, gracias.\nCon mucho sueño.\nEntrevistadora: ¿Y la bebé?");
        assertThat(transcript.format()).isEqualTo("docx");
        assertThat(transcript.encoding()).isEmpty();
        assertThat(transcript.speakers()).containsExactly("Entrevistadora", "María José");
        SpeakerTurn answer = transcript.turns().get(1);
        assertThat(transcript.text().substring(answer.start(), answer.end()))
                .isEqualTo("María José: Bien, gracias.\nCon mucho sueño.");
    }

    @Test
    void wordTablesAreReadWhereTheyStandCellByCell() throws Exception {
        Path file = ContainerFiles.docxWithTable(folder.resolve("table.docx"));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(
                "Before the table\nInterviewer:\nHow old is she?\nAna:\nSeven months.\nAfter the table");
    }

    @Test
    void openDocumentParagraphsHeadingsSpacesTabsAndLineBreaksAreKept() throws Exception {
        Path file = ContainerFiles.odt(folder.resolve("entrevista.odt"), """
                <text:h text:outline-level="1">Entrevista 2</text:h>
                <text:p/>
                <text:p>Entrevistadora: <text:span text:style-name="T1">¿Qué tal,</text:span> Lucía?</text:p>
                <text:p>Lucía:<text:s/>Bien,<text:s text:c="3"/>gracias.<text:line-break/>Con sueño.<text:tab/>🙂</text:p>
                <text:list><text:list-item><text:p>Entrevistadora:
                      Gracias.</text:p></text:list-item></text:list>
                <text:p>Lucía: ¡De nada!<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
                  <text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>
                """);

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Entrevista 2\n\nEntrevistadora: ¿Qué tal, Lucía?\n"
                + "Lucía: Bien,   gracias.\nCon sueño.\t🙂\nEntrevistadora: Gracias.\nLucía: ¡De nada!");
        assertThat(transcript.format()).isEqualTo("odt");
        assertThat(transcript.speakers()).containsExactly("Entrevistadora", "Lucía");
    }

    @Test
    void openDocumentWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
        Path secret = TestFiles.write(folder, "secret.txt", "TOP-SECRET");
        String content = "<?xml version=\"1.0\"?>\n<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>Ana: &xxe;</text:p><text:p>Ana: more</text:p></office:text></office:body></office:document-content>";
        Path file = ContainerFiles.odtWithContent(folder.resolve("xxe.odt"), content);

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("xxe.odt")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void pdfTextLayerIsReadLineByLine() throws Exception {
        Path file = ContainerFiles.pdf(folder.resolve("interview.pdf"), List.of(
                "Interviewer: Did you donate milk?", "Ana: Yes, at the caf\u00e9 near the bank.",
                "Interviewer: Thank you."));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text().strip()).isEqualTo("Interviewer: Did you donate milk?\n"
                + "Ana: Yes, at the caf\u00e9 near the bank.\nInterviewer: Thank you.");
        assertThat(transcript.format()).isEqualTo("pdf");
        assertThat(transcript.speakers()).containsExactly("Interviewer", "Ana");
        assertThat(transcript.turns()).hasSize(3);
    }

    @Test
    void aScannedPdfHasNoTextLayer() throws Exception {
        Path file = ContainerFiles.pdfWithoutText(folder.resolve("scan.pdf"));

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("scan.pdf")
                .hasMessageContaining("has no text layer (scanned?)");
    }

    @Test
    void aPasswordProtectedPdfSaysSo() throws Exception {
        Path file = ContainerFiles.pdfWithPassword(folder.resolve("locked.pdf"), List.of("Ana: secret words"));

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("locked.pdf")
                .hasMessageContaining("password");
    }

    @Test
    void anEmptyWordDocumentContainsNoText() throws Exception {
        Path file = ContainerFiles.docx(folder.resolve("blank.docx"), List.of("", "  "));

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessage("blank.docx contains no text.");
    }

    @Test
    void anOldWordDocumentRenamedDocxIsToldApart() throws Exception {
        // The OLE2 signature of a Word 97-2003 file, then zeros.
        byte[] ole2 = new byte[1024];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        Path file = TestFiles.write(folder, "old.docx", ole2);

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("old.docx")
                .hasMessageContaining("Word 97-2003");
    }

    @Test
    void anOpenDocumentWithoutContentIsRefused() throws Exception {
        Path file = folder.resolve("hollow.odt");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("styles.xml"));
            zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("hollow.odt")
                .hasMessageContaining("content.xml");
    }
}
