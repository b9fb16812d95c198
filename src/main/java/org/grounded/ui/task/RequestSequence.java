package org.grounded.ui.task;

/**
 * Numbers requests of one kind (open a project, search) so that a result arriving after a newer
 * request was made can be recognised and dropped. Used on the user-interface thread only.
 */
public final class RequestSequence {

    private long latest;

    /** Starts a request and returns its ticket. */
    public long next() {
        return ++latest;
    }

    /** Whether no newer request has been made since this ticket was issued. */
    public boolean isCurrent(long ticket) {
        return ticket == latest;
    }

    /** Makes every outstanding ticket stale, for example when the project is closed. */
    public void invalidate() {
        latest++;
    }
}
