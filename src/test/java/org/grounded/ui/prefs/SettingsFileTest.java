package org.grounded.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    @Test
    void settingsWrittenInOneRunAreReadInTheNext() throws BackingStoreException {
        SettingsFile first = SettingsFile.in(folder.resolve("config"), problems::add);
        first.node("window").node("main").put("bounds", "10.0,20.0,1200.0,760.0");
        new CoderName(first.node("coder"), "rosa.m").set("Rosa Martínez");
        new RecentProjects(first.node("recent-projects")).add(folder.resolve("milk.grounded"));
        first.flush();

        SettingsFile second = SettingsFile.in(folder.resolve("config"), problems::add);

        assertThat(second.node("window/main").get("bounds", null)).isEqualTo("10.0,20.0,1200.0,760.0");
        assertThat(new CoderName(second.node("coder"), "rosa.m").get()).isEqualTo("Rosa Martínez");
        assertThat(new RecentProjects(second.node("recent-projects")).list())
                .containsExactly(folder.resolve("milk.grounded").toAbsolutePath().normalize());
        assertThat(second.childrenNames()).containsExactly("coder", "recent-projects", "window");
        assertThat(second.node("window").keys()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void theFileIsPlainSortedJson() throws Exception {
        SettingsFile settings = SettingsFile.in(folder, problems::add);
        settings.node("window/main").put("maximized", "false");
        settings.put("b", "2");
        settings.flush();

        assertThat(Files.readString(folder.resolve(SettingsFile.FILE_NAME)).replaceAll("\\s+", ""))
                .isEqualTo("{\"b\":\"2\",\"window/main/maximized\":\"false\"}");
    }

    @Test
    void aBrokenFileGivesTheDefaultsAndOneLineNamingIt() throws Exception {
        Path file = folder.resolve(SettingsFile.FILE_NAME);
        Files.writeString(file, "{\"coder/coder.name\": \"Rosa\", ");

        SettingsFile settings = SettingsFile.in(folder, problems::add);

        assertThat(new CoderName(settings.node("coder"), "rosa.m").get()).isEqualTo("rosa.m");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(file.toString()).contains("using the default settings").doesNotContain("\n");
        // The broken file is kept until there is something to write over it.
        assertThat(Files.readString(file)).startsWith("{\"coder/coder.name\"");
    }

    @Test
    void aFileThatIsNotAnObjectOfTextsIsBrokenToo() throws Exception {
        Files.writeString(folder.resolve(SettingsFile.FILE_NAME), "[1, 2, 3]");

        SettingsFile settings = SettingsFile.in(folder, problems::add);

        assertThat(settings.keys()).isEmpty();
        assertThat(problems).hasSize(1);
    }

    @Test
    void removingANodeRemovesItsSettingsFromTheFile() throws BackingStoreException {
        SettingsFile settings = SettingsFile.in(folder, problems::add);
        settings.node("window/main").put("bounds", "1,2,3,4");
        settings.node("coder").put("coder.name", "Rosa");
        settings.node("window").removeNode();
        settings.flush();

        Preferences again = SettingsFile.in(folder, problems::add);
        assertThat(again.childrenNames()).containsExactly("coder");
        assertThat(again.node("window/main").get("bounds", "none")).isEqualTo("none");
    }

    @Test
    void theConfigFolderCanBeChosenWithASystemProperty() {
        String before = System.getProperty(SettingsFile.FOLDER_PROPERTY);
        try {
            System.setProperty(SettingsFile.FOLDER_PROPERTY, folder.toString());
            assertThat(SettingsFile.userFolder()).isEqualTo(folder);
        } finally {
            if (before == null) {
                System.clearProperty(SettingsFile.FOLDER_PROPERTY);
            } else {
                System.setProperty(SettingsFile.FOLDER_PROPERTY, before);
            }
        }
    }
}
