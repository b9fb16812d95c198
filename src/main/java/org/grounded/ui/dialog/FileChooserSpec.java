package org.grounded.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a file chooser shows: its title, where it starts, a suggested file name and the filters.
 *
 * @param initialFolder the folder to start in, if it still exists
 */
public record FileChooserSpec(String title, Optional<Path> initialFolder, String initialFileName,
                              List<FileFilter> filters) {

    public FileChooserSpec {
        initialFileName = initialFileName == null ? "" : initialFileName;
        filters = List.copyOf(filters);
    }

    /** A filter such as "Grounded projects (*.grounded)". */
    public record FileFilter(String description, List<String> extensions) {

        public FileFilter {
            extensions = List.copyOf(extensions);
        }

        /** The glob patterns JavaFX wants: {@code *.grounded}. */
        public List<String> patterns() {
            return extensions.stream().map(extension -> "*." + extension).toList();
        }

        public boolean accepts(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
        }
    }
}
