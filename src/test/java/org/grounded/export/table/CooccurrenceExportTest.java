package org.grounded.export.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grounded.analysis.SmallStudy;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CooccurrenceExportTest {

    /** Fears, Duty, Agency: n(F,D) = 1 with n(F) = 3, n(D) = 1; n(F,A) = 4 = n(F) + n(A) - 0: c undefined. */
    private static CooccurrenceMatrix matrix() {
        SmallStudy study = new SmallStudy();
        study.code(study.interview, 0, 10, study.fears, study.duty);
        study.code(study.interview, 20, 30, study.fears, study.agency);
        study.code(study.interview, 20, 30, study.fears, study.agency);
        return Cooccurrences.matrix(study.project, CooccurrenceRequest.allCodes()
                .withCodes(List.of(study.fears.id(), study.duty.id(), study.agency.id())));
    }

    @Test
    void csvStartsWithACodeColumnThenOneColumnPerCodeInRowOrder() {
        String csv = CooccurrenceExport.text(matrix(), CooccurrenceMeasure.COUNT, ExportFormat.CSV);

        assertThat(Rfc4180.parse(csv, ',')).containsExactly(
                List.of("code", "Fears", "Duty", "Agency"),
                List.of("Fears", "", "1", "4"),
                List.of("Duty", "1", "", "0"),
                List.of("Agency", "4", "0", ""));
    }

    @Test
    void coefficientsShowTwoDecimalsAndUndefinedOnesSaySo() {
        String csv = CooccurrenceExport.text(matrix(), CooccurrenceMeasure.C_COEFFICIENT, ExportFormat.CSV);

        // n(F,D) = 1, n(F) = 3, n(D) = 1: 1 / 3. n(F,A) = 4, n(F) = 3, n(A) = 2: 4 / 1 = 4.
        // n(D,A) = 0: 0.
        assertThat(Rfc4180.parse(csv, ',')).containsExactly(
                List.of("code", "Fears", "Duty", "Agency"),
                List.of("Fears", "", "0.33", "4"),
                List.of("Duty", "0.33", "", "0"),
                List.of("Agency", "4", "0", ""));
    }

    @Test
    void markdownIsAPipeTableWithTheDefinitionBelow() {
        String markdown = CooccurrenceExport.text(matrix(), CooccurrenceMeasure.COUNT, ExportFormat.MARKDOWN);

        assertThat(markdown).startsWith("""
                | code | Fears | Duty | Agency |
                | --- | ---: | ---: | ---: |
                | Fears |  | 1 | 4 |
                | Duty | 1 |  | 0 |
                | Agency | 4 | 0 |  |

                n(A,B): pairs""");
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CooccurrenceExport.write(matrix(), CooccurrenceMeasure.C_COEFFICIENT, ExportFormat.XLSX, out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Agency");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0 / 3);
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("0.33");
            assertThat(sheet.getRow(1).getCell(1)).as("diagonal").isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as("the code column stays").isEqualTo((short) 1);
            assertThat(sheet.getRow(0).getCell(1).getCellStyle().getRotation()).as("upright header").isEqualTo((short) 90);
        }
    }
}
