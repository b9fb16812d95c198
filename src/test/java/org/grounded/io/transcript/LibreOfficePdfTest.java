package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/**
 * A PDF as LibreOffice writes it from a plain interview (libreoffice-emoji.pdf: Liberation Mono,
 * two different emoji, lines wrapped by the page). PDFBox before 3.0.8 read the second emoji
 * (💪) as the first (👶): the text of the transcript must be the words that were written.
 */
class LibreOfficePdfTest {

    @Test
    void everyEmojiIsReadAsItselfAndTheSpeakersAreFound() throws Exception {
        Path file = Path.of(LibreOfficePdfTest.class.getResource("libreoffice-emoji.pdf").toURI());

        ImportedTranscript transcript = new TranscriptImporter().read(file);

        assertThat(transcript.text()).contains("está dormida en la otra habitación 👶.")
                .endsWith("Mi esposo me apoyó desde el principio 💪.");
        assertThat(transcript.text().codePoints().filter(c -> c == 0x1F476).count()).isEqualTo(1);
        assertThat(transcript.text().codePoints().filter(c -> c == 0x1F4AA).count()).isEqualTo(1);
        assertThat(transcript.turns()).extracting(SpeakerTurn::speaker)
                .containsExactly("Entrevistadora", "Lucía", "Entrevistadora", "Lucía", "Entrevistadora", "Lucía");
    }
}
