package org.grounded.export.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report options file: the JSON the window's "Save report options…" writes and
 * {@code grounded report --options FILE} (and "Load options…") reads, so a paper's tables can be
 * rebuilt by a script. One reader and one writer, so the two never drift apart.
 */
public final class ReportOptionsFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Emoji in a title as themselves, not as \uD83D\uDC9B pairs: the file is for people to read too.
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private ReportOptionsFile() {
    }

    /** The options as the file holds them (indented JSON, UTF-8). */
    public static byte[] json(ReportOptions options) throws IOException {
        return JSON.writeValueAsBytes(options);
    }

    /**
     * The options a file holds.
     *
     * @throws IllegalArgumentException with one line naming the file and what is wrong in it
     */
    public static ReportOptions read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Report options " + file + ": no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw new IllegalArgumentException("the file is empty");
            }
            ReportOptions options = JSON.readValue(bytes, ReportOptions.class);
            if (options == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return options;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Report options " + file + ": "
                    + oneLine(e.getOriginalMessage()) + where(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("Report options " + file + ": cannot be read (" + oneLine(e.getMessage()) + ")");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Report options " + file + ": " + oneLine(e.getMessage()));
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
