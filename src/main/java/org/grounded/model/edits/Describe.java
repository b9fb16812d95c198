package org.grounded.model.edits;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Entity;
import org.grounded.model.Quotation;
import org.grounded.model.RelationType;

/** Wording shared by edit descriptions ("Undo Merge 'Fears' into 'Obstacles'") and messages. */
final class Describe {

    /** Names listed one by one in a description before it says "3 codes" instead. */
    private static final int MAX_LISTED = 3;

    private Describe() {
    }

    static String quoted(String name) {
        return "'" + name + "'";
    }

    /** "'Fears'", "'Fears', 'Hope'" or "4 codes". */
    static String names(Collection<String> names, String pluralNoun) {
        if (names.size() > MAX_LISTED) {
            return names.size() + " " + pluralNoun;
        }
        return String.join(", ", names.stream().map(Describe::quoted).toList());
    }

    /** "1 relation", "3 relations". */
    static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    static String kind(Class<? extends Entity> kind) {
        if (kind == RelationType.class) {
            return "relation type";
        }
        if (kind == AttributeDefinition.class) {
            return "attribute";
        }
        return kind.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** "code 'Fears'", "document 'Interview 1'", "quotation". */
    static String what(Entity entity) {
        String kind = kind(entity.getClass());
        return entity instanceof Quotation ? kind : kind + " " + quoted(entity.label());
    }

    static List<String> labels(Collection<? extends Entity> entities) {
        return entities.stream().map(Entity::label).toList();
    }
}
