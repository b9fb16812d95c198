package org.grounded.model;

/** Checks the names users give to things. */
final class Names {

    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A " + what + " needs a name");
        }
        return name.strip();
    }
}
