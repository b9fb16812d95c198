package org.grounded.io.refi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.w3c.dom.Element;

/**
 * Reads Variables and their values on Cases and Sources into attribute definitions and typed
 * values. REFI-QDA types map to Grounded's as: Text → TEXT; Boolean → CATEGORY with the values
 * "true" and "false" (a yes/no attribute is a two-valued category to split tables by);
 * Integer and Float → NUMBER; Date → DATE; DateTime → DATE when every value is at midnight
 * (tools write dates that way), otherwise TEXT holding the date-time as written, so nothing is
 * lost. A variable used on both cases and sources becomes two attributes, one per scope.
 */
final class VariableReader {

    private record Declaration(UUID id, String name, String type, String description,
                               GroundedExtension.VariableData extra) {
    }

    private record RawValue(AttributeScope scope, UUID ownerId, String variable, String text) {
    }

    private final RefiIds ids;
    private final ImportLog log;
    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final Set<String> derived = new java.util.HashSet<>();
    private final List<RawValue> values = new ArrayList<>();
    private final List<AttributeDefinition> definitions = new ArrayList<>();
    private final Map<UUID, Map<String, AttributeValue>> valuesByOwner = new HashMap<>();

    VariableReader(RefiIds ids, ImportLog log) {
        this.ids = ids;
        this.log = log;
    }

    void readDeclarations(Element variables) {
        for (Element variable : Dom.children(variables, "Variable")) {
            String guid = Dom.attribute(variable, "guid").orElse("variable:" + declarations.size());
            UUID id = ids.claim(RefiIds.Kind.VARIABLE, guid);
            String name = Dom.attribute(variable, "name").orElse("Variable " + (declarations.size() + 1));
            GroundedExtension.VariableData extra =
                    GroundedExtension.read(variable, GroundedExtension.VariableData.class, log).orElse(null);
            if (extra != null && GroundedExtension.VariableData.PARTICIPANT_GROUPS.equals(extra.derived())) {
                // Written for other tools; the groups themselves come back from the Sets.
                derived.add(RefiValues.key(guid));
                continue;
            }
            declarations.put(RefiValues.key(guid), new Declaration(id, name,
                    Dom.attribute(variable, "typeOfVariable").orElse("Text"), Dom.childText(variable, "Description"), extra));
        }
    }

    /** Collects the VariableValue children of a case or source. */
    void readValues(Element owner, AttributeScope scope, UUID ownerId) {
        for (Element value : Dom.children(owner, "VariableValue")) {
            Optional<String> variable = Dom.child(value, "VariableRef").flatMap(ref -> Dom.attribute(ref, "targetGUID"));
            if (variable.isPresent() && derived.contains(RefiValues.key(variable.get()))) {
                continue;
            }
            if (variable.isEmpty() || !declarations.containsKey(RefiValues.key(variable.get()))) {
                log.skip("attribute value", "it refers to a variable the file does not declare");
                continue;
            }
            for (String element : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
                    "DateTimeValue")) {
                Optional<Element> text = Dom.child(value, element);
                if (text.isPresent()) {
                    String content = text.get().getTextContent().strip();
                    if (!content.isEmpty()) {
                        values.add(new RawValue(scope, ownerId, RefiValues.key(variable.get()), content));
                    }
                    break;
                }
            }
        }
    }

    /** Makes the definitions once every value is read. */
    void finish() {
        Map<AttributeScope, Set<String>> taken = new EnumMap<>(AttributeScope.class);
        for (var entry : declarations.entrySet()) {
            Declaration declaration = entry.getValue();
            List<RawValue> own = values.stream().filter(v -> v.variable().equals(entry.getKey())).toList();
            Set<AttributeScope> scopes = new LinkedHashSet<>();
            own.forEach(v -> scopes.add(v.scope()));
            if (scopes.isEmpty()) {
                scopes.add(declaredScope(declaration));
            }
            AttributeType type = type(declaration, own);
            boolean first = true;
            for (AttributeScope scope : scopes) {
                UUID id = first ? declaration.id() : RefiValues.derived("variable-scope", declaration.id(), scope);
                first = false;
                String name = uniqueName(declaration.name(), taken.computeIfAbsent(scope, s -> new LinkedHashSet<>()));
                List<String> categories = new ArrayList<>(declaredCategories(declaration));
                for (RawValue raw : own) {
                    if (raw.scope() == scope) {
                        convert(declaration, type, raw.text()).ifPresent(value -> {
                            valuesByOwner.computeIfAbsent(raw.ownerId(), k -> new LinkedHashMap<>()).put(name, value);
                            if (type == AttributeType.CATEGORY && !categories.contains(value.value())) {
                                categories.add(value.value());
                            }
                        });
                    }
                }
                definitions.add(new AttributeDefinition(id, name, type, scope, declaration.description(),
                        type == AttributeType.CATEGORY ? categories : List.of()));
            }
        }
    }

    List<AttributeDefinition> definitions() {
        return List.copyOf(definitions);
    }

    /** The values of a case or source, by attribute name. */
    Map<String, AttributeValue> valuesOf(UUID ownerId) {
        return valuesByOwner.getOrDefault(ownerId, Map.of());
    }

    private String uniqueName(String name, Set<String> taken) {
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name + " (" + n + ")";
        }
        if (!unique.equals(name)) {
            log.note("Two variables are named '" + name + "'; the second became '" + unique + "'");
        }
        return unique;
    }

    private static AttributeScope declaredScope(Declaration declaration) {
        return declaration.extra() != null && "document".equalsIgnoreCase(declaration.extra().scope())
                ? AttributeScope.DOCUMENT : AttributeScope.PARTICIPANT;
    }

    private static List<String> declaredCategories(Declaration declaration) {
        if (declaration.extra() != null && declaration.extra().categories() != null) {
            return declaration.extra().categories();
        }
        return "boolean".equalsIgnoreCase(declaration.type()) ? List.of("true", "false") : List.of();
    }

    private AttributeType type(Declaration declaration, List<RawValue> own) {
        if (declaration.extra() != null && declaration.extra().type() != null) {
            try {
                return AttributeType.valueOf(declaration.extra().type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                log.note("Unknown attribute type '" + declaration.extra().type() + "' of '" + declaration.name() + "'");
            }
        }
        return switch (declaration.type().toLowerCase(Locale.ROOT)) {
            case "boolean" -> AttributeType.CATEGORY;
            case "integer", "float" -> AttributeType.NUMBER;
            case "date" -> AttributeType.DATE;
            case "datetime" -> own.stream().allMatch(v -> dateTime(v.text()).map(t -> t.toLocalTime().equals(LocalTime.MIDNIGHT))
                    .orElse(false)) ? AttributeType.DATE : AttributeType.TEXT;
            default -> AttributeType.TEXT;
        };
    }

    private Optional<AttributeValue> convert(Declaration declaration, AttributeType type, String text) {
        try {
            return Optional.of(switch (type) {
                case TEXT -> AttributeValue.text(text);
                case CATEGORY -> AttributeValue.category("boolean".equalsIgnoreCase(declaration.type()) ? bool(text) : text);
                case NUMBER -> new AttributeValue(AttributeType.NUMBER, text);
                case DATE -> AttributeValue.date(date(text));
            });
        } catch (IllegalArgumentException | DateTimeParseException e) {
            log.skip("attribute value", "it does not fit its variable's type (" + declaration.name() + ": '" + text + "')");
            return Optional.empty();
        }
    }

    private static String bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /** An xsd:date (which may carry a zone) or the date of an xsd:dateTime, as written. */
    private static LocalDate date(String text) {
        if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && (text.length() == 10
                || text.charAt(10) == 'T' || text.charAt(10) == 'Z' || text.charAt(10) == '+' || text.charAt(10) == '-')) {
            return LocalDate.parse(text.substring(0, 10));
        }
        throw new DateTimeParseException("not a date", text, 0);
    }

    private static Optional<LocalDateTime> dateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDateTime());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
