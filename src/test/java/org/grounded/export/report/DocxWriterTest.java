package org.grounded.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.grounded.export.table.TextGrid;
import org.junit.jupiter.api.Test;

/**
 * The streamed Word body reads back in POI as written: markup characters in the text stay text,
 * line feeds are line breaks, characters XML cannot hold are dropped, and styles and tables hold.
 */
class DocxWriterTest {

    @Test
    void textWithMarkupCharactersAndLineBreaksReadsBackAsWritten() throws Exception {
        TextGrid grid = new TextGrid(List.of("code", "n"), List.of(List.of("A & <B>", "3"), List.of("\"C\"", "12")),
                List.of(TextGrid.Alignment.LEFT, TextGrid.Alignment.RIGHT), List.of("* a note"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocxWriter docx = new DocxWriter()) {
            docx.heading(2, "Fe & <esperanza>");
            docx.paragraph("first line\nsecond \"line\"\u0001");
            docx.labelled("Description", "x < y");
            docx.quotation("tengo miedo", "María, ¶2");
            docx.table(grid);
            docx.write(bytes);
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Heading2");
            assertThat(paragraphs.get(0).getText()).isEqualTo("Fe & <esperanza>");
            assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(paragraphs.get(1).getText()).isEqualTo("first line\nsecond \"line\"");
            assertThat(paragraphs.get(2).getRuns().get(0).isBold()).isTrue();
            assertThat(paragraphs.get(2).getText()).isEqualTo("Description: x < y");
            assertThat(paragraphs.get(3).getText()).isEqualTo("«tengo miedo»");
            assertThat(paragraphs.get(3).getRuns().get(0).isItalic()).isTrue();
            assertThat(paragraphs.get(3).getIndentationLeft()).isEqualTo(567);
            assertThat(paragraphs.get(4).getText()).isEqualTo("— María, ¶2");
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("code");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("A & <B>");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("\"C\"");
            assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isEqualTo("* a note");
        }
    }
}
