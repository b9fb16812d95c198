package org.grounded.io.refi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real REFI-QDA exports kept outside the repository (their licences allow testing, not
 * redistribution): {@code ../shared/refi-qda/} beside the project, as on CI, or
 * {@code /work/shared/refi-qda}. Tests that need them are skipped where they are absent.
 */
final class SharedRefiSamples {

    private SharedRefiSamples() {
    }

    static Optional<Path> folder() {
        return Stream.of(Path.of("").toAbsolutePath().getParent().resolve("shared/refi-qda"), Path.of("/work/shared/refi-qda"))
                .filter(Files::isDirectory).findFirst();
    }

    /** The named sample; skips the calling test when the samples are not there. */
    static Path file(String name) {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent() && Files.isRegularFile(folder.get().resolve(name)),
                "shared/refi-qda/" + name + " not found, skipping");
        return folder.get().resolve(name);
    }

    static Path schema(String name) {
        return file("schema/" + name);
    }
}
