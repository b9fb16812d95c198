package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * Attributes of participants (and of documents): defining and deleting an attribute, and setting a
 * value. Values are kept under the attribute's name. A value is checked against the attribute's
 * type; for a category attribute, a value typed that is not yet one of its categories is added to
 * the categories in the same edit (as one types a new answer into a table cell), and a value that
 * matches a category but for case takes the category's spelling, so "Donor" and "donor" never
 * become two groups in a table.
 */
public final class AttributeEdits {

    private AttributeEdits() {
    }

    /** A new attribute; names are unique within a scope, whatever their case. */
    public static EntityEdit define(Project project, String name, AttributeType type, AttributeScope scope,
                                    Collection<String> categories) {
        Draft draft = Draft.of(project);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An attribute needs a name");
        }
        String wanted = name.strip();
        draft.all(AttributeDefinition.class).stream()
                .filter(other -> other.scope() == scope && other.name().equalsIgnoreCase(wanted))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException("There is already an attribute named '" + other.name() + "'");
                });
        List<String> values = type == AttributeType.CATEGORY ? distinctCategories(categories) : List.of();
        draft.add(new AttributeDefinition(UUID.randomUUID(), wanted, type, scope, "", values));
        return draft.build(EditName.of("Add attribute '%0'", wanted));
    }

    /**
     * Groups a number attribute's values into ranges wherever a category is used, or ("") stops
     * grouping them. The text is kept as written; {@code analysis.AttributeBins} reads it, and the
     * caller checks it reads before asking for the edit. Empty when the ranges are the same.
     *
     * @throws IllegalArgumentException when the attribute is not a number attribute
     */
    public static Optional<EntityEdit> setRanges(Project project, UUID definitionId, String ranges) {
        Draft draft = Draft.of(project);
        AttributeDefinition definition = draft.require(AttributeDefinition.class, definitionId);
        AttributeDefinition grouped = definition.withRanges(ranges);
        draft.update(grouped);
        return draft.buildIfChanged(grouped.hasRanges()
                ? EditName.of("Group %0 into the ranges %1", definition.name(), grouped.ranges())
                : EditName.of("Stop grouping %0 into ranges", definition.name()));
    }

    /** Deletes an attribute together with its values on every participant (or document) in one edit. */
    public static EntityEdit delete(Project project, UUID definitionId) {
        Draft draft = Draft.of(project);
        AttributeDefinition definition = draft.require(AttributeDefinition.class, definitionId);
        for (Entity owner : owners(draft, definition.scope())) {
            Map<String, AttributeValue> values = attributes(owner);
            if (values.containsKey(definition.name())) {
                Map<String, AttributeValue> remaining = new LinkedHashMap<>(values);
                remaining.remove(definition.name());
                draft.update(withAttributes(owner, remaining));
            }
        }
        draft.detach(definition.id());
        draft.remove(definition);
        return draft.build(EditName.of("Delete attribute '%0'", definition.name()));
    }

    /**
     * Sets the value of an attribute for a participant (or, for a document attribute, a document)
     * from what the user typed; a blank value clears it. Empty when the value is the same.
     *
     * @throws IllegalArgumentException when the text is not a value of the attribute's type
     */
    public static Optional<EntityEdit> setValue(Project project, UUID ownerId, UUID definitionId, String typed) {
        if (typed == null || typed.isBlank()) {
            return clearValue(project, ownerId, definitionId);
        }
        Draft draft = Draft.of(project);
        AttributeDefinition definition = draft.require(AttributeDefinition.class, definitionId);
        Entity owner = requireOwner(draft, definition, ownerId);
        String text = typed.strip();
        AttributeValue value;
        try {
            value = new AttributeValue(definition.type(), text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(definition.name() + ": " + e.getMessage(), e);
        }
        if (definition.type() == AttributeType.CATEGORY) {
            Optional<String> known = definition.categories().stream().filter(c -> c.equalsIgnoreCase(text)).findFirst();
            if (known.isPresent()) {
                value = AttributeValue.category(known.get());
            } else {
                List<String> categories = new ArrayList<>(definition.categories());
                categories.add(text);
                draft.update(new AttributeDefinition(definition.id(), definition.name(), definition.type(),
                        definition.scope(), definition.description(), categories));
            }
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>(attributes(owner));
        values.put(definition.name(), value);
        draft.update(withAttributes(owner, values));
        return draft.buildIfChanged(EditName.of("Set %0 of '%1' to '%2'", definition.name(), owner.label(), value));
    }

    /** Removes a participant's (or document's) value of an attribute. Empty when it has none. */
    public static Optional<EntityEdit> clearValue(Project project, UUID ownerId, UUID definitionId) {
        Draft draft = Draft.of(project);
        AttributeDefinition definition = draft.require(AttributeDefinition.class, definitionId);
        Entity owner = requireOwner(draft, definition, ownerId);
        Map<String, AttributeValue> values = new LinkedHashMap<>(attributes(owner));
        values.remove(definition.name());
        draft.update(withAttributes(owner, values));
        return draft.buildIfChanged(EditName.of("Clear %0 of '%1'", definition.name(), owner.label()));
    }

    private static Entity requireOwner(Draft draft, AttributeDefinition definition, UUID ownerId) {
        Class<? extends Entity> kind = definition.scope() == AttributeScope.PARTICIPANT ? Participant.class
                : Document.class;
        return draft.find(kind, ownerId).orElseThrow(() -> new IllegalArgumentException("'" + definition.name()
                + "' is an attribute of " + Describe.kind(kind) + "s"));
    }

    private static List<? extends Entity> owners(Draft draft, AttributeScope scope) {
        return scope == AttributeScope.PARTICIPANT ? draft.all(Participant.class) : draft.all(Document.class);
    }

    private static Map<String, AttributeValue> attributes(Entity owner) {
        return owner instanceof Participant participant ? participant.attributes() : ((Document) owner).attributes();
    }

    private static Entity withAttributes(Entity owner, Map<String, AttributeValue> values) {
        return owner instanceof Participant participant ? participant.withAttributes(values)
                : ((Document) owner).withAttributes(values);
    }

    private static List<String> distinctCategories(Collection<String> categories) {
        List<String> result = new ArrayList<>();
        for (String category : new LinkedHashSet<>(categories == null ? List.<String>of() : categories)) {
            String value = category == null ? "" : category.strip();
            if (!value.isEmpty() && result.stream().noneMatch(value::equalsIgnoreCase)) {
                result.add(value);
            }
        }
        return result;
    }
}
