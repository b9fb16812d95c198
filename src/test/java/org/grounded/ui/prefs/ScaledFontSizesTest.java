package org.grounded.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScaledFontSizesTest {

    @Test
    void everyPixelFontSizeIsScaledAndTheTranscriptByItsOwnFactor() {
        String css = """
                /* a comment { -fx-font-size: 99px; } */
                .root { -g-x: #fff; -fx-font-size: 13px; }
                .status-bar .label, .transcript-text .text { -fx-text-fill: red; -fx-font-size: 12px; }
                .plain { -fx-padding: 4; }
                .opening-title { -fx-font-size: 1.35em; }
                """;

        String scaled = ScaledFontSizes.of(css, 1.5, 2.0);

        assertThat(scaled.lines()).containsExactly(
                ".root { -fx-font-size: 19.50px; }",
                ".status-bar .label { -fx-font-size: 18.00px; }",
                ".transcript-text .text { -fx-font-size: 24.00px; }");
    }

    @Test
    void theApplicationsStylesheetHasItsRootAndTranscriptSizesScaled() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/org/grounded/ui/grounded.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String scaled = ScaledFontSizes.of(css, 2.0, 3.0);
        assertThat(scaled).contains(".root { -fx-font-size: 26.00px; }", ".transcript-text .text { -fx-font-size: 45.00px; }");
        long sizes = css.lines().filter(line -> line.contains("-fx-font-size") && line.contains("px")).count();
        assertThat(scaled.lines().count()).isGreaterThanOrEqualTo(sizes);
    }
}
