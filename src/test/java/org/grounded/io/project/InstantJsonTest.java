package org.grounded.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast instants against the JDK's own text and parser, on instants of every kind. */
class InstantJsonTest {

    private static final long FIRST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long END = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void writesWhatInstantToStringWritesAndReadsItBack() {
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            long seconds = FIRST - 5_000_000 + (long) (random.nextDouble() * (END - FIRST + 10_000_000));
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            String text = InstantJson.format(instant);
            assertThat(text).isEqualTo(instant.toString());
            Instant read = InstantJson.parse(text);
            if (read != null) {
                assertThat(read).isEqualTo(instant);
            } else {
                assertThat(seconds < FIRST || seconds >= END).as(text).isTrue();
            }
        }
    }

    @Test
    void theEdgesOfTheFourDigitYearsAndEveryFractionLength() {
        for (String text : new String[] {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
            "2024-02-29T12:00:00.5Z", "2026-01-07T08:56:50.12Z", "2026-01-07T08:56:50.1234Z", "1969-12-31T23:59:59.000001Z"}) {
            assertThat(InstantJson.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherFormToTheGeneralParser() {
        for (String text : new String[] {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
            "2016-12-31T23:59:60Z", "2026-01-01T00:00:00+01:00", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00.Z",
            "2026-01-01T00:00:00.1234567890Z", "+10000-01-01T00:00:00Z", "2026-01-01T00:00:00z", "1767225600",
            "2026-0a-01T00:00:00Z", ""}) {
            assertThat(InstantJson.parse(text)).as(text).isNull();
        }
    }
}
