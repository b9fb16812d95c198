package org.grounded.search;

/** Whether a word list leaves the stop words out (the default) or counts them like any word. */
public enum StopWordUse {
    LEAVE_OUT,
    KEEP
}
