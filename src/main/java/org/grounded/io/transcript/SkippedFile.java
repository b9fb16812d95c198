package org.grounded.io.transcript;

import java.nio.file.Path;

/** A file a multi-file import passed over, and why, in words for the user. */
public record SkippedFile(Path file, String reason) {
}
