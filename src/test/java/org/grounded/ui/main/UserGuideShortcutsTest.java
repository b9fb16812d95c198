package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grounded.ui.help.GuidePage;
import org.grounded.ui.network.NetworkShortcut;
import org.junit.jupiter.api.Test;

/**
 * The user guide tells the reader which keys to press; they must be the keys the window
 * answers to. Every shortcut the guide mentions (Ctrl+K, Shift+F1, F4, Alt+Down…) is one of the
 * commands' or the network window's.
 */
class UserGuideShortcutsTest {

    private static final Pattern SHORTCUT = Pattern.compile(
            "\\b((?:(?:Ctrl|Shift|Alt)\\+)+(?:[A-Z0-9]\\b|F\\d+|Down|Up|Delete)|F\\d{1,2})\\b");

    @Test
    void everyShortcutTheGuideMentionsIsOneTheWindowHas() {
        Set<String> known = new HashSet<>();
        for (Command command : Command.values()) {
            command.accelerators().forEach(key -> known.add(normalised(key.getName())));
        }
        for (NetworkShortcut shortcut : NetworkShortcut.values()) {
            shortcut.keys().ifPresent(key -> known.add(normalised(key.getName())));
        }
        String guide = GuidePage.load(GuidePage.FIRST_PAGE).blocks().toString();
        Matcher matcher = SHORTCUT.matcher(guide);
        Set<String> mentioned = new TreeSet<>();
        while (matcher.find()) {
            mentioned.add(matcher.group(1));
        }
        assertThat(mentioned).as("the guide names shortcuts").contains("Ctrl+K", "Ctrl+T", "F4");
        for (String shortcut : mentioned) {
            assertThat(known).as(shortcut + " is a shortcut of the window").contains(normalised(shortcut));
        }
    }

    /** "Shortcut+Shift+I", "Ctrl+Shift+I" and "Shift+Ctrl+I" are the same keys (Shortcut is Ctrl off macOS). */
    private static String normalised(String keys) {
        return new TreeSet<>(Arrays.asList(keys.replace("Shortcut", "Ctrl").split("\\+"))).toString();
    }
}
