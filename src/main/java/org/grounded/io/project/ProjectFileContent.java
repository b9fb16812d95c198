package org.grounded.io.project;

import java.util.ArrayList;
import java.util.List;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.ImportedForm;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;
import org.grounded.model.StopWordChanges;
import org.grounded.model.StopWords;

/**
 * The top level of a project file, in the order it is written. The entries are the model's own
 * records, each list in the project's order so that a changed project changes few lines. The
 * built-in relation types are written too: the file then explains every relation by itself.
 * Last comes how an imported project's file wrote things (schema 6), for a faithful export.
 */
record ProjectFileContent(int schemaVersion, String generator, ProjectInfo project,
                          List<AttributeDefinition> attributeDefinitions, List<RelationType> relationTypes,
                          List<Document> documents, List<Participant> participants, List<Code> codes,
                          List<Quotation> quotations, List<Relation> relations, List<Group> groups,
                          List<SavedNetwork> networks, List<Memo> memos, List<StopWordChanges> stopWords,
                          ImportedForm importedForm) {

    ProjectFileContent {
        if (project == null) {
            throw new IllegalArgumentException("there is no \"project\" entry with the project's name");
        }
        attributeDefinitions = present(attributeDefinitions, "attributeDefinitions");
        relationTypes = present(relationTypes, "relationTypes");
        documents = present(documents, "documents");
        participants = present(participants, "participants");
        codes = present(codes, "codes");
        quotations = present(quotations, "quotations");
        relations = present(relations, "relations");
        groups = present(groups, "groups");
        networks = present(networks, "networks");
        memos = present(memos, "memos");
        stopWords = present(stopWords, "stopWords");
        importedForm = importedForm == null ? ImportedForm.NONE : importedForm;
    }

    static ProjectFileContent of(Project project, int schemaVersion, String generator) {
        return new ProjectFileContent(schemaVersion, generator, project.info(),
                List.copyOf(project.attributeDefinitions()), List.copyOf(project.relationTypes()),
                List.copyOf(project.documents()), List.copyOf(project.participants()), List.copyOf(project.codes()),
                List.copyOf(project.quotations()), List.copyOf(project.relations()), List.copyOf(project.groups()),
                List.copyOf(project.networks()), List.copyOf(project.memos()), project.stopWords().languages(),
                project.importedForm().keepOnly(project::contains));
    }

    /** The project's stop-word changes (none in a file from before schema version 5). */
    StopWords stopWordChanges() {
        return new StopWords(stopWords);
    }

    /** Every entity, in the order {@link Project#restore} adds them back. */
    List<Entity> entities() {
        List<Entity> entities = new ArrayList<>();
        entities.addAll(attributeDefinitions);
        entities.addAll(relationTypes);
        entities.addAll(documents);
        entities.addAll(participants);
        entities.addAll(codes);
        entities.addAll(quotations);
        entities.addAll(relations);
        entities.addAll(groups);
        entities.addAll(networks);
        entities.addAll(memos);
        return entities;
    }

    /** A missing list is an empty one; a {@code null} entry in a list is damage, not an entity. */
    private static <T> List<T> present(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        for (int index = 0; index < values.size(); index++) {
            if (values.get(index) == null) {
                throw new IllegalArgumentException("entry " + index + " of \"" + name + "\" is null");
            }
        }
        return List.copyOf(values);
    }
}
