package org.grounded.io.cases;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an Excel workbook (.xlsx). Numbers are taken exactly as stored (never as a
 * locale formats them: 29.5 is "29.5" whatever the spreadsheet showed), date cells become ISO
 * dates, formulas give their cached result.
 */
final class XlsxCases {

    private XlsxCases() {
    }

    /** @param sheetName the sheet to read, null or blank for the first one */
    static CaseSheet read(Path file, String sheetName) throws CaseImportException {
        String source = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = sheetName == null || sheetName.isBlank() ? workbook.getSheetAt(0)
                    : workbook.getSheet(sheetName.strip());
            if (sheet == null) {
                String names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)
                        .collect(Collectors.joining(", "));
                throw new CaseImportException(source + ": there is no sheet named '" + sheetName
                        + "'; the sheets are: " + names);
            }
            List<String> header = null;
            List<CaseSheet.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                } else {
                    rows.add(new CaseSheet.Row(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new CaseImportException(source + ": the sheet '" + sheet.getSheetName()
                        + "' is empty; its first row should name the columns");
            }
            return new CaseSheet(source, header, rows, false);
        } catch (CaseImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CaseImportException(source + ": this is not a readable Excel workbook (.xlsx)", e);
        }
    }

    /** The workbook's sheet names, in order. */
    static List<String> sheetNames(Path file) throws CaseImportException {
        String source = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
        } catch (IOException | RuntimeException e) {
            throw new CaseImportException(source + ": this is not a readable Excel workbook (.xlsx)", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        // Double.toString gives the shortest decimal that is this double: 29.5, not 29.499999.
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }
}
