package org.grounded.io.refi;

import java.nio.file.*;
import org.grounded.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ScratchTest {
    @TempDir Path tmp;
    @Test
    void explore() throws Exception {
        RefiProjectImport first = new QdpxImporter().read(SharedRefiSamples.file("nvivo_win12.6_oltas_teszt.qdpx"), Progress.NONE);
        Path out = tmp.resolve("out.qdpx");
        new QdpxExporter().export(first.project(), out, Progress.NONE).lines().forEach(System.out::println);
        System.out.println(new String(RefiSchemas.entry(out, "project.qde"), "UTF-8").substring(0, 3000));
        RefiSchemas.validateProject(out);
        RefiProjectImport second = new QdpxImporter().read(out, Progress.NONE);
        second.report().lines().forEach(System.out::println);
        assertThat(second.project().info()).isEqualTo(first.project().info());
        assertThat(second.project().entities()).containsExactlyInAnyOrderElementsOf(first.project().entities());
    }
}
