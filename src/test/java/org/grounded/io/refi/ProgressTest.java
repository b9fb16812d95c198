package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.grounded.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports and exports report how far they got and stop when the user cancels. */
class ProgressTest {

    @TempDir
    Path folder;

    /** Records messages; says "cancelled" once it has seen {@code cancelAfter} updates. */
    private static final class RecordingProgress implements Progress {
        final List<String> messages = new ArrayList<>();
        private final int cancelAfter;

        RecordingProgress(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total, String message) {
            assertThat(done).isBetween(0L, total);
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return messages.size() >= cancelAfter;
        }
    }

    @Test
    void anImportNamesEachSourceAsItReadsIt() throws Exception {
        Path file = folder.resolve("rich.qdpx");
        new QdpxExporter().export(RichProjects.build(), file, Progress.NONE);
        RecordingProgress progress = new RecordingProgress(Integer.MAX_VALUE);

        new QdpxImporter().read(file, progress);

        assertThat(progress.messages).contains("Reading project.qde", "Reading 01 María", "Reading Facebook posts");
    }

    @Test
    void aCancelledImportStopsWithoutAProject() throws Exception {
        Path file = folder.resolve("rich.qdpx");
        new QdpxExporter().export(RichProjects.build(), file, Progress.NONE);

        assertThatThrownBy(() -> new QdpxImporter().read(file, new RecordingProgress(2)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path file = folder.resolve("cancelled.qdpx");

        assertThatThrownBy(() -> new QdpxExporter().export(RichProjects.build(), file, new RecordingProgress(1)))
                .isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
    }
}
