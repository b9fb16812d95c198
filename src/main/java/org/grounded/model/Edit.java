package org.grounded.model;

/**
 * One user-visible change to a project, as a command object. Undo/redo, autosave and the dirty
 * flag all hang off the stream of edits that {@link Project#apply} and {@link Project#revert}
 * publish; the undo stack itself lives in the user interface.
 */
public interface Edit {

    /** What the edit does, for menus such as "Undo Add code 'Fears'". */
    String description();

    /**
     * What the edit is called, as a template the window translates; {@link #description()} is its
     * English. An edit that does not say is called by its description as it is.
     */
    default EditName name() {
        return EditName.plain(description());
    }

    /** Called by {@link Project#apply}; leaves the project unchanged when it throws. */
    void applyTo(Project project);

    /** Called by {@link Project#revert}; the exact inverse of {@link #applyTo}. */
    void revertFrom(Project project);

    /**
     * What the edit changes, the same whether it is applied or reverted, so that panes refresh only
     * that. An edit that does not say reports {@link ChangeSet#EVERYTHING}: every pane rebuilds.
     */
    default ChangeSet changeSet() {
        return ChangeSet.EVERYTHING;
    }
}
