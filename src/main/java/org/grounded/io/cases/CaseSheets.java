package org.grounded.io.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grounded.io.transcript.PlainTextFiles;

/** Reads a spreadsheet of cases: CSV (or tab-separated text) or an Excel workbook. */
public final class CaseSheets {

    private CaseSheets() {
    }

    /** The file names a spreadsheet of cases may have (for file choosers). */
    public static final List<String> EXTENSIONS = List.of("csv", "tsv", "txt", "xlsx");

    /** Whether the file is an Excel workbook, whose sheets can be chosen. */
    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * The sheets of a workbook, in order; none for a text file.
     *
     * @throws CaseImportException naming the file and the problem
     */
    public static List<String> sheetNames(Path file) throws CaseImportException {
        if (!isWorkbook(file)) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            throw new CaseImportException(file.getFileName() + ": there is no such file");
        }
        return XlsxCases.sheetNames(file);
    }

    /**
     * @param sheetName for a workbook, the sheet to read (null for the first); ignored for text
     * @throws CaseImportException naming the file and the problem
     */
    public static CaseSheet read(Path file, String sheetName) throws CaseImportException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new CaseImportException(name + ": old Excel files (.xls) are not read; save it as .xlsx or .csv");
        }
        if (lower.endsWith(".xlsx")) {
            if (!Files.isRegularFile(file)) {
                throw new CaseImportException(name + ": there is no such file");
            }
            return XlsxCases.read(file, sheetName);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return DelimitedCases.parse(name, PlainTextFiles.decode(file, bytes));
        } catch (NoSuchFileException e) {
            throw new CaseImportException(name + ": there is no such file", e);
        } catch (CaseImportException e) {
            throw e;
        } catch (IOException e) {
            throw new CaseImportException(e.getMessage() != null && e.getMessage().startsWith(name) ? e.getMessage()
                    : name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
