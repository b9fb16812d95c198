package org.grounded.ui.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.files.AtomicFileWriter;

/**
 * The sample study that ships inside the jar, and its writable copy in the user's folder (the
 * bundled file cannot be opened for editing from inside the jar).
 */
public final class SampleStudy {

    public static final String RESOURCE = "/samples/milk-donation.grounded";

    private final Function<String, InputStream> resources;
    private final String resource;
    private final Path folder;

    /**
     * @param resources opens a class-path resource, null when it is missing
     * @param folder    where the copy goes, created when needed
     */
    public SampleStudy(Function<String, InputStream> resources, String resource, Path folder) {
        this.resources = Objects.requireNonNull(resources);
        this.resource = Objects.requireNonNull(resource);
        this.folder = Objects.requireNonNull(folder);
    }

    /** The bundled sample, copied to {@code ~/Grounded/Samples}. */
    public static SampleStudy bundled() {
        return new SampleStudy(SampleStudy.class::getResourceAsStream, RESOURCE,
                Path.of(System.getProperty("user.home"), "Grounded", "Samples")); // NON-NLS: a folder on disk
    }

    public String resource() {
        return resource;
    }

    /** Whether this build of Grounded includes the sample. */
    public boolean isAvailable() {
        try (InputStream in = resources.apply(resource)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the writable copy lives. */
    public Path copyLocation() {
        return folder.resolve(Path.of(resource).getFileName().toString());
    }

    /** The existing copy, if the user opened the sample before. */
    public Optional<Path> existingCopy() {
        Path copy = copyLocation();
        return Files.exists(copy) ? Optional.of(copy) : Optional.empty();
    }

    /**
     * Writes a fresh copy, replacing an older one (the caller asked the user first), through the
     * one {@link AtomicFileWriter}, so a failed copy never leaves half a project.
     */
    public Path writeCopy() throws IOException {
        Files.createDirectories(folder);
        Path target = copyLocation();
        try (InputStream in = resources.apply(resource)) {
            if (in == null) {
                throw new IOException("The sample study " + resource + " is not included in this build of Grounded");
            }
            AtomicFileWriter.withoutBackup().write(target, in::transferTo);
        }
        return target;
    }
}
