package org.grounded.export.table;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedTextTest {

    private static final List<String> AWKWARD = List.of("plain", "comma, inside", "tab\tinside", "say \"milk\"",
            "two\nlines", " padded ", "", "María 🍼");
    private static final List<String> BACKWARDS = List.of("María 🍼", "", " padded ", "two\nlines", "say \"milk\"",
            "tab\tinside", "comma, inside", "plain");

    @ParameterizedTest
    @ValueSource(chars = {',', '\t'})
    void everyFieldReadsBackAsWritten(char delimiter) {
        TextGrid grid = new TextGrid(AWKWARD, List.of(AWKWARD, BACKWARDS),
                AWKWARD.stream().map(field -> TextGrid.Alignment.LEFT).toList(), List.of("a note, not data"));

        String text = DelimitedText.render(grid, delimiter);

        assertThat(Rfc4180.parse(text, delimiter)).containsExactly(AWKWARD, AWKWARD, BACKWARDS);
        assertThat(text).doesNotContain("a note");
    }

    @ParameterizedTest
    @ValueSource(chars = {',', '\t'})
    void onlyFieldsThatNeedItAreQuoted(char delimiter) {
        assertThat(DelimitedText.field("plain text", delimiter)).isEqualTo("plain text");
        assertThat(DelimitedText.field("say \"hi\"", delimiter)).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(DelimitedText.field("a" + delimiter + "b", delimiter)).isEqualTo("\"a" + delimiter + "b\"");
    }

    @ParameterizedTest
    @ValueSource(chars = {',', '\t'})
    void aFieldASpreadsheetWouldRunAsAFormulaOpensAsText(char delimiter) {
        TextGrid grid = new TextGrid(List.of("text", "n"), List.of(
                List.of("=HYPERLINK(\"http://x\",\"clic\")", "-0.5"), List.of("+1 dicho", "12"),
                List.of("-no sé", "+3"), List.of("@SUM(A1)", "-7%"), List.of("a = b", "0")),
                List.of(TextGrid.Alignment.LEFT, TextGrid.Alignment.RIGHT), List.of());

        List<List<String>> read = Rfc4180.parse(DelimitedText.render(grid, delimiter), delimiter);

        assertThat(read).extracting(row -> row.get(0)).containsExactly("text", "'=HYPERLINK(\"http://x\",\"clic\")",
                "'+1 dicho", "'-no sé", "'@SUM(A1)", "a = b");
        assertThat(read).extracting(row -> row.get(1)).containsExactly("n", "-0.5", "12", "+3", "-7%", "0");
    }
}
