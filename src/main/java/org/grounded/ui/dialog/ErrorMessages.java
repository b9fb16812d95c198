package org.grounded.ui.dialog;

/** What a failure says to the user: its message, or its kind when it has none. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
