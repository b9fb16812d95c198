package org.grounded.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grounded.analysis.report.Codebook;
import org.grounded.analysis.report.CodebookRow;
import org.grounded.analysis.report.Grouping;
import org.grounded.analysis.report.MemoFilter;
import org.grounded.analysis.report.MemoRow;
import org.grounded.analysis.report.Memos;
import org.grounded.analysis.report.QuotationFilter;
import org.grounded.analysis.report.QuotationGroup;
import org.grounded.analysis.report.QuotationReports;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class QuotationsExportTest {

    private final ReportStudy study = new ReportStudy();
    private final Instant monday = Instant.parse("2026-03-02T10:00:00Z");
    private Quotation fear;

    QuotationsExportTest() {
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        fear = study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo, study.alegria);
        study.project.apply(org.grounded.model.EntityEdit.update("Comment", fear,
                fear.withComment("she says \"both\", <at once> & laughs")));
        fear = fear.withComment("she says \"both\", <at once> & laughs");
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        study.code(study.maria, "¿Y después?", "Ana", monday, study.fe);
    }

    private List<QuotationRow> rows() {
        return QuotationReports.of(study.project).rows(QuotationFilter.ALL);
    }

    private List<QuotationGroup> groups(Grouping grouping) {
        QuotationReports reports = QuotationReports.of(study.project);
        return reports.group(reports.rows(QuotationFilter.ALL), grouping);
    }

    @Test
    void csvHasTheNamedColumnsOneRowPerQuotationInOrder() {
        String csv = QuotationsExport.text(rows(), List.of(), "Quotations", ReportFormat.CSV);

        assertThat(csv.split("\r\n")).containsExactly(
                "document,participant,paragraph,start,end,codes,text,comment,coder,created",
                "01-maria,María,2,44,80,Motivación,doné porque mi niña nació prematura.,,Luis,2026-03-02T10:00:00Z",
                "01-maria,María,2,81,106,Alegría; Miedo,Sentí alegría 💛 y miedo.,"
                        + "\"she says \"\"both\"\", <at once> & laughs\",Ana,2026-03-02T10:00:00Z",
                "01-maria,,3,123,134,Fe,¿Y después?,,Ana,2026-03-02T10:00:00Z",
                "02-jose,José,1,6,23,Fe,Mi fe 🙏 me llevó,,Ana,2026-03-02T10:00:00Z");
    }

    @Test
    void jsonHoldsTheSameFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(QuotationsExport.text(rows(), List.of(), "Q", ReportFormat.JSON));

        assertThat(json.size()).isEqualTo(4);
        JsonNode second = json.get(1);
        assertThat(second.get("text").asText()).isEqualTo("Sentí alegría 💛 y miedo.");
        assertThat(second.get("participants").get(0).asText()).isEqualTo("María");
        assertThat(second.get("paragraph").asInt()).isEqualTo(2);
        assertThat(second.get("codes").toString()).isEqualTo("[\"Alegría\",\"Miedo\"]");
        assertThat(second.get("comment").asText()).isEqualTo("she says \"both\", <at once> & laughs");
    }

    @Test
    void groupedByCodeInTreeOrderAndByParticipant() {
        assertThat(groups(Grouping.CODE)).extracting(QuotationGroup::heading)
                .containsExactly("Motivación", "Alegría", "Miedo", "Fe");
        assertThat(groups(Grouping.PARTICIPANT)).extracting(QuotationGroup::heading)
                .containsExactly("María", "José", Grouping.NO_PARTICIPANT);
        assertThat(groups(Grouping.PARTICIPANT).get(0).rows()).extracting(QuotationRow::text)
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.");
    }

    @Test
    void markdownQuotesEachUnderItsHeadingWithItsSourceLine() {
        String markdown = QuotationsExport.text(rows(), groups(Grouping.CODE), "Quotations", ReportFormat.MARKDOWN);

        assertThat(markdown).startsWith("# Quotations\n\n## Motivación (1)\n\n"
                + "> doné porque mi niña nació prematura.\n>\n> — María, 01-maria, ¶2 · Motivación\n\n"
                + "## Alegría (1)\n\n> Sentí alegría 💛 y miedo.\n>\n"
                + "> — María, 01-maria, ¶2 · Alegría; Miedo · she says \"both\", <at once> & laughs\n\n");
        assertThat(markdown).contains("## Fe (2)\n\n> ¿Y después?\n>\n> — 01-maria, ¶3 · Fe\n\n"
                + "> Mi fe 🙏 me llevó\n>\n> — José, 02-jose, ¶1 · Fe\n\n");
    }

    @Test
    void htmlIsWellFormedAndHoldsTheTextUnchanged() throws Exception {
        String html = QuotationsExport.text(rows(), groups(Grouping.CODE), "Quotations <of> Donación", ReportFormat.HTML);

        Document page = ReportFiles.xml(html);
        assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Quotations <of> Donación");
        assertThat(page.getElementsByTagName("h2").getLength()).isEqualTo(4);
        assertThat(page.getElementsByTagName("blockquote").getLength()).isEqualTo(5);
        assertThat(page.getElementsByTagName("blockquote").item(1).getTextContent())
                .isEqualTo("Sentí alegría 💛 y miedo.— María, 01-maria, ¶2 · Alegría; Miedo · "
                        + "she says \"both\", <at once> & laughs");
    }

    @Test
    void docxReadBackHoldsTheHeadingsQuotationsAndSourceLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotationsExport.write(rows(), groups(Grouping.PARTICIPANT), "Quotations of Donación", ReportFormat.DOCX, out);

        List<ReportFiles.Paragraph> paragraphs = ReportFiles.docx(out.toByteArray());
        assertThat(paragraphs).containsExactly(
                new ReportFiles.Paragraph("Heading1", "Quotations of Donación"),
                new ReportFiles.Paragraph("Heading2", "María (2)"),
                new ReportFiles.Paragraph(null, "«doné porque mi niña nació prematura.»"),
                new ReportFiles.Paragraph(null, "— María, 01-maria, ¶2 · Motivación"),
                new ReportFiles.Paragraph(null, "«Sentí alegría 💛 y miedo.»"),
                new ReportFiles.Paragraph(null, "— María, 01-maria, ¶2 · Alegría; Miedo · she says \"both\", "
                        + "<at once> & laughs"),
                new ReportFiles.Paragraph("Heading2", "José (1)"),
                new ReportFiles.Paragraph(null, "«Mi fe 🙏 me llevó»"),
                new ReportFiles.Paragraph(null, "— José, 02-jose, ¶1 · Fe"),
                new ReportFiles.Paragraph("Heading2", "(no participant) (1)"),
                new ReportFiles.Paragraph(null, "«¿Y después?»"),
                new ReportFiles.Paragraph(null, "— 01-maria, ¶3 · Fe"));
    }

    @Test
    void xlsxHoldsTheCsvCellsWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotationsExport.write(rows(), List.of(), "Q", ReportFormat.XLSX, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("text");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Sentí alegría 💛 y miedo.");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(81.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void codebookAsDocxHtmlAndCsv() throws Exception {
        List<CodebookRow> codebook = Codebook.rows(study.project, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodebookExport.write(codebook, "Codebook", ReportFormat.DOCX, out);

        List<ReportFiles.Paragraph> paragraphs = ReportFiles.docx(out.toByteArray());
        assertThat(paragraphs).filteredOn(p -> p.style() != null).extracting(ReportFiles.Paragraph::toString)
                .containsExactly(
                        new ReportFiles.Paragraph("Heading1", "Codebook").toString(),
                        new ReportFiles.Paragraph("Heading2", "Motivación").toString(),
                        new ReportFiles.Paragraph("Heading3", "Alegría").toString(),
                        new ReportFiles.Paragraph("Heading3", "Miedo").toString(),
                        new ReportFiles.Paragraph("Heading2", "Fe").toString());
        assertThat(paragraphs).extracting(ReportFiles.Paragraph::text).containsSubsequence(
                "Motivación", "axial · 2 quotations, 1 participant · #0067A5",
                "Why mothers donate <milk> & keep donating", "«doné porque mi niña nació prematura.»",
                "— María, 01-maria, ¶2");

        Document page = ReportFiles.xml(CodebookExport.text(codebook, "Codebook", ReportFormat.HTML));
        assertThat(page.getElementsByTagName("h2").item(0).getTextContent()).isEqualTo(" Motivación");

        String[] csv = CodebookExport.text(codebook, "Codebook", ReportFormat.CSV).split("\r\n");
        assertThat(csv[0]).isEqualTo("code,level,core,parent,depth,colour,description,quotations,participants,examples");
        assertThat(csv[2]).isEqualTo("Alegría,open,,Motivación,1,#875692,,1,1,«Sentí alegría 💛 y miedo.» (María, 01-maria, ¶2)"
                .replace("«Sentí alegría 💛 y miedo.» (María, 01-maria, ¶2)", "\"«Sentí alegría 💛 y miedo.» (María, 01-maria, ¶2)\""));
    }

    @Test
    void memosAsMarkdownAndDocxWithTheirLinksAndQuotations() throws Exception {
        study.memo("Fe y donación", "La fe aparece <dos> veces.", "Ana", Instant.parse("2026-03-05T00:00:00Z"),
                study.fe.id(), fear.id());
        List<MemoRow> memos = Memos.rows(study.project, MemoFilter.ALL);

        assertThat(MemosExport.text(memos, "Memos", ReportFormat.MARKDOWN)).isEqualTo("# Memos\n\n## Fe y donación\n\n"
                + "*Memo · Ana, 2026-03-05 · about code: Fe; quotation: María, 01-maria, ¶2*\n\n"
                + "La fe aparece <dos> veces.\n\n"
                + "> Sentí alegría 💛 y miedo.\n>\n> — María, 01-maria, ¶2 · Alegría; Miedo · she says \"both\", "
                + "<at once> & laughs\n\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemosExport.write(memos, "Memos", ReportFormat.DOCX, out);
        assertThat(ReportFiles.docx(out.toByteArray())).extracting(ReportFiles.Paragraph::text).containsExactly(
                "Memos", "Fe y donación", "Memo · Ana, 2026-03-05 · about code: Fe; quotation: María, 01-maria, ¶2",
                "La fe aparece <dos> veces.", "«Sentí alegría 💛 y miedo.»",
                "— María, 01-maria, ¶2");
        assertThat(ReportFiles.xml(MemosExport.text(memos, "Memos", ReportFormat.HTML))
                .getElementsByTagName("h2").item(0).getTextContent()).isEqualTo("Fe y donación");
    }

    @Test
    void htmlDropsWhatXmlCannotHold() throws Exception {
        assertThat(Html.escape("a\u0001b\uD800c 😀 <&>")).isEqualTo("abc 😀 &lt;&amp;&gt;");
        ReportFiles.xml(Html.page("t", Html.element("p", "bell \u0007 and \uFFFF")));
    }
}
