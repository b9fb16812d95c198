package org.grounded.model;

/** Whether an edit was applied (or redone) or reverted (undone). */
public enum EditDirection {
    APPLIED,
    REVERTED
}
