package org.grounded.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesStoreTest {

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private UserPreferencesStore store() {
        return UserPreferencesStore.of(SettingsFile.in(folder, problems::add));
    }

    @Test
    void aFirstStartHasTheDefaultsAndNoMessage() {
        assertThat(store().load(problems::add)).isEqualTo(new UserPreferences(100, 100, Theme.LIGHT, "", 3));
        assertThat(problems).isEmpty();
    }

    @Test
    void keptPreferencesAreReadBackAfterARestart() throws IOException {
        UserPreferences chosen = new UserPreferences(150, 120, Theme.DARK, "ms", 10);
        assertThat(store().save(chosen)).isEmpty();

        assertThat(store().load(problems::add)).isEqualTo(chosen);
        assertThat(problems).isEmpty();
        String file = Files.readString(folder.resolve(SettingsFile.FILE_NAME));
        assertThat(file).contains("\"preferences/theme\" : \"dark\"", "\"preferences/language\" : \"ms\"",
                "\"preferences/text-size-window\" : \"150\"", "\"preferences/autosave-minutes\" : \"10\"");
    }

    @Test
    void brokenAndOutOfRangeValuesFallBackToTheirDefaultsOneLineEach() throws IOException {
        Files.writeString(folder.resolve(SettingsFile.FILE_NAME), """
                {"preferences/text-size-window": "huge", "preferences/text-size-transcript": "500",
                 "preferences/theme": "purple", "preferences/language": "fr", "preferences/autosave-minutes": "0",
                 "coder/coder.name": "Ana"}
                """);

        UserPreferences read = store().load(problems::add);

        assertThat(read).isEqualTo(UserPreferences.DEFAULTS);
        assertThat(problems).hasSize(5).allSatisfy(line -> {
            assertThat(line).startsWith(folder.resolve(SettingsFile.FILE_NAME).toString()).doesNotContain("\n");
            assertThat(line).contains("preferences/");
        });
        assertThat(problems).anySatisfy(line -> assertThat(line).contains("preferences/text-size-window", "\"huge\"",
                "from 90 to 200", "using 100"));
        assertThat(problems).anySatisfy(line -> assertThat(line).contains("preferences/text-size-transcript", "\"500\""));
        assertThat(problems).anySatisfy(line -> assertThat(line).contains("preferences/theme", "\"purple\"", "light or dark"));
        assertThat(problems).anySatisfy(line -> assertThat(line).contains("preferences/language", "\"fr\""));
        assertThat(problems).anySatisfy(line -> assertThat(line).contains("preferences/autosave-minutes", "\"0\"",
                "from 1 to 30", "using 3"));
    }

    @Test
    void oneBrokenValueLeavesTheOthersAsChosen() throws IOException {
        Files.writeString(folder.resolve(SettingsFile.FILE_NAME),
                "{\"preferences/theme\": \"dark\", \"preferences/text-size-window\": \"89\", \"preferences/language\": \"es\"}");

        UserPreferences read = store().load(problems::add);

        assertThat(read.theme()).isEqualTo(Theme.DARK);
        assertThat(read.language()).isEqualTo("es");
        assertThat(read.windowTextPercent()).isEqualTo(100);
        assertThat(problems).singleElement().asString().contains("preferences/text-size-window", "\"89\"");
    }

    @Test
    void theTranscriptSizeIsOnTopOfTheWindowSize() {
        UserPreferences preferences = new UserPreferences(150, 120, Theme.LIGHT, "", 3);
        assertThat(preferences.windowScale()).isEqualTo(1.5);
        assertThat(preferences.transcriptScale()).isEqualTo(1.8, org.assertj.core.api.Assertions.within(1e-9));
    }
}
