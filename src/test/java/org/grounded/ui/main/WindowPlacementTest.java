package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.grounded.ui.main.WindowPlacement.Bounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1280, 0, 1920, 1080);
    private static final Bounds FALLBACK = new Bounds(38, 20, 1203, 760);

    @Test
    void aFirstStartFillsMostOfALaptopScreenCentred() {
        assertThat(Bounds.fitting(LAPTOP, 1440, 900)).isEqualTo(new Bounds(38, 20, 1203, 760));
        assertThat(Bounds.fitting(new Rectangle2D(0, 0, 2560, 1440), 1440, 900)).isEqualTo(new Bounds(560, 270, 1440, 900));
    }

    @Test
    void boundsOnAScreenThatStillExistsAreKept() {
        Bounds saved = new Bounds(1400, 100, 1000, 700);

        assertThat(saved.onto(List.of(LAPTOP, MONITOR_RIGHT), FALLBACK)).isEqualTo(saved);
    }

    @Test
    void boundsOnAMonitorThatIsGoneFallBackToTheLaptop() {
        Bounds saved = new Bounds(1400, 100, 1000, 700);

        assertThat(saved.onto(List.of(LAPTOP), FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkOntoIt() {
        Bounds saved = new Bounds(900, 300, 1800, 1000);

        assertThat(saved.onto(List.of(LAPTOP), FALLBACK)).isEqualTo(new Bounds(0, 0, 1280, 800));
    }

    @Test
    void aTitleBarAboveTheScreenDoesNotCount() {
        Bounds saved = new Bounds(100, -700, 1000, 600);

        assertThat(saved.onto(List.of(LAPTOP), FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void boundsAreReadBackAsWritten() {
        Bounds bounds = new Bounds(12.5, 40, 1100, 700);

        assertThat(Bounds.parse(bounds.text())).contains(bounds);
        assertThat(Bounds.parse("12,x,1,1")).isEmpty();
        assertThat(Bounds.parse("1,2,0,4")).isEmpty();
        assertThat(Bounds.parse(null)).isEmpty();
    }
}
