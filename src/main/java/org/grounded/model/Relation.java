package org.grounded.model;

import java.util.Objects;
import java.util.UUID;

/** A named link between two codes, such as "Fears — is cause of → Obstacles". */
public record Relation(UUID id, UUID sourceCodeId, UUID targetCodeId, UUID typeId, String comment)
        implements Entity {

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceCodeId, "sourceCodeId");
        Objects.requireNonNull(targetCodeId, "targetCodeId");
        Objects.requireNonNull(typeId, "typeId");
        comment = Copies.text(comment);
    }

    public static Relation of(UUID sourceCodeId, UUID typeId, UUID targetCodeId) {
        return new Relation(UUID.randomUUID(), sourceCodeId, targetCodeId, typeId, "");
    }

    public boolean involves(UUID codeId) {
        return sourceCodeId.equals(codeId) || targetCodeId.equals(codeId);
    }

    @Override
    public String label() {
        return "relation";
    }
}
