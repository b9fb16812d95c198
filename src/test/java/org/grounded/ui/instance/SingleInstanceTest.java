package org.grounded.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two "instances" in one JVM: the running window's listener and a second start's hand-over. */
class SingleInstanceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path config;

    private final BlockingQueue<Path> opened = new LinkedBlockingQueue<>();

    @Test
    void aSecondStartHandsItsFileToTheRunningWindow() throws Exception {
        Path study = config.resolve("studies/donación.grounded");
        try (SingleInstance running = SingleInstance.listen(config, opened::add)) {
            SingleInstance.HandOver handOver = SingleInstance.handOver(config, study, TIMEOUT);

            assertThat(handOver.outcome()).isEqualTo(SingleInstance.Outcome.HANDED_OVER);
            assertThat(opened.poll(5, TimeUnit.SECONDS)).isEqualTo(study.toAbsolutePath().normalize());
            assertThat(SingleInstance.handOver(config, Path.of("other.qdpx"), TIMEOUT).outcome())
                    .isEqualTo(SingleInstance.Outcome.HANDED_OVER);
            assertThat(opened.poll(5, TimeUnit.SECONDS)).isEqualTo(Path.of("other.qdpx").toAbsolutePath().normalize());
        }
    }

    @Test
    void withoutARunningWindowTheStartOpensItsOwn() {
        assertThat(SingleInstance.handOver(config, Path.of("a.grounded"), TIMEOUT).outcome())
                .isEqualTo(SingleInstance.Outcome.NONE_RUNNING);
    }

    @Test
    void aPortFileLeftByACrashedWindowIsTakenAsNoneRunning() throws Exception {
        Path portFile = config.resolve(SingleInstance.FILE_NAME);
        try (SingleInstance crashed = SingleInstance.listen(config, opened::add)) {
            Files.copy(portFile, config.resolve("kept"));
        }
        Files.copy(config.resolve("kept"), portFile);

        assertThat(SingleInstance.handOver(config, Path.of("a.grounded"), TIMEOUT).outcome())
                .isEqualTo(SingleInstance.Outcome.NONE_RUNNING);
        Files.writeString(portFile, "not a port\n");
        assertThat(SingleInstance.handOver(config, Path.of("a.grounded"), TIMEOUT).outcome())
                .isEqualTo(SingleInstance.Outcome.NONE_RUNNING);
    }

    @Test
    void aConnectionWithoutTheTokenOpensNothing() throws Exception {
        try (SingleInstance running = SingleInstance.listen(config, opened::add);
             Socket intruder = new Socket(InetAddress.getLoopbackAddress(), running.port())) {
            OutputStream out = intruder.getOutputStream();
            out.write("GROUNDED-OPEN 1\n00000000000000000000000000000000\n/tmp/evil.grounded\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            intruder.setSoTimeout(5000);
            assertThat(intruder.getInputStream().read()).as("no answer, connection dropped").isEqualTo(-1);

            // The window still takes files from Grounded itself afterwards.
            assertThat(SingleInstance.handOver(config, Path.of("b.grounded"), TIMEOUT).outcome())
                    .isEqualTo(SingleInstance.Outcome.HANDED_OVER);
            assertThat(opened.poll(5, TimeUnit.SECONDS)).isEqualTo(Path.of("b.grounded").toAbsolutePath().normalize());
        }
        assertThat(opened).isEmpty();
    }

    @Test
    void theWindowListensOnlyOnLoopbackAndRemovesItsFileWhenItCloses() throws IOException {
        Path portFile = config.resolve(SingleInstance.FILE_NAME);
        try (SingleInstance running = SingleInstance.listen(config, opened::add)) {
            String[] entry = Files.readString(portFile).strip().split(" ");
            assertThat(Integer.parseInt(entry[0])).isEqualTo(running.port());
            assertThat(entry[1]).hasSize(32);
            if (Files.getFileAttributeView(portFile, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile)))
                        .isEqualTo("rw-------");
            }
        }
        assertThat(portFile).doesNotExist();
    }

    @Test
    void aLaterWindowTakesOverAndTheEarliersCloseLeavesItsFile() throws Exception {
        BlockingQueue<Path> later = new LinkedBlockingQueue<>();
        Path portFile = config.resolve(SingleInstance.FILE_NAME);
        SingleInstance first = SingleInstance.listen(config, opened::add);
        try (SingleInstance second = SingleInstance.listen(config, later::add)) {
            first.close();
            assertThat(portFile).exists();
            assertThat(SingleInstance.handOver(config, Path.of("c.grounded"), TIMEOUT).outcome())
                    .isEqualTo(SingleInstance.Outcome.HANDED_OVER);
            assertThat(later.poll(5, TimeUnit.SECONDS)).isEqualTo(Path.of("c.grounded").toAbsolutePath().normalize());
        }
        assertThat(opened).isEmpty();
    }
}
