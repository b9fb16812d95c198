package org.grounded.model;

import java.time.Instant;
import java.util.Objects;

/** The project's own name and description. */
public record ProjectInfo(String name, String description, Instant createdAt) {

    public ProjectInfo {
        Objects.requireNonNull(createdAt, "createdAt");
        name = Names.require(name, "project");
        description = Copies.text(description);
    }

    public static ProjectInfo named(String name) {
        return new ProjectInfo(name, "", Instant.now());
    }
}
