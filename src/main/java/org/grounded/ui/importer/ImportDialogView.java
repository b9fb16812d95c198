package org.grounded.ui.importer;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.grounded.io.transcript.SpeakerRole;
import org.grounded.ui.i18n.ChoiceLabels;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The import dialog: who speaks in the files being imported, and which participant each speaker
 * is. Edits go straight into the {@link ImportDialogViewModel}'s rows.
 */
public final class ImportDialogView extends Dialog<Boolean> {

    public ImportDialogView(ImportDialogViewModel viewModel) {
        setTitle(lang("Import transcripts"));
        setHeaderText(lang("Who is speaking?"));
        setResizable(true);

        Label intro = new Label(lang("%0. Choose a role for each speaker; participants are matched by name, and new names create new participants.",
                viewModel.summary()));
        intro.setWrapText(true);
        intro.setMinHeight(Label.USE_PREF_SIZE);

        TableView<SpeakerRow> table = new TableView<>(viewModel.rows());
        table.setId("import-speakers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                textColumn(lang("File"), 170, row -> row.documentName()),
                textColumn(lang("Speaker"), 170, SpeakerRow::speakerLabel),
                textColumn(lang("Turns"), 64, row -> row.isWholeDocument() ? "–" : Integer.toString(row.turns())),
                roleColumn(),
                participantColumn(viewModel),
                textColumn(lang("Why"), 220, SpeakerRow::proposal)));
        table.setPrefHeight(320);

        Label problem = new Label();
        problem.getStyleClass().add("problem-label");
        problem.textProperty().bind(viewModel.problemProperty());

        VBox content = new VBox(10, intro, table, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1100, 540);

        ButtonType importButton = new ButtonType(lang("Import"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        getDialogPane().lookupButton(importButton).disableProperty().bind(viewModel.validProperty().not());
        setResultConverter(button -> button == importButton);
    }

    private static TableColumn<SpeakerRow, String> textColumn(String title, double width,
                                                            java.util.function.Function<SpeakerRow, String> text) {
        TableColumn<SpeakerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<SpeakerRow, SpeakerRow> roleColumn() {
        TableColumn<SpeakerRow, SpeakerRow> column = new TableColumn<>(lang("Role"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new RoleCell());
        column.setPrefWidth(160);
        column.setMinWidth(150);
        column.setMaxWidth(200);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<SpeakerRow, SpeakerRow> participantColumn(ImportDialogViewModel viewModel) {
        TableColumn<SpeakerRow, SpeakerRow> column = new TableColumn<>(lang("Participant"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new ParticipantCell(viewModel));
        column.setPrefWidth(260);
        column.setSortable(false);
        return column;
    }

    /** A role chooser bound to its row. */
    private static final class RoleCell extends TableCell<SpeakerRow, SpeakerRow> {
        private final ComboBox<SpeakerRole> combo = new ComboBox<>();
        private SpeakerRow bound;

        RoleCell() {
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setMinWidth(Region.USE_PREF_SIZE);
            combo.getStyleClass().add("role-choice");
        }

        @Override
        protected void updateItem(SpeakerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound.roleProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            combo.setConverter(roleNames(row.isWholeDocument()));
            combo.getItems().setAll(row.isWholeDocument()
                    ? List.of(SpeakerRole.PARTICIPANT, SpeakerRole.UNASSIGNED)
                    : List.of(SpeakerRole.PARTICIPANT, SpeakerRole.INTERVIEWER, SpeakerRole.UNASSIGNED));
            combo.valueProperty().bindBidirectional(row.roleProperty());
            bound = row;
            setGraphic(combo);
        }
    }

    private static StringConverter<SpeakerRole> roleNames(boolean wholeDocument) {
        return ChoiceLabels.of(role -> switch (role) {
            case PARTICIPANT -> lang("Participant");
            case INTERVIEWER -> lang("Interviewer");
            case UNASSIGNED -> wholeDocument ? lang("No participant") : lang("Unassigned");
        });
    }

    /** An editable participant name, offering the names already known. */
    private static final class ParticipantCell extends TableCell<SpeakerRow, SpeakerRow> {
        private final ComboBox<String> combo = new ComboBox<>();
        private SpeakerRow bound;
        private final ChangeListener<String> toRow = (observable, before, after) -> {
            if (bound != null && after != null) {
                bound.participantNameProperty().set(after);
            }
        };
        private final ChangeListener<String> fromRow = (observable, before, after) -> {
            if (after != null && !after.equals(combo.getEditor().getText())) {
                combo.setValue(after);
                combo.getEditor().setText(after);
            }
        };

        ParticipantCell(ImportDialogViewModel viewModel) {
            combo.setEditable(true);
            combo.setItems(viewModel.participantNames());
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.getStyleClass().add("participant-choice");
            combo.valueProperty().addListener(toRow);
            combo.getEditor().textProperty().addListener(toRow);
        }

        @Override
        protected void updateItem(SpeakerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                combo.disableProperty().unbind();
                bound.participantNameProperty().removeListener(fromRow);
            }
            bound = null;
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            combo.setValue(row.participantNameProperty().get());
            combo.getEditor().setText(row.participantNameProperty().get());
            combo.disableProperty().bind(row.roleProperty().isNotEqualTo(SpeakerRole.PARTICIPANT));
            bound = row;
            row.participantNameProperty().addListener(fromRow);
            setGraphic(combo);
        }
    }
}
