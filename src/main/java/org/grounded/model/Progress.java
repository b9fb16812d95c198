package org.grounded.model;

/**
 * Where long work (import, indexing, export) reports how far it got, and learns whether the user
 * cancelled. The user interface adapts it to a progress bar; the command line ignores it.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }
    };

    void update(long done, long total, String message);

    default boolean isCancelled() {
        return false;
    }
}
