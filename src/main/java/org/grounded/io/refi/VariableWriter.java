package org.grounded.io.refi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Project;
import org.w3c.dom.Element;

/**
 * Writes attributes as REFI-QDA Variables and VariableValues. TEXT and CATEGORY are Text (the
 * category list travels in Grounded's instruction), NUMBER is Integer when every value is whole
 * and Float otherwise, DATE is Date. An attribute value without a definition (possible in a
 * hand-edited project) gets a Text variable of its own, so no value is lost.
 */
final class VariableWriter {

    private record Variable(UUID id, String name, AttributeType type, AttributeScope scope, String description,
                            List<String> categories, boolean integers) {
    }

    private final XmlOut xml;
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    /** Each participant's groups, as the "Group" case variable other tools read (Sets of cases they do not). */
    private final Map<UUID, String> groupValues = new LinkedHashMap<>();
    private final String groupVariableName;

    VariableWriter(Project project, XmlOut xml) {
        this.xml = xml;
        for (AttributeDefinition definition : project.attributeDefinitions()) {
            variables.put(key(definition.scope(), definition.name()), new Variable(definition.id(), definition.name(),
                    definition.type(), definition.scope(), definition.description(), definition.categories(), true));
        }
        project.participants().forEach(p -> p.attributes().forEach((name, value) -> see(AttributeScope.PARTICIPANT, name, value)));
        project.documents().forEach(d -> d.attributes().forEach((name, value) -> see(AttributeScope.DOCUMENT, name, value)));
        for (org.grounded.model.Participant participant : project.participants()) {
            List<String> names = project.groups().stream()
                    .filter(group -> group.kind() == org.grounded.model.GroupKind.PARTICIPANT
                            && group.memberIds().contains(participant.id()))
                    .map(org.grounded.model.Group::name).toList();
            if (!names.isEmpty()) {
                groupValues.put(participant.id(), String.join("; ", names));
            }
        }
        String name = "Group";
        for (int n = 2; variables.containsKey(key(AttributeScope.PARTICIPANT, name)); n++) {
            name = "Group (" + n + ")";
        }
        groupVariableName = name;
    }

    private static final UUID GROUP_VARIABLE = RefiValues.derived("participant-groups");

    private static String key(AttributeScope scope, String name) {
        return scope + ":" + name.toLowerCase(Locale.ROOT);
    }

    /** Notes a value: declares an undeclared attribute, and finds out whether a number variable holds only integers. */
    private void see(AttributeScope scope, String name, AttributeValue value) {
        Variable variable = variables.computeIfAbsent(key(scope, name), k -> new Variable(
                RefiValues.derived("attribute", scope, name), name, value.type(), scope, "", List.of(), true));
        if (variable.type() == AttributeType.NUMBER && value.type() == AttributeType.NUMBER && variable.integers()
                && new BigDecimal(value.value()).stripTrailingZeros().scale() > 0) {
            variables.put(key(scope, name), new Variable(variable.id(), variable.name(), variable.type(), scope,
                    variable.description(), variable.categories(), false));
        }
    }

    void writeDeclarations(Element root) {
        if (variables.isEmpty() && groupValues.isEmpty()) {
            return;
        }
        Element element = xml.add(root, "Variables");
        for (Variable variable : variables.values()) {
            Element declaration = xml.add(element, "Variable");
            XmlOut.set(declaration, "guid", variable.id());
            XmlOut.set(declaration, "name", variable.name());
            XmlOut.set(declaration, "typeOfVariable", refiType(variable));
            GroundedExtension.write(declaration, new GroundedExtension.VariableData(variable.type().name().toLowerCase(Locale.ROOT),
                    variable.scope().name().toLowerCase(Locale.ROOT), new ArrayList<>(variable.categories()), null));
            if (!variable.description().isEmpty()) {
                xml.add(declaration, "Description", variable.description());
            }
        }
        if (!groupValues.isEmpty()) {
            Element declaration = xml.add(element, "Variable");
            XmlOut.set(declaration, "guid", GROUP_VARIABLE);
            XmlOut.set(declaration, "name", groupVariableName);
            XmlOut.set(declaration, "typeOfVariable", "Text");
            GroundedExtension.write(declaration, new GroundedExtension.VariableData("text", "participant", List.of(),
                    GroundedExtension.VariableData.PARTICIPANT_GROUPS));
            xml.add(declaration, "Description", "The participant groups each case belongs to (Grounded's groups, joined with '; ')");
        }
    }

    /** The participant's groups as the value of the "Group" variable, when it belongs to any. */
    void writeGroupValue(Element owner, UUID participantId) {
        String value = groupValues.get(participantId);
        if (value != null) {
            Element element = xml.add(owner, "VariableValue");
            XmlOut.set(xml.add(element, "VariableRef"), "targetGUID", GROUP_VARIABLE);
            xml.add(element, "TextValue", value);
        }
    }

    void writeValues(Element owner, Map<String, AttributeValue> values, AttributeScope scope) {
        values.forEach((name, value) -> {
            Variable variable = variables.get(key(scope, name));
            Element element = xml.add(owner, "VariableValue");
            XmlOut.set(xml.add(element, "VariableRef"), "targetGUID", variable.id());
            String refiType = refiType(variable);
            boolean fits = value.type() == variable.type()
                    || value.type() == AttributeType.TEXT && variable.type() == AttributeType.CATEGORY
                    || value.type() == AttributeType.CATEGORY && variable.type() == AttributeType.TEXT;
            String valueElement = !fits ? "TextValue" : switch (refiType) {
                case "Integer" -> "IntegerValue";
                case "Float" -> "FloatValue";
                case "Date" -> "DateValue";
                default -> "TextValue";
            };
            xml.add(element, valueElement, value.value());
        });
    }

    private static String refiType(Variable variable) {
        return switch (variable.type()) {
            case NUMBER -> variable.integers() ? "Integer" : "Float";
            case DATE -> "Date";
            case TEXT, CATEGORY -> "Text";
        };
    }
}
