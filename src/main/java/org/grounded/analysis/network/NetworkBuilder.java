package org.grounded.analysis.network;

import org.grounded.model.Project;

/**
 * Builds a {@link CodeNetwork} from a project. Weights come from the citations table and the
 * co-occurrence matrix, never counted again here. The project must not change meanwhile
 * (background work passes a {@link Project#copy()}).
 */
public final class NetworkBuilder {

    private NetworkBuilder() {
    }

    /**
     * The network the request asks for.
     *
     * @throws IllegalArgumentException when the request names a group or code the project lacks
     */
    public static CodeNetwork build(Project project, NetworkRequest request) {
        throw new UnsupportedOperationException("The network builder is being written (issue 9)");
    }
}
