package org.grounded.io.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Study A's 80 survey answers (STUDIES.md, Table 4), written by hand to fall as the paper
 * reports: ages 46 in 20–30, 33 in 30–40, 1 over 40; 73 exclusive and 7 mixed breastfeeding;
 * children's ages 31 in 4–6, 17 in 7–9, 3 in 10–12 months and 29 not reported (as an empty
 * cell, NA, n/a, - or the code 99). Names carry an accent so that encodings are tested, and a
 * comment column holds separators, quotes and a line break.
 */
public final class SurveyA {

    static final List<String> HEADER = List.of("Name", "Age", "Breastfeeding", "Child age", "Comment");

    private SurveyA() {
    }

    /** The rows as cell texts, numbers with a decimal point. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String name = String.format("Mãe %02d", i + 1);
            String age;
            if (i < 46) {
                age = i == 45 ? "29.5" : Integer.toString(20 + i % 10); // 20..29, one 29.5
            } else if (i < 79) {
                age = Integer.toString(30 + (i - 46) % 10);              // 30..39, 30 included
            } else {
                age = "41";
            }
            String feeding = i % 11 == 3 && i < 77 ? "mixed" : "exclusive"; // i = 3,14,25,36,47,58,69
            int slot = (i * 37) % 80; // spreads the children's ages over the mothers
            String child;
            if (slot < 31) {
                child = Integer.toString(4 + slot % 3);        // 4, 5, 6
            } else if (slot < 48) {
                child = Integer.toString(7 + slot % 3);        // 7, 8, 9
            } else if (slot < 51) {
                child = Integer.toString(10 + slot % 3);       // 10, 11, 12
            } else {
                child = List.of("", "NA", "n/a", "-", "99").get(slot % 5);
            }
            String comment = switch (i % 4) {
                case 0 -> "donates, via \"Leite\" group; twice";
                case 1 -> "line one\nline two";
                case 2 -> "";
                default -> "answer " + i;
            };
            rows.add(List.of(name, age, feeding, child, comment));
        }
        return rows;
    }

    /** The survey as delimited text; with a decimal comma numbers are written 29,5. */
    public static String delimited(char separator, boolean decimalComma) {
        StringBuilder text = new StringBuilder();
        text.append(line(HEADER, separator));
        for (List<String> row : rows()) {
            List<String> cells = new ArrayList<>(row);
            if (decimalComma) {
                cells.set(1, cells.get(1).replace('.', ','));
            }
            text.append(line(cells, separator));
        }
        return text.toString();
    }

    public static Path write(Path file, String text, Charset charset, byte[] byteOrderMark) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(byteOrderMark);
            out.write(text.getBytes(charset));
        }
        return file;
    }

    public static Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not the answers");
            Sheet sheet = workbook.createSheet("Answers");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            List<List<String>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADER.size(); c++) {
                    String cell = rows.get(r).get(c);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if ((c == 1 || c == 3) && cell.matches("[0-9.]+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cell));
                    } else {
                        row.createCell(c).setCellValue(cell);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String line(List<String> cells, char separator) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean needs = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
            quoted.add(needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(String.valueOf(separator), quoted) + "\r\n";
    }
}
