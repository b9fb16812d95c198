package org.grounded.io.refi;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QdpxArchiveTest {

    @Test
    void namesThatLeaveTheArchiveAreRecognisedAndOrdinaryOnesAreNot() {
        assertThat(List.of("../x", "a/../../x", "..\\x", "/etc/passwd", "\\\\server\\x", "C:\\Windows\\x", "a\0b", ""))
                .allMatch(QdpxArchive::escapes);
        assertThat(List.of("project.qde", "Sources/a.txt", "sources/..hidden.txt", "a/b/c.txt", "./project.qde"))
                .noneMatch(QdpxArchive::escapes);
    }
}
