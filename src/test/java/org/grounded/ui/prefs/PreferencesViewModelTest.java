package org.grounded.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grounded.ui.InMemoryPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesViewModelTest {

    @TempDir
    Path folder;

    private final List<UserPreferences> applied = new ArrayList<>();

    @Test
    void applyingKeepsTheValuesTheCoderNameAndTellsTheWindow() {
        SettingsFile settings = SettingsFile.in(folder, problem -> { });
        CoderName coder = new CoderName(settings.node("coder"), "ana");
        UserPreferencesStore store = UserPreferencesStore.of(settings);
        PreferencesViewModel viewModel = new PreferencesViewModel(store, UserPreferences.DEFAULTS, coder, applied::add);
        assertThat(viewModel.coderNameProperty().get()).isEqualTo("ana");

        viewModel.windowTextProperty().set(130);
        viewModel.transcriptTextProperty().set(160);
        viewModel.themeProperty().set(Theme.DARK);
        viewModel.languageProperty().set("es");
        viewModel.autosaveMinutesProperty().set(5);
        viewModel.coderNameProperty().set("Ana Ruiz");
        assertThat(viewModel.languageChanged()).isTrue();
        assertThat(viewModel.apply()).isEmpty();

        UserPreferences expected = new UserPreferences(130, 160, Theme.DARK, "es", 5);
        assertThat(applied).containsExactly(expected);
        assertThat(viewModel.current()).isEqualTo(expected);
        SettingsFile reopened = SettingsFile.in(folder, problem -> { });
        assertThat(UserPreferencesStore.of(reopened).load(problem -> { })).isEqualTo(expected);
        assertThat(new CoderName(reopened.node("coder"), "ana").get()).isEqualTo("Ana Ruiz");
    }

    @Test
    void notApplyingChangesNothingAndReopeningShowsTheKeptValues() {
        InMemoryPreferences node = new InMemoryPreferences();
        UserPreferences kept = new UserPreferences(120, 100, Theme.LIGHT, "", 3);
        PreferencesViewModel viewModel = new PreferencesViewModel(new UserPreferencesStore(node, "settings.json"), kept,
                CoderName.of("ana"), applied::add);

        viewModel.windowTextProperty().set(200);
        viewModel.themeProperty().set(Theme.DARK);
        viewModel.reset();

        assertThat(viewModel.edited()).isEqualTo(kept);
        assertThat(applied).isEmpty();
        assertThat(node.get(UserPreferencesStore.THEME, null)).isNull();
    }

    @Test
    void valuesBeyondTheRangeAreHeldToIt() {
        PreferencesViewModel viewModel = new PreferencesViewModel(new UserPreferencesStore(new InMemoryPreferences(),
                "settings.json"), UserPreferences.DEFAULTS, CoderName.of("ana"), applied::add);
        viewModel.windowTextProperty().set(400);
        viewModel.transcriptTextProperty().set(10);
        viewModel.autosaveMinutesProperty().set(0);

        UserPreferences edited = viewModel.edited();

        assertThat(edited.windowTextPercent()).isEqualTo(200);
        assertThat(edited.transcriptTextPercent()).isEqualTo(90);
        assertThat(edited.autosaveMinutes()).isEqualTo(1);
    }
}
