package org.grounded.search;

/** A query that does not parse; the message is one line for the user and says where. */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    QuerySyntaxException(String message) {
        super(message);
    }
}
