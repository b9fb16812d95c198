package org.grounded.ui.relations;

import org.grounded.model.RelationType;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * A relation type's linking words as the window shows them: the built-in types ("is cause of") in
 * the window's language, the researcher's own as they were typed. The project file, the command
 * line and the exports keep the built-in names in English (decision 0035).
 */
public final class RelationTypeNames {

    private RelationTypeNames() {
    }

    public static String of(RelationType type) {
        if (!type.builtIn()) {
            return type.name();
        }
        return switch (type.name()) {
            case "is associated with" -> lang("is associated with"); // NON-NLS: the model's English name, matched
            case "is cause of" -> lang("is cause of"); // NON-NLS: the model's English name, matched
            case "is part of" -> lang("is part of"); // NON-NLS: the model's English name, matched
            case "is property of" -> lang("is property of"); // NON-NLS: the model's English name, matched
            case "contradicts" -> lang("contradicts");
            default -> type.name();
        };
    }
}
