package org.grounded.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules every change to a {@link Project} must keep: what an entity refers to exists (a
 * quotation's document and codes, a relation's codes and type, a group's members, a memo's
 * links, a saved network's nodes), quotations fit their documents' text, the code tree has no cycles, attribute names are
 * unique, built-in relation types stay as they are, and nothing in use is removed. The project
 * asks before every change it performs, so it never holds a broken state.
 */
final class ProjectIntegrity {

    private final Project project;

    ProjectIntegrity(Project project) {
        this.project = project;
    }

    /** Refuses an entity that refers to something the project lacks, or breaks a rule of its kind. */
    void check(Entity entity, Entity before) {
        if (entity instanceof Quotation quotation) {
            Document document = project.document(quotation.documentId()).orElseThrow(() ->
                    new IllegalArgumentException("A quotation refers to a document that is not in the project"));
            TextRanges.requireValid(document.text(), quotation.start(), quotation.end());
            quotation.codeIds().forEach(codeId -> requireExists(Code.class, codeId, "a quotation"));
        } else if (entity instanceof Document document) {
            for (Quotation quotation : project.quotationsIn(document.id())) {
                TextRanges.requireValid(document.text(), quotation.start(), quotation.end());
            }
        } else if (entity instanceof Code code) {
            checkParent(code);
        } else if (entity instanceof Relation relation) {
            requireExists(Code.class, relation.sourceCodeId(), "a relation");
            requireExists(Code.class, relation.targetCodeId(), "a relation");
            requireExists(RelationType.class, relation.typeId(), "a relation");
        } else if (entity instanceof Participant participant) {
            participant.documentIds().forEach(id -> requireExists(Document.class, id, participant.name()));
            participant.speakers().forEach(ref -> requireExists(Document.class, ref.documentId(), participant.name()));
        } else if (entity instanceof Group group) {
            Class<? extends Entity> memberKind = switch (group.kind()) {
                case CODE -> Code.class;
                case DOCUMENT -> Document.class;
                case PARTICIPANT -> Participant.class;
            };
            group.memberIds().forEach(id -> requireExists(memberKind, id, "group '" + group.name() + "'"));
        } else if (entity instanceof Memo memo) {
            for (UUID id : memo.linkedIds()) {
                if (!project.contains(id)) {
                    throw new IllegalArgumentException("Memo '" + memo.title() + "' is linked to something not in the project");
                }
            }
        } else if (entity instanceof SavedNetwork network) {
            checkNetwork(network);
        } else if (entity instanceof AttributeDefinition definition) {
            boolean clash = project.attributeDefinitions(definition.scope()).stream()
                    .anyMatch(other -> !other.id().equals(definition.id()) && other.name().equalsIgnoreCase(definition.name()));
            if (clash) {
                throw new IllegalArgumentException("There is already an attribute named '" + definition.name() + "'");
            }
        } else if (entity instanceof RelationType type && before instanceof RelationType old && old.builtIn()) {
            if (!type.equals(old)) {
                throw new IllegalArgumentException("The built-in relation type '" + old.name() + "' cannot be changed");
            }
        }
    }

    /**
     * A network's nodes are codes, participants, documents and participant groups of this project;
     * its settings name a code group or a code that is here.
     */
    private void checkNetwork(SavedNetwork network) {
        String user = "network '" + network.name() + "'";
        Set<UUID> nodes = new LinkedHashSet<>(network.memberIds());
        nodes.addAll(network.positions().keySet());
        for (UUID id : nodes) {
            Entity node = project.findAny(id).orElseThrow(() ->
                    new IllegalArgumentException(user + " shows something that is not in the project"));
            boolean drawable = node instanceof Code || node instanceof Participant || node instanceof Document
                    || (node instanceof Group group && group.kind() == GroupKind.PARTICIPANT);
            if (!drawable) {
                throw new IllegalArgumentException(user + " shows a " + node.getClass().getSimpleName().toLowerCase(
                        java.util.Locale.ROOT) + ", which is not a node of a network");
            }
        }
        NetworkSettings settings = network.settings();
        if (settings.codeSelection().equals("CODE_GROUP")) {
            Group group = project.find(Group.class, settings.codeSelectionId()).orElseThrow(() ->
                    new IllegalArgumentException(user + " shows a code group that is not in the project"));
            if (group.kind() != GroupKind.CODE) {
                throw new IllegalArgumentException(user + " shows the codes of a group that is not a code group");
            }
        } else if (settings.codeSelection().equals("SUBTREE")) {
            requireExists(Code.class, settings.codeSelectionId(), user);
        }
    }

    private void checkParent(Code code) {
        if (code.id().equals(code.parentId())) {
            throw new IllegalArgumentException("Code '" + code.name() + "' cannot be its own parent");
        }
        Set<UUID> seen = new HashSet<>();
        seen.add(code.id());
        UUID parentId = code.parentId();
        while (parentId != null) {
            if (!seen.add(parentId)) {
                throw new IllegalArgumentException("Code '" + code.name() + "' cannot be placed under its own sub-code");
            }
            Code parent = project.code(parentId).orElseThrow(() ->
                    new IllegalArgumentException("Code '" + code.name() + "' has a parent that is not in the project"));
            parentId = parent.parentId();
        }
    }

    /** Refuses to remove an entity that something else still uses, naming what. */
    void checkRemovable(Entity entity) {
        UUID id = entity.id();
        String what = entity.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " '" + entity.label() + "'";
        List<String> users = new ArrayList<>();
        if (entity instanceof Document) {
            if (project.hasQuotationsIn(id)) {
                users.add("quotations");
            }
            if (project.participants().stream().anyMatch(p -> p.documentIds().contains(id)
                    || p.speakers().stream().anyMatch(ref -> ref.documentId().equals(id)))) {
                users.add("participants");
            }
        } else if (entity instanceof Code) {
            if (project.quotationCount(id) > 0) {
                users.add("quotations");
            }
            if (project.isCategory(id)) {
                users.add("sub-codes");
            }
            if (project.relations().stream().anyMatch(relation -> relation.involves(id))) {
                users.add("relations");
            }
        } else if (entity instanceof RelationType type) {
            if (type.builtIn()) {
                users.add("the built-in types");
            }
            if (project.relations().stream().anyMatch(relation -> relation.typeId().equals(id))) {
                users.add("relations");
            }
        }
        if (project.groups().stream().anyMatch(group -> group.memberIds().contains(id))) {
            users.add("groups");
        }
        if (project.memos().stream().anyMatch(memo -> memo.linkedIds().contains(id))) {
            users.add("memos");
        }
        if (project.networks().stream().anyMatch(network -> network.refersTo(id))) {
            users.add("networks");
        }
        if (!users.isEmpty()) {
            throw new IllegalStateException("The " + what + " is still used by " + String.join(", ", users));
        }
    }

    private void requireExists(Class<? extends Entity> kind, UUID id, String user) {
        if (project.find(kind, id).isEmpty()) {
            throw new IllegalArgumentException(user + " refers to a " + kind.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " that is not in the project");
        }
    }
}
