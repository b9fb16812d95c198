package org.grounded.ui.refi;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.RefiImportReport;
import org.grounded.ui.common.Formats;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The question a .qdpx import asks when the archive points to files on this computer, outside the
 * archive: which files, and whether to read them. Reading them is off until the user ticks the box,
 * so that an archive from someone else never reads the user's files without being asked.
 */
public final class ExternalSourcesViewModel {

    private final RefiImportReport report;
    private final BooleanProperty read = new SimpleBooleanProperty(false);

    public ExternalSourcesViewModel(RefiImportReport report) {
        this.report = report;
    }

    public String title() {
        return lang("Files outside the archive");
    }

    public String message() {
        int count = report.external().size();
        return count == 1
                ? lang("%0 points to a file on this computer, outside the archive. Grounded has not read it. Read it only if you trust where the archive came from and know these files; otherwise the project opens without it.",
                        report.file().getFileName())
                : lang("%0 points to %1 files on this computer, outside the archive. Grounded has not read them. Read them only if you trust where the archive came from and know these files; otherwise the project opens without them.",
                        report.file().getFileName(), count);
    }

    /** One line per file: what points to it, and where it is. */
    public List<RefiImportReport.ExternalFile> files() {
        return report.external();
    }

    public String checkboxLabel() {
        int count = report.external().size();
        return count == 1 ? lang("Read this file into the project") : lang("Read these %0 files into the project", count);
    }

    /** Whether the user chose to read the files; false until they tick the box. */
    public BooleanProperty readProperty() {
        return read;
    }

    /** What the import should do, as the user chose. */
    public ExternalSources choice() {
        return read.get() ? ExternalSources.READ : ExternalSources.LEFT_OUT;
    }
}
