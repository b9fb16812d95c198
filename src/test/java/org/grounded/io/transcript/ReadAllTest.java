package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grounded.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAllTest {

    @TempDir
    Path folder;

    private final TranscriptImporter importer = new TranscriptImporter();

    @Test
    void aFailingFileIsSkippedWithItsReasonAndTheRestAreRead() {
        Path first = TestFiles.write(folder, "01-ana.txt", "Interviewer: hi\nAna: hello\n");
        Path binary = TestFiles.write(folder, "02-photo.txt", new byte[] {1, 0, 2, 0, 3});
        Path unsupported = TestFiles.write(folder, "03-notes.pages", "{\\rtf1 hi}");
        Path missing = folder.resolve("04-gone.md");
        Path last = TestFiles.write(folder, "05-bea.md", "Interviewer: hi\nBea: hello\n");

        TranscriptImportResult result = importer.readAll(List.of(first, binary, unsupported, missing, last), Progress.NONE);

        assertThat(result.imported()).extracting(ImportedTranscript::name).containsExactly("01-ana", "05-bea");
        assertThat(result.skipped()).extracting(SkippedFile::file).containsExactly(binary, unsupported, missing);
        assertThat(result.skipped()).extracting(SkippedFile::reason).satisfiesExactly(
                reason -> assertThat(reason).contains("02-photo.txt", "binary"),
                reason -> assertThat(reason).contains("03-notes.pages", "not supported"),
                reason -> assertThat(reason).contains("04-gone.md", "not found"));
    }

    @Test
    void progressCountsTheFilesAndEndsComplete() {
        Path first = TestFiles.write(folder, "a.txt", "one");
        Path second = TestFiles.write(folder, "b.txt", "two");
        RecordingProgress progress = new RecordingProgress(Integer.MAX_VALUE);

        importer.readAll(List.of(first, second), progress);

        assertThat(progress.updates).containsExactly("0/2 Reading a.txt", "1/2 Reading b.txt", "2/2 Read 2 of 2 files");
    }

    @Test
    void cancellingStopsBeforeTheNextFileAndReportsTheRestAsNotRead() {
        Path first = TestFiles.write(folder, "a.txt", "one");
        Path second = TestFiles.write(folder, "b.txt", "two");
        Path third = TestFiles.write(folder, "c.txt", "three");
        RecordingProgress progress = new RecordingProgress(1);

        TranscriptImportResult result = importer.readAll(List.of(first, second, third), progress);

        assertThat(result.imported()).extracting(ImportedTranscript::name).containsExactly("a");
        assertThat(result.skipped()).extracting(SkippedFile::file).containsExactly(second, third);
        assertThat(result.skipped()).allMatch(skipped -> skipped.reason().contains("cancelled"));
    }

    /** Records updates; reports cancelled once {@code filesBeforeCancel} files were started. */
    private static final class RecordingProgress implements Progress {
        private final List<String> updates = new ArrayList<>();
        private final int filesBeforeCancel;

        RecordingProgress(int filesBeforeCancel) {
            this.filesBeforeCancel = filesBeforeCancel;
        }

        @Override
        public void update(long done, long total, String message) {
            updates.add(done + "/" + total + " " + message);
        }

        @Override
        public boolean isCancelled() {
            return updates.size() >= filesBeforeCancel;
        }
    }
}
