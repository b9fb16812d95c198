package org.grounded.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void projectsAndRefiProjectsAreRecognisedInAnyCase() {
        assertThat(FileNames.isProjectFile("study.grounded")).isTrue();
        assertThat(FileNames.isProjectFile("Study.GROUNDED")).isTrue();
        assertThat(FileNames.isProjectFile("study.qdpx")).isFalse();
        assertThat(FileNames.isRefiProject("atlas export.QDPX")).isTrue();
        assertThat(FileNames.isRefiProject(Path.of("/tmp/nvivo.qdpx"))).isTrue();
        assertThat(FileNames.isRefiProject("codebook.qdc")).isFalse();
        assertThat(FileNames.isRefiProject("qdpx")).isFalse();
        assertThat(FileNames.isRefiProject(Path.of("/"))).isFalse();
    }
}
