package org.grounded.ui.analysis.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.analysis.citations.AttributeCondition;
import org.grounded.analysis.citations.CitationFilter;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.ColumnKind;
import org.grounded.analysis.citations.ColumnsBy;
import org.grounded.analysis.citations.RowCodes;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.analysis.citations.SubCodes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.CodingLevel;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.common.CodingLevelNames;
import org.grounded.ui.analysis.CoderSelection;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The options of the citations table as the options bar edits them, and the
 * {@link CitationTableRequest} they stand for. The choices (groups, attributes, their values)
 * follow the open project; a choice that disappears (a deleted group) falls back to "all".
 */
public final class CitationOptions {

    public static final int MAX_TOP = 99;

    private final ObjectProperty<ColumnKind> columns = new SimpleObjectProperty<>(this, "columns", ColumnKind.PARTICIPANT);
    private final ObjectProperty<String> columnAttribute = new SimpleObjectProperty<>(this, "columnAttribute", "");
    private final ObjectProperty<RowCodes> rows = new SimpleObjectProperty<>(this, "rows", RowCodes.ALL_CODES);
    private final ObjectProperty<Choice<CodingLevel>> level = new SimpleObjectProperty<>(this, "level", anyLevel());
    private final BooleanProperty includeSubCodes = new SimpleBooleanProperty(this, "includeSubCodes", true);
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", CitationTableRequest.DEFAULT_TOP);
    private final ObjectProperty<Choice<UUID>> codeGroup = new SimpleObjectProperty<>(this, "codeGroup", allCodes());
    private final ObjectProperty<Choice<UUID>> documentGroup =
            new SimpleObjectProperty<>(this, "documentGroup", allDocuments());
    private final ObjectProperty<Choice<UUID>> participantGroup =
            new SimpleObjectProperty<>(this, "participantGroup", allParticipants());
    private final ObjectProperty<Choice<String>> filterAttribute =
            new SimpleObjectProperty<>(this, "filterAttribute", anyAttribute());
    private final ObjectProperty<String> filterValue = new SimpleObjectProperty<>(this, "filterValue", "");
    private final CoderSelection coders = new CoderSelection();

    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableList<Choice<CodingLevel>> levels = FXCollections.observableArrayList();
    private final ObservableList<Choice<UUID>> codeGroups = FXCollections.observableArrayList(List.of(allCodes()));
    private final ObservableList<Choice<UUID>> documentGroups =
            FXCollections.observableArrayList(List.of(allDocuments()));
    private final ObservableList<Choice<UUID>> participantGroups =
            FXCollections.observableArrayList(List.of(allParticipants()));
    private final ObservableList<Choice<String>> filterAttributes =
            FXCollections.observableArrayList(List.of(anyAttribute()));
    private final ObservableList<String> filterValues = FXCollections.observableArrayList();
    private List<AttributeDefinition> definitions = List.of();
    private Project project;

    // The choices without a value, in the window's language (records: each equals any other made alike).
    static Choice<CodingLevel> anyLevel() {
        return Choice.none(lang("Any level"));
    }

    static Choice<UUID> allCodes() {
        return Choice.none(lang("All codes"));
    }

    static Choice<UUID> allDocuments() {
        return Choice.none(lang("All documents"));
    }

    static Choice<UUID> allParticipants() {
        return Choice.none(lang("All participants"));
    }

    static Choice<String> anyAttribute() {
        return Choice.none(lang("No attribute filter"));
    }

    public CitationOptions() {
        levels.add(anyLevel());
        for (CodingLevel value : CodingLevel.values()) {
            levels.add(new Choice<>(value, CodingLevelNames.coding(value)));
        }
        filterAttribute.addListener((observable, before, after) -> fillFilterValues());
        columns.addListener((observable, before, after) -> {
            if (after == ColumnKind.ATTRIBUTE && columnAttribute.get().isEmpty() && !attributes.isEmpty()) {
                columnAttribute.set(attributes.get(0));
            }
        });
    }

    /** Every option, for one listener that recomputes when any changes. */
    public List<Observable> all() {
        return List.of(columns, columnAttribute, rows, level, includeSubCodes, top, codeGroup, documentGroup,
                participantGroup, filterAttribute, filterValue, coders.filterProperty());
    }

    /** Whose codings the table counts: every coder's unless some are chosen (team coding). */
    public CoderSelection coders() {
        return coders;
    }

    /**
     * The request the options stand for, in code-tree order (the window sorts the rows itself).
     *
     * @throws IllegalArgumentException when columns by attribute have no attribute to use
     */
    public CitationTableRequest request() {
        ColumnsBy columnsBy = switch (columns.get()) {
            case PARTICIPANT -> ColumnsBy.participants();
            case DOCUMENT -> ColumnsBy.documents();
            case PARTICIPANT_GROUP -> ColumnsBy.participantGroups();
            case ATTRIBUTE -> {
                if (columnAttribute.get() == null || columnAttribute.get().isBlank()) {
                    throw new IllegalArgumentException(lang("The project has no participant attributes to make columns of; choose columns by participant, document or group."));
                }
                yield ColumnsBy.attribute(columnAttribute.get());
            }
        };
        CitationFilter filter = CitationFilter.NONE
                .withLevels(level.get().selected().map(List::of).orElse(List.of()))
                .withCodeGroups(codeGroup.get().selected().map(List::of).orElse(List.of()))
                .withDocumentGroups(documentGroup.get().selected().map(List::of).orElse(List.of()))
                .withParticipantGroups(participantGroup.get().selected().map(List::of).orElse(List.of()));
        Optional<String> attribute = filterAttribute.get().selected();
        if (attribute.isPresent() && filterValue.get() != null && !filterValue.get().isEmpty()) {
            filter = filter.withAttributeConditions(List.of(new AttributeCondition(attribute.get(), filterValue.get())));
        }
        return new CitationTableRequest(columnsBy, rows.get(),
                includeSubCodes.get() ? SubCodes.INCLUDED : SubCodes.EXCLUDED, filter, Math.max(0, top.get()),
                RowOrder.codeTree());
    }

    /** Reads the project's groups and attributes; keeps the choices that still exist. */
    public void refreshChoices(Project newProject) {
        project = newProject;
        coders.refresh(newProject);
        definitions = newProject == null ? List.of() : ParticipantAttributes.all(newProject);
        List<String> names = definitions.stream().map(AttributeDefinition::name).toList();
        if (!attributes.equals(names)) {
            attributes.setAll(names);
        }
        if (!names.contains(columnAttribute.get())) {
            columnAttribute.set(names.isEmpty() ? "" : names.get(0));
        }
        refill(codeGroups, codeGroup, allCodes(), GroupKind.CODE);
        refill(documentGroups, documentGroup, allDocuments(), GroupKind.DOCUMENT);
        refill(participantGroups, participantGroup, allParticipants(), GroupKind.PARTICIPANT);
        List<Choice<String>> attributeChoices = new ArrayList<>();
        attributeChoices.add(anyAttribute());
        names.forEach(name -> attributeChoices.add(new Choice<>(name, name)));
        if (!filterAttributes.equals(attributeChoices)) {
            filterAttributes.setAll(attributeChoices);
        }
        filterAttribute.set(Choice.sameOrFirst(attributeChoices, filterAttribute.get()));
        fillFilterValues();
    }

    private void refill(ObservableList<Choice<UUID>> list, ObjectProperty<Choice<UUID>> selected, Choice<UUID> all,
                        GroupKind kind) {
        List<Choice<UUID>> choices = new ArrayList<>();
        choices.add(all);
        if (project != null) {
            for (Group group : project.groups(kind)) {
                choices.add(new Choice<>(group.id(), group.name()));
            }
        }
        if (!list.equals(choices)) {
            list.setAll(choices);
        }
        selected.set(Choice.sameOrFirst(choices, selected.get()));
    }

    private void fillFilterValues() {
        Optional<String> name = filterAttribute.get() == null ? Optional.empty() : filterAttribute.get().selected();
        List<String> values = name.flatMap(n -> definitions.stream().filter(d -> d.name().equals(n)).findFirst())
                .map(definition -> ParticipantAttributes.orderedLabels(definition, project.participants()))
                .orElse(List.of());
        if (!filterValues.equals(values)) {
            filterValues.setAll(values);
        }
        if (!values.contains(filterValue.get())) {
            filterValue.set(values.isEmpty() ? "" : values.get(0));
        }
    }

    public ObjectProperty<ColumnKind> columnsProperty() {
        return columns;
    }

    /** The participant attribute whose values become columns (for columns by attribute). */
    public ObjectProperty<String> columnAttributeProperty() {
        return columnAttribute;
    }

    public ObjectProperty<RowCodes> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Choice<CodingLevel>> levelProperty() {
        return level;
    }

    public BooleanProperty includeSubCodesProperty() {
        return includeSubCodes;
    }

    /** How many of the largest values each column marks. */
    public IntegerProperty topProperty() {
        return top;
    }

    public ObjectProperty<Choice<UUID>> codeGroupProperty() {
        return codeGroup;
    }

    public ObjectProperty<Choice<UUID>> documentGroupProperty() {
        return documentGroup;
    }

    public ObjectProperty<Choice<UUID>> participantGroupProperty() {
        return participantGroup;
    }

    public ObjectProperty<Choice<String>> filterAttributeProperty() {
        return filterAttribute;
    }

    public ObjectProperty<String> filterValueProperty() {
        return filterValue;
    }

    public ObservableList<String> attributes() {
        return attributes;
    }

    public ObservableList<Choice<CodingLevel>> levels() {
        return levels;
    }

    public ObservableList<Choice<UUID>> codeGroups() {
        return codeGroups;
    }

    public ObservableList<Choice<UUID>> documentGroups() {
        return documentGroups;
    }

    public ObservableList<Choice<UUID>> participantGroups() {
        return participantGroups;
    }

    public ObservableList<Choice<String>> filterAttributes() {
        return filterAttributes;
    }

    /** The values of the filter's attribute, in display order. */
    public ObservableList<String> filterValues() {
        return filterValues;
    }
}
