package org.grounded.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The index in a folder: kept between runs, brought in step, rebuilt silently when damaged or gone. */
class SearchIndexFolderTest {

    @TempDir
    Path cache;

    private final SearchStudy study = new SearchStudy();

    private Path folder() {
        return cache.resolve("index-v" + SearchIndex.INDEX_VERSION);
    }

    private void buildAndClose() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.update(study.project, Progress.NONE)).isEqualTo(new IndexUpdate(3, 0, 0));
        }
    }

    private static int hitCount(SearchIndex index, SearchStudy study) throws IOException {
        return index.search(study.project, SearchRequest.of("bank OR banco")).totalHits();
    }

    @Test
    void aReopenedIndexIsReusedAndOnlyChangedDocumentsAreIndexedAgain() throws IOException {
        buildAndClose();
        study.project.apply(EntityEdit.builder("Remove").remove(study.siti).remove(study.malay).build());
        study.project.apply(EntityEdit.update("Language", study.spanish, study.spanish.withLanguage("en")));

        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.update(study.project, Progress.NONE)).isEqualTo(new IndexUpdate(1, 1, 1));
            assertThat(hitCount(index, study)).isEqualTo(4);
        }
    }

    @Test
    void aDeletedFolderIsRebuiltSilently() throws IOException {
        buildAndClose();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder());

        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.update(study.project, Progress.NONE)).isEqualTo(new IndexUpdate(3, 0, 0));
            assertThat(hitCount(index, study)).isEqualTo(5);
        }
    }

    @Test
    void aCorruptedFolderIsRebuiltSilently() throws IOException {
        buildAndClose();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder())) {
            files = listing.filter(file -> !file.getFileName().toString().equals("write.lock")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x5A;
            Files.write(file, bytes);
        }

        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.update(study.project, Progress.NONE)).isEqualTo(new IndexUpdate(3, 0, 0));
            assertThat(hitCount(index, study)).isEqualTo(5);
        }
    }

    @Test
    void aFolderOfGarbageIsRebuiltSilently() throws IOException {
        Files.createDirectories(folder());
        Files.writeString(folder().resolve("segments_1"), "not an index");

        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.update(study.project, Progress.NONE)).isEqualTo(new IndexUpdate(3, 0, 0));
            assertThat(hitCount(index, study)).isEqualTo(5);
        }
    }

    @Test
    void aFolderHeldByAnotherGroundedLeavesItAloneAndSearchesFromMemory() throws IOException {
        try (SearchIndex first = SearchIndex.open(folder()); SearchIndex second = SearchIndex.open(folder())) {
            first.update(study.project, Progress.NONE);
            assertThat(second.update(study.project, Progress.NONE)).isEqualTo(new IndexUpdate(3, 0, 0));
            assertThat(hitCount(second, study)).isEqualTo(5);
            assertThat(hitCount(first, study)).isEqualTo(5);
        }
    }

    @Test
    void eachProjectHasItsOwnFolderNamedWithTheIndexVersion() {
        Path one = IndexLocation.forProject(Path.of("a", "study.grounded"));
        Path other = IndexLocation.forProject(Path.of("b", "study.grounded"));

        assertThat(one).isNotEqualTo(other);
        assertThat(one.getFileName().toString()).endsWith("-v" + SearchIndex.INDEX_VERSION);
    }
}
