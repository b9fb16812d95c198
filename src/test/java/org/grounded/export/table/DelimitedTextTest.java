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
}
