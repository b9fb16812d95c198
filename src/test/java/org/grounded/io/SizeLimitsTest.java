package org.grounded.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SizeLimitsTest {

    @Test
    void theProjectReaderTakesEveryTextAnImportCanPutIntoAProject() {
        // A transcript's text, and a REFI-QDA source's text (one archive entry, at least one byte per character).
        assertThat((long) SizeLimits.PROJECT_STRING_CHARS)
                .isGreaterThanOrEqualTo(SizeLimits.TRANSCRIPT_TEXT_CHARS)
                .isGreaterThanOrEqualTo(SizeLimits.ARCHIVE_ENTRY_BYTES)
                // A string in the file is never longer in characters than the file is in bytes.
                .isGreaterThanOrEqualTo(SizeLimits.PROJECT_FILE_BYTES);
    }

    @Test
    void theExportOfAnyImportedTranscriptImportsAgain() {
        // A UTF-16 character takes at most three bytes in UTF-8 (a surrogate pair, two characters, takes four).
        assertThat(SizeLimits.ARCHIVE_ENTRY_BYTES).isGreaterThanOrEqualTo(3 * SizeLimits.TRANSCRIPT_TEXT_CHARS);
    }

    @Test
    void aSizeOverItsLimitSaysByHowMuch() {
        long mib = 1024L * 1024L;

        assertThat(SizeLimits.overLimit(50 * mib + 3 * mib / 10, 50 * mib)).isEqualTo("50.3 MB, 0.3 MB over the 50 MB limit");
        assertThat(SizeLimits.overLimit(50 * mib + 1, 50 * mib)).isEqualTo("52,428,801 bytes, 1 byte over the 50 MB limit");
        assertThat(SizeLimits.overLimit(50 * mib + 2048, 50 * mib)).isEqualTo("52,430,848 bytes, 2 KB over the 50 MB limit");
        assertThat(SizeLimits.overLimit(75 * mib, 50 * mib)).isEqualTo("75 MB, 25 MB over the 50 MB limit");
    }

    @Test
    void sizesReadNaturally() {
        assertThat(SizeLimits.describe(812)).isEqualTo("812 bytes");
        assertThat(SizeLimits.describe(1536)).isEqualTo("1.5 KB");
        assertThat(SizeLimits.describe(200 * 1024L * 1024L)).isEqualTo("200 MB");
    }
}
