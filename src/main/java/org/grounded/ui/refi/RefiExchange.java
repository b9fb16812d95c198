package org.grounded.ui.refi;

import java.io.IOException;
import java.nio.file.Path;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.QdcExporter;
import org.grounded.io.refi.QdcImporter;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.io.refi.QdpxPositions;
import org.grounded.io.refi.QdpxImporter;
import org.grounded.io.refi.RefiCodebookImport;
import org.grounded.io.refi.RefiExportReport;
import org.grounded.io.refi.RefiImportException;
import org.grounded.io.refi.RefiProjectImport;
import org.grounded.model.Progress;
import org.grounded.model.Project;

/**
 * What the window needs from the REFI-QDA importers and exporters (see {@code org.grounded.io.refi});
 * tests substitute their own. Every method runs on the calling thread: the window calls them in
 * the background, exports with a copy of the project.
 */
public interface RefiExchange {

    /** The project extension other tools write and read. */
    String PROJECT_EXTENSION = "qdpx";
    /** The codebook extension. */
    String CODEBOOK_EXTENSION = "qdc";

    /** Reads a .qdpx file as a new, unsaved project, reading the files outside the archive only when allowed. */
    RefiProjectImport readProject(Path file, ExternalSources external, Progress progress) throws RefiImportException;

    RefiCodebookImport readCodebook(Path file) throws RefiImportException;

    RefiExportReport exportProject(Project project, Path target, Progress progress) throws IOException;

    /** With the positions counted as chosen (code points, the standard; or UTF-16 units for NVivo). */
    default RefiExportReport exportProject(Project project, Path target, QdpxPositions positions, Progress progress)
            throws IOException {
        return exportProject(project, target, progress);
    }

    /** @throws IllegalArgumentException when the project has no codes */
    RefiExportReport exportCodebook(Project project, Path target) throws IOException;

    /** The importers and exporters of {@code org.grounded.io.refi}. */
    static RefiExchange standard() {
        return new RefiExchange() {
            @Override
            public RefiProjectImport readProject(Path file, ExternalSources external, Progress progress)
                    throws RefiImportException {
                return new QdpxImporter().read(file, external, progress);
            }

            @Override
            public RefiCodebookImport readCodebook(Path file) throws RefiImportException {
                return new QdcImporter().read(file);
            }

            @Override
            public RefiExportReport exportProject(Project project, Path target, Progress progress) throws IOException {
                return new QdpxExporter().export(project, target, progress);
            }

            @Override
            public RefiExportReport exportProject(Project project, Path target, QdpxPositions positions,
                                                  Progress progress) throws IOException {
                return new QdpxExporter().export(project, target, positions, progress);
            }

            @Override
            public RefiExportReport exportCodebook(Project project, Path target) throws IOException {
                return new QdcExporter().export(project, target);
            }
        };
    }
}
