package org.grounded.io.cases;

import java.io.IOException;

/** A spreadsheet of cases that cannot be read; the message names the file and the problem. */
public final class CaseImportException extends IOException {

    private static final long serialVersionUID = 1L;

    public CaseImportException(String message) {
        super(message);
    }

    public CaseImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
