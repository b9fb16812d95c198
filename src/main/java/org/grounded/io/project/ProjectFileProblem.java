package org.grounded.io.project;

/** Why a project file could not be opened, so that the user interface can offer the right way out. */
public enum ProjectFileProblem {
    /** There is no such file. */
    MISSING,
    /** The file exists but cannot be read (permissions, a folder, a disk error). */
    UNREADABLE,
    /** The file holds nothing. */
    EMPTY,
    /** The file is something else: binary, an archive, or JSON that is not a project. */
    NOT_A_PROJECT,
    /** The file was a project but is cut short or corrupt. */
    DAMAGED,
    /** The project's parts do not fit together (a quotation outside its document...). */
    INCONSISTENT,
    /** A newer Grounded wrote it, with a schema this version does not know. */
    NEWER_VERSION
}
