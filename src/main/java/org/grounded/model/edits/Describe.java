package org.grounded.model.edits;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Quotation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;

/** Wording shared by edit descriptions ("Undo Merge 'Fears' into 'Obstacles'") and messages. */
final class Describe {

    /** Names listed one by one in a description before it says "3 codes" instead. */
    private static final int MAX_LISTED = 3;

    private Describe() {
    }

    static String quoted(String name) {
        return "'" + name + "'";
    }

    /**
     * "'Fears'", "'Fears', 'Hope'" (the names as they are), or {@code many} ("4 codes") when there
     * are more than a few: an argument of an {@link EditName}.
     */
    static Object names(Collection<String> names, EditName many) {
        if (names.size() > MAX_LISTED) {
            return many;
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

    /** "code 'Fears'", "document 'Interview 1'", "quotation": an argument of an {@link EditName}. */
    static EditName what(Entity entity) {
        String label = entity.label();
        if (entity instanceof Quotation) {
            return EditName.of("quotation");
        } else if (entity instanceof Code) {
            return EditName.of("code '%0'", label);
        } else if (entity instanceof Document) {
            return EditName.of("document '%0'", label);
        } else if (entity instanceof Participant) {
            return EditName.of("participant '%0'", label);
        } else if (entity instanceof Group) {
            return EditName.of("group '%0'", label);
        } else if (entity instanceof Memo) {
            return EditName.of("memo '%0'", label);
        } else if (entity instanceof SavedNetwork) {
            return EditName.of("network '%0'", label);
        } else if (entity instanceof RelationType) {
            return EditName.of("relation type '%0'", label);
        } else if (entity instanceof AttributeDefinition) {
            return EditName.of("attribute '%0'", label);
        }
        return EditName.of("relation '%0'", label);
    }

    static List<String> labels(Collection<? extends Entity> entities) {
        return entities.stream().map(Entity::label).toList();
    }
}
