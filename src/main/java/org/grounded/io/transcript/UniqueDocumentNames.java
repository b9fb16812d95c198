package org.grounded.io.transcript;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out document names that no other document of the project has, whatever the case:
 * a second "Interview" becomes "Interview (2)", a third "Interview (3)".
 */
final class UniqueDocumentNames {

    private final Set<String> taken = new HashSet<>();

    UniqueDocumentNames(Collection<String> existing) {
        existing.forEach(name -> taken.add(key(name)));
    }

    String claim(String wanted) {
        String base = wanted.strip();
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            name = base + " (" + n + ")";
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
