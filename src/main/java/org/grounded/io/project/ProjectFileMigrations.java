package org.grounded.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrades the JSON tree of a project file written with an older schema to the current one, one
 * version at a time, before it is mapped onto the model. Files are never rewritten here: the
 * upgraded form reaches the disk only when the user saves.
 *
 * <p>To introduce schema version 2: write {@code private static ObjectNode toVersion2(ObjectNode root)}
 * that turns a version-1 tree into a version-2 tree, add {@code ProjectFileMigrations::toVersion2}
 * to {@link #STEPS}, and keep a version-1 test file that still opens. The current version follows
 * from the number of steps, so it cannot be raised without a migration.
 */
final class ProjectFileMigrations {

    /** One upgrade, from the version before it to its own. */
    @FunctionalInterface
    interface Step {
        ObjectNode upgrade(ObjectNode root);
    }

    static final String VERSION_FIELD = "schemaVersion";
    static final int FIRST_VERSION = 1;

    /** {@code STEPS.get(i)} upgrades version {@code FIRST_VERSION + i} to the next. */
    private static final List<Step> STEPS = List.of(ProjectFileMigrations::toVersion2,
            ProjectFileMigrations::toVersion3, ProjectFileMigrations::toVersion4, ProjectFileMigrations::toVersion5,
            ProjectFileMigrations::toVersion6, ProjectFileMigrations::toVersion7);

    static final int CURRENT_VERSION = FIRST_VERSION + STEPS.size();

    private static final Logger LOG = LoggerFactory.getLogger(ProjectFileMigrations.class);

    private final List<Step> steps;

    /**
     * Version 2 keeps saved networks (a "networks" list between "groups" and "memos"). A version-1
     * project had none; the list is put in its place so the tree reads as a version-2 file would.
     */
    static ObjectNode toVersion2(ObjectNode root) {
        if (root.has("networks")) {
            throw new IllegalArgumentException("it says it is of schema version 1 but holds \"networks\", which came with version 2");
        }
        ObjectNode upgraded = root.objectNode();
        root.fields().forEachRemaining(field -> {
            if (field.getKey().equals("memos")) {
                upgraded.putArray("networks");
            }
            upgraded.set(field.getKey(), field.getValue());
        });
        if (!upgraded.has("networks")) {
            upgraded.putArray("networks");
        }
        return upgraded;
    }

    /**
     * Version 3 keeps, per quotation, a name (empty unless an imported selection had one) and one
     * coding per code with its own coder and time (decision 0022). A version-2 quotation had
     * neither: every code was applied by the quotation's coder when it was made, so each gets
     * that stamp.
     */
    static ObjectNode toVersion3(ObjectNode root) {
        JsonNode quotations = root.get("quotations");
        if (quotations == null || !quotations.isArray()) {
            return root;
        }
        for (JsonNode node : quotations) {
            if (!(node instanceof ObjectNode quotation)) {
                continue;
            }
            if (quotation.has("codings")) {
                throw new IllegalArgumentException("it says it is of schema version 2 but a quotation holds \"codings\", which came with version 3");
            }
            quotation.put("name", "");
            ArrayNode codings = quotation.putArray("codings");
            JsonNode codeIds = quotation.get("codeIds");
            if (codeIds != null && codeIds.isArray()) {
                for (JsonNode codeId : codeIds) {
                    ObjectNode coding = codings.addObject();
                    coding.set("codeId", codeId);
                    coding.set("coder", quotation.get("coder"));
                    coding.set("createdAt", quotation.get("createdAt"));
                }
            }
        }
        return root;
    }

    /**
     * Version 4 keeps a number attribute's saved ranges ("ranges": "20,30,40" on an attribute
     * definition, issue 12, decision 0019). A version-3 attribute had none: each gets
     * "ranges": "" after its other fields.
     */
    static ObjectNode toVersion4(ObjectNode root) {
        for (JsonNode definition : root.path("attributeDefinitions")) {
            if (definition instanceof ObjectNode object) {
                if (object.has("ranges")) {
                    throw new IllegalArgumentException("it says it is of schema version 3 but an attribute holds "
                            + "\"ranges\", which came with version 4");
                }
                object.put("ranges", "");
            }
        }
        return root;
    }

    /**
     * Version 5 keeps the project's changes to the built-in stop-word lists of word frequencies
     * ("stopWords": a list of {"language", "added", "removed"}, issue 10). A version-4 project had
     * none and follows the built-in lists: it gets an empty list at the end.
     */
    static ObjectNode toVersion5(ObjectNode root) {
        if (root.has("stopWords")) {
            throw new IllegalArgumentException("it says it is of schema version 4 but holds \"stopWords\", which came with version 5");
        }
        root.putArray("stopWords");
        return root;
    }

    /**
     * Version 6 keeps how an imported project's file wrote what Grounded holds in its own form
     * ("importedForm" at the end: GUID spellings, codes without colour, empty descriptions,
     * rich-text files; issue 20, decision 0028). A version-5 project kept none of it: it gets an
     * empty one, and exports as it did before.
     */
    static ObjectNode toVersion6(ObjectNode root) {
        if (root.has("importedForm")) {
            throw new IllegalArgumentException("it says it is of schema version 5 but holds \"importedForm\", which came with version 6");
        }
        ObjectNode form = root.putObject("importedForm");
        form.putObject("guids");
        form.putObject("users");
        form.putArray("uncolouredCodes");
        form.putArray("emptyDescriptions");
        form.put("emptyDescription", false);
        form.putObject("richTexts");
        return root;
    }

    /**
     * Version 7 keeps what kind of writing each memo is ("kind": MEMO, FIELD_NOTE or JOURNAL after
     * its links; issue 11). A version-6 memo had no kind: each becomes an analytic memo.
     */
    static ObjectNode toVersion7(ObjectNode root) {
        for (JsonNode memo : root.path("memos")) {
            if (memo instanceof ObjectNode object) {
                if (object.has("kind")) {
                    throw new IllegalArgumentException("it says it is of schema version 6 but a memo holds "
                            + "\"kind\", which came with version 7");
                }
                object.put("kind", "MEMO");
            }
        }
        return root;
    }

    ProjectFileMigrations() {
        this(STEPS);
    }

    /** With other steps, so that the stepping itself can be tested before there is a version 2. */
    ProjectFileMigrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The newest version this program reads and the one it writes. */
    int currentVersion() {
        return FIRST_VERSION + steps.size();
    }

    /**
     * Brings a tree of the given version (between {@link #FIRST_VERSION} and {@link #currentVersion()})
     * up to the current version.
     */
    ObjectNode upgrade(ObjectNode root, int version) {
        if (version < FIRST_VERSION || version > currentVersion()) {
            throw new IllegalArgumentException("No upgrade from schema version " + version);
        }
        ObjectNode current = root;
        for (int from = version; from < currentVersion(); from++) {
            LOG.info("Upgrading a project file from schema version {} to {}", from, from + 1);
            current = steps.get(from - FIRST_VERSION).upgrade(current);
            current.put(VERSION_FIELD, from + 1);
        }
        return current;
    }
}
