package org.grounded.ui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.grounded.export.table.ExportFormat;

import static org.grounded.ui.i18n.Localization.lang;

/** The export buttons of an analysis window ("CSV", "XLSX"…) and "Copy". */
public final class ExportBar extends HBox {

    /**
     * @param idPrefix  "citations": the buttons get ids such as {@code citations-export-csv}
     * @param available disables the buttons while there is nothing to export
     * @param copy      null for no Copy button
     */
    public ExportBar(String idPrefix, List<ExportFormat> formats, Consumer<ExportFormat> export, Runnable copy,
                     ObservableBooleanValue available) {
        super(6);
        getStyleClass().add("export-bar");
        setAlignment(Pos.CENTER_RIGHT);
        setMinWidth(USE_PREF_SIZE);
        for (ExportFormat format : formats) {
            Button button = new Button(label(format));
            button.setId(idPrefix + "-export-" + format.option());
            button.setTooltip(new Tooltip(lang("Save as %0…", AnalysisExporter.describe(format))));
            button.setOnAction(event -> export.accept(format));
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.disableProperty().bind(javafx.beans.binding.Bindings.not(available));
            getChildren().add(button);
        }
        if (copy != null) {
            Button button = new Button(lang("Copy"));
            button.setId(idPrefix + "-copy");
            button.getStyleClass().add("copy-button");
            button.setTooltip(new Tooltip(lang("Copy as a table to paste into Word, a spreadsheet or an e-mail")));
            button.setOnAction(event -> copy.run());
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.disableProperty().bind(javafx.beans.binding.Bindings.not(available));
            getChildren().add(button);
        }
    }

    static String label(ExportFormat format) {
        return format == ExportFormat.MARKDOWN ? "Markdown" : format.option().toUpperCase(Locale.ROOT); // NON-NLS: a format's name
    }
}
