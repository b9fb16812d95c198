package org.grounded.ui.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.grounded.ui.common.ComboWidths;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.grounded.ui.common.ListDetailsPane;
import org.grounded.model.AttributeType;
import org.grounded.ui.common.ListSelection;
import org.grounded.ui.common.CommitOnPause;
import org.grounded.ui.participants.ParticipantsViewModel.AttributeRow;
import org.grounded.ui.participants.ParticipantsViewModel.Owner;
import org.grounded.ui.participants.ParticipantsViewModel.ParticipantRow;
import org.grounded.ui.participants.ParticipantsViewModel.SpeakerRow;
import org.grounded.ui.session.Editor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The Participants tab: the participants; the chosen one's name, attributes, groups and whole
 * documents; and below, every speaker found at import with whose turns they are (a participant,
 * the interviewer, or nobody yet).
 */
public final class ParticipantsView extends SplitPane {

    private final ParticipantsViewModel viewModel;
    private final ListView<ParticipantRow> list;
    private final TextField name = new TextField();
    private final CommitOnPause<UUID> nameCommit;
    private final GridPane attributes = new GridPane();
    private final VBox groups = new VBox(4);
    private final VBox documents = new VBox(4);
    /** The attribute fields shown, to commit what is still typed in them before saving or closing. */
    private final List<AttributeField> attributeFields = new ArrayList<>();
    private boolean updating;

    /** An attribute's editor and the value it showed. */
    private record AttributeField(UUID participantId, AttributeRow row, java.util.function.Supplier<String> typed) {
    }

    public ParticipantsView(ParticipantsViewModel viewModel, Editor editor) {
        this.viewModel = viewModel;
        setId("participants-view");
        getStyleClass().add("participants-view");
        setOrientation(Orientation.VERTICAL);

        Button add = new Button(lang("New participant…"));
        add.setId("new-participant");
        add.getStyleClass().add("pane-button");
        add.setOnAction(event -> viewModel.create());
        Button importCases = new Button(lang("Import from spreadsheet…"));
        importCases.setId("import-participants");
        importCases.getStyleClass().add("pane-button");
        importCases.setTooltip(new Tooltip(lang("Participants and their attributes from a CSV or Excel file: one row per participant, one column per attribute; importing again updates the values")));
        importCases.setOnAction(event -> viewModel.importFromSpreadsheet());
        list = ListDetailsPane.list(viewModel.participants(), "participant-list", view -> new ParticipantCell(),
                lang("No participants yet.\nThey are made when transcripts are imported, or with New participant."),
                ParticipantRow::id, viewModel.selectedProperty(), () -> updating);
        FlowPane buttons = new FlowPane(6, 6, add, importCases);
        VBox upper = new VBox(6, buttons, list);
        upper.getStyleClass().add("details-content");

        name.setId("participant-name");
        name.getStyleClass().add("memo-title");
        nameCommit = new CommitOnPause<>(name, editor, this::shownId, viewModel::rename);
        attributes.setId("participant-attributes");
        attributes.setHgap(8);
        attributes.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        attributes.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        Hyperlink newAttribute = link(lang("New attribute…"), viewModel::defineAttribute);
        Hyperlink newGroup = link(lang("New group…"), () -> viewModel.newGroup(shownId()));
        Button delete = new Button(lang("Delete participant"));
        delete.setId("delete-participant");
        delete.getStyleClass().add("pane-button");
        delete.setOnAction(event -> viewModel.delete(shownId()));
        VBox details = new VBox(6, name, section(lang("Attributes"), newAttribute), attributes, section(lang("Groups"), newGroup),
                groups, section(lang("Whole documents"), null), documents, delete);
        details.getStyleClass().add("details-content");
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        StackPane middle = ListDetailsPane.detailsOrHint(scroll, viewModel.detailsProperty(),
                lang("Choose a participant to edit their attributes, groups and documents."));

        ListView<SpeakerRow> speakers = new ListView<>(viewModel.speakers());
        speakers.setId("speaker-list");
        speakers.setCellFactory(view -> new SpeakerCell());
        speakers.setPlaceholder(new Label(lang("No speakers were found in the documents.")));
        VBox.setVgrow(speakers, Priority.ALWAYS);
        Label speakersTitle = new Label(lang("Speakers found at import"));
        speakersTitle.getStyleClass().add("details-section");
        VBox lower = new VBox(6, speakersTitle, speakers);
        lower.getStyleClass().add("details-content");

        getItems().addAll(upper, middle, lower);
        setDividerPositions(0.3, 0.68);

        editor.addPendingCommit(this::commitAttributes);
        viewModel.detailsProperty().addListener((observable, before, after) -> show(after));
        viewModel.participants().addListener((javafx.collections.ListChangeListener<ParticipantRow>) change ->
                reselect());
        show(viewModel.detailsProperty().get());
    }

    private UUID shownId() {
        return viewModel.detailsProperty().get() == null ? null : viewModel.detailsProperty().get().id();
    }

    private void show(ParticipantsViewModel.Details details) {
        commitAttributes();
        updating = true;
        try {
            nameCommit.show(details == null ? "" : details.name());
            attributes.getChildren().clear();
            attributeFields.clear();
            groups.getChildren().clear();
            documents.getChildren().clear();
            if (details == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            boolean editable = viewModel.canEdit();
            name.setEditable(editable);
            int row = 0;
            for (AttributeRow attribute : details.attributes()) {
                Label label = new Label(attribute.name());
                label.getStyleClass().add("details-muted");
                label.setMinWidth(Region.USE_PREF_SIZE);
                MenuItem remove = new MenuItem(lang("Delete attribute '%0'…", attribute.name()));
                remove.setOnAction(event -> viewModel.deleteAttribute(attribute.definitionId()));
                label.setContextMenu(new ContextMenu(remove));
                attributes.addRow(row++, label, attributeEditor(details.id(), attribute, editable));
            }
            if (details.attributes().isEmpty()) {
                Label none = new Label(lang("No attributes yet."));
                none.getStyleClass().add("details-muted");
                attributes.add(none, 0, 0, 2, 1);
            }
            for (ParticipantsViewModel.GroupRow group : details.groups()) {
                CheckBox box = new CheckBox(group.name());
                box.setMnemonicParsing(false);
                box.setSelected(group.member());
                box.setDisable(!editable);
                box.setOnAction(event -> viewModel.setGroup(details.id(), group.id(), box.isSelected()));
                groups.getChildren().add(box);
            }
            for (ParticipantsViewModel.DocumentRow document : details.documents()) {
                CheckBox box = new CheckBox(document.name());
                box.setMnemonicParsing(false);
                box.setSelected(document.assigned());
                box.setDisable(!editable);
                box.setTooltip(new Tooltip(lang("All of '%0' is this participant's (a one-to-one interview). For one speaker of a group interview, use the speakers below.",
                        document.name())));
                box.setOnAction(event -> viewModel.setDocument(details.id(), document.id(), box.isSelected()));
                documents.getChildren().add(box);
            }
        } finally {
            updating = false;
        }
        reselect();
    }

    /** A text field, or for a category attribute a box that offers the categories and takes new ones. */
    private Region attributeEditor(UUID participantId, AttributeRow attribute, boolean editable) {
        if (attribute.type() == AttributeType.CATEGORY) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(attribute.categories());
            box.setEditable(true);
            box.setValue(attribute.value());
            box.getEditor().setText(attribute.value());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setDisable(!editable);
            box.setOnAction(event -> commitAttribute(participantId, attribute, box.getEditor().getText()));
            box.getEditor().focusedProperty().addListener((observable, before, focused) -> {
                if (!focused) {
                    commitAttribute(participantId, attribute, box.getEditor().getText());
                }
            });
            attributeFields.add(new AttributeField(participantId, attribute, () -> box.getEditor().getText()));
            return box;
        }
        TextField field = new TextField(attribute.value());
        field.setPromptText(switch (attribute.type()) {
            case NUMBER -> lang("a number");
            case DATE -> lang("YYYY-MM-DD");
            default -> "";
        });
        field.setEditable(editable);
        field.setOnAction(event -> commitAttribute(participantId, attribute, field.getText()));
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                commitAttribute(participantId, attribute, field.getText());
            }
        });
        attributeFields.add(new AttributeField(participantId, attribute, field::getText));
        return field;
    }

    private void commitAttribute(UUID participantId, AttributeRow attribute, String typed) {
        if (!updating && !Objects.equals(typed == null ? "" : typed.strip(), attribute.value())) {
            viewModel.setAttribute(participantId, attribute.definitionId(), typed);
        }
    }

    /** Commits attribute values still being typed (before saving, closing, undoing, or showing another). */
    private void commitAttributes() {
        for (AttributeField field : List.copyOf(attributeFields)) {
            commitAttribute(field.participantId(), field.row(), field.typed().get());
        }
    }

    private void reselect() {
        UUID id = shownId();
        updating = true;
        try {
            ListSelection.select(list, ParticipantRow::id, id);
        } finally {
            updating = false;
        }
    }

    private static HBox section(String title, Hyperlink action) {
        Label label = new Label(title);
        label.getStyleClass().add("details-section");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = action == null ? new HBox(label) : new HBox(label, spacer, action);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(event -> action.run());
        return link;
    }

    /** Name above attributes and groups. */
    private static final class ParticipantCell extends ListCell<ParticipantRow> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(1, title, details);

        ParticipantCell() {
            title.getStyleClass().add("item-title");
            details.getStyleClass().add("item-details");
            details.managedProperty().bind(details.visibleProperty());
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(ParticipantRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.name());
            details.setText(row.details());
            details.setVisible(!row.details().isEmpty());
            setGraphic(box);
        }
    }

    /** "01-maria · María" and whose turns they are. */
    private final class SpeakerCell extends ListCell<SpeakerRow> {
        private final Label label = new Label();
        private final ComboBox<Owner> owner = ComboWidths.fromFirstRows(new ComboBox<>(viewModel.owners()));
        private final VBox box = new VBox(2, label, owner);
        private SpeakerRow shown;

        SpeakerCell() {
            label.getStyleClass().add("item-details");
            owner.setMaxWidth(Double.MAX_VALUE);
            owner.getStyleClass().add("field-combo");
            owner.setOnAction(event -> {
                if (shown != null && owner.getValue() != null && !owner.getValue().equals(shown.owner())) {
                    viewModel.assignSpeaker(shown, owner.getValue());
                }
            });
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(SpeakerRow row, boolean empty) {
            super.updateItem(row, empty);
            shown = null;
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            label.setText(row.label());
            owner.setValue(row.owner());
            owner.setDisable(!viewModel.canEdit());
            shown = row;
            setGraphic(box);
        }
    }
}
