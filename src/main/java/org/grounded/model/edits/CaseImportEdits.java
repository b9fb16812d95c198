package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.Entity;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * Cases from a spreadsheet in one undoable edit: each row names a participant (created when the
 * project has nobody of that name, whatever the case) or a document (which must exist), and its
 * cells set the attributes, which are defined when new. Re-importing updates values, never
 * duplicates anyone; an empty (missing) cell clears the value, since the sheet is the source. A
 * row with a problem is skipped whole, never half applied, and reported with its number.
 */
public final class CaseImportEdits {

    private CaseImportEdits() {
    }

    public static CaseImportResult importCases(Project project, AttributeScope scope, List<CaseColumn> columns,
                                               List<CaseRow> rows) {
        Draft draft = Draft.of(project);
        Map<String, AttributeDefinition> definitions = defineAttributes(draft, scope, columns);
        Map<String, Integer> seen = new HashMap<>();
        List<CaseImportResult.Outcome> outcomes = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (CaseRow row : rows) {
            String name = row.name().strip();
            Optional<String> problem = row.problems().stream().findFirst();
            if (problem.isEmpty() && name.isEmpty()) {
                problem = Optional.of("the row has no name");
            }
            Integer first = name.isEmpty() ? null : seen.putIfAbsent(name.toLowerCase(Locale.ROOT), row.number());
            if (problem.isEmpty() && first != null) {
                problem = Optional.of("the name '" + name + "' is already in row " + first);
            }
            Optional<? extends Entity> owner = Optional.empty();
            if (problem.isEmpty()) {
                owner = find(draft, scope, name);
                if (owner.isEmpty() && scope == AttributeScope.DOCUMENT) {
                    problem = Optional.of("the project has no document named '" + name + "'");
                }
            }
            if (problem.isPresent()) {
                outcomes.add(new CaseImportResult.Outcome(row.number(), name, CaseImportResult.Action.SKIPPED,
                        problem.get()));
                continue;
            }
            Entity target = owner.isPresent() ? owner.get() : Participant.of(name);
            Map<String, AttributeValue> values = new LinkedHashMap<>(attributes(target));
            for (CaseColumn column : columns) {
                AttributeDefinition definition = definitions.get(column.name().toLowerCase(Locale.ROOT));
                values.keySet().removeIf(key -> key.equalsIgnoreCase(definition.name()));
                AttributeValue value = row.values().get(column.name());
                if (value != null) {
                    values.put(definition.name(), category(draft, definitions, definition, value));
                }
            }
            if (owner.isEmpty()) {
                draft.add(((Participant) target).withAttributes(values));
                added++;
                outcomes.add(new CaseImportResult.Outcome(row.number(), name, CaseImportResult.Action.ADDED, ""));
            } else if (!values.equals(attributes(target))) {
                draft.update(withAttributes(target, values));
                updated++;
                outcomes.add(new CaseImportResult.Outcome(row.number(), target.label(),
                        CaseImportResult.Action.UPDATED, ""));
            } else {
                outcomes.add(new CaseImportResult.Outcome(row.number(), target.label(),
                        CaseImportResult.Action.UNCHANGED, ""));
            }
        }
        EditName name = scope == AttributeScope.PARTICIPANT
                ? EditName.of("Import participants from a spreadsheet (%0 added, %1 updated)", added, updated)
                : EditName.of("Import documents from a spreadsheet (%0 added, %1 updated)", added, updated);
        return new CaseImportResult(draft.buildIfChanged(name), outcomes);
    }

    /** The attribute of each column, keyed by lower-case name: an existing one, or a new definition. */
    private static Map<String, AttributeDefinition> defineAttributes(Draft draft, AttributeScope scope,
                                                                     List<CaseColumn> columns) {
        Map<String, AttributeDefinition> result = new LinkedHashMap<>();
        for (CaseColumn column : columns) {
            String key = column.name().strip().toLowerCase(Locale.ROOT);
            AttributeDefinition definition = draft.all(AttributeDefinition.class).stream()
                    .filter(d -> d.scope() == scope && d.name().equalsIgnoreCase(column.name().strip()))
                    .findFirst().orElse(null);
            if (definition == null) {
                definition = new AttributeDefinition(UUID.randomUUID(), column.name().strip(), column.type(), scope,
                        "", List.of());
                draft.add(definition);
            } else if (definition.type() != column.type()) {
                throw new IllegalArgumentException("The column '" + column.name() + "' holds " + describe(column.type())
                        + " but the attribute '" + definition.name() + "' holds " + describe(definition.type()));
            }
            result.put(key, definition);
        }
        return result;
    }

    /** A category value takes the category's spelling, or is added to the categories. */
    private static AttributeValue category(Draft draft, Map<String, AttributeDefinition> definitions,
                                           AttributeDefinition definition, AttributeValue value) {
        if (definition.type() != AttributeType.CATEGORY) {
            return new AttributeValue(definition.type(), value.value());
        }
        AttributeDefinition current = definitions.get(definition.name().toLowerCase(Locale.ROOT));
        Optional<String> known = current.categories().stream().filter(value.value()::equalsIgnoreCase).findFirst();
        if (known.isPresent()) {
            return AttributeValue.category(known.get());
        }
        List<String> categories = new ArrayList<>(current.categories());
        categories.add(value.value());
        AttributeDefinition grown = new AttributeDefinition(current.id(), current.name(), current.type(),
                current.scope(), current.description(), categories);
        draft.update(grown);
        definitions.put(current.name().toLowerCase(Locale.ROOT), grown);
        return AttributeValue.category(value.value());
    }

    private static String describe(AttributeType type) {
        return switch (type) {
            case NUMBER -> "numbers";
            case DATE -> "dates";
            case CATEGORY -> "categories";
            case TEXT -> "text";
        };
    }

    private static Optional<? extends Entity> find(Draft draft, AttributeScope scope, String name) {
        List<? extends Entity> owners = scope == AttributeScope.PARTICIPANT ? draft.all(Participant.class)
                : draft.all(Document.class);
        return owners.stream().filter(owner -> owner.label().equalsIgnoreCase(name)).findFirst();
    }

    private static Map<String, AttributeValue> attributes(Entity owner) {
        return owner instanceof Participant participant ? participant.attributes() : ((Document) owner).attributes();
    }

    private static Entity withAttributes(Entity owner, Map<String, AttributeValue> values) {
        return owner instanceof Participant participant ? participant.withAttributes(values)
                : ((Document) owner).withAttributes(values);
    }
}
