package org.grounded.search;

/** What bringing the index in step with the project did, in documents. */
public record IndexUpdate(int indexed, int removed, int unchanged) {

    public boolean changedAnything() {
        return indexed > 0 || removed > 0;
    }
}
