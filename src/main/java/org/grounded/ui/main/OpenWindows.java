package org.grounded.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.UUID;
import javafx.application.Platform;
import org.grounded.analysis.agreement.AgreementUnit;
import org.grounded.analysis.citations.ColumnKind;
import org.grounded.analysis.descriptive.SplitKind;
import org.grounded.ui.analysis.citations.CitationOptions;
import org.grounded.ui.analysis.cooccurrence.CodeScope;
import org.grounded.ui.network.NetworkWindow;
import org.grounded.ui.search.SearchWindow;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which analysis windows were open on a project, with each one's main option (the citations
 * table's columns, the network shown, the search's query), kept in the settings when the project
 * closes and reopened when the same project opens again, the next day or after a restart.
 *
 * <p>It must hear the project close before the windows do (they hide then): the main window
 * makes it first.
 */
final class OpenWindows {

    private static final Logger LOG = LoggerFactory.getLogger(OpenWindows.class);

    /** One window: whether it shows, its option as text, and how to open it again with that option. */
    private record Remembered(BooleanSupplier showing, Supplier<String> option, Consumer<String> reopen) {
    }

    private final Map<String, Remembered> windows = new LinkedHashMap<>();
    private Preferences node;

    OpenWindows(Workspace workspace) {
        workspace.sessionProperty().addListener((observable, before, after) -> {
            if (before != null) {
                remember(before);
            }
            if (after != null) {
                // Once the project's views have taken it in, so an option set now is not reset.
                Platform.runLater(() -> reopen(after));
            }
        });
    }

    /** Keeps the windows in this settings node from now on. */
    void keepIn(Preferences settings) {
        this.node = settings;
    }

    /** A window to remember, by a name that stays the same between versions ("citations"). */
    void add(String name, BooleanSupplier showing, Supplier<String> option, Consumer<String> reopen) {
        windows.put(name, new Remembered(showing, option, reopen));
    }

    /** The main window's analysis windows, each with its main option. */
    void track(MainWindowViewModel viewModel, AnalysisWindows analysis, SearchWindow search, NetworkWindow network) {
        AnalysisViewModels models = viewModel.analysis();
        CitationOptions citations = models.citations().options();
        add("citations", () -> showing(analysis.stage(AnalysisWindows.Kind.CITATIONS)),
                () -> withAttribute(citations.columnsProperty().get(), citations.columnAttributeProperty().get()),
                option -> {
                    enumOf(ColumnKind.class, option).ifPresent(citations.columnsProperty()::set);
                    attributeOf(option).ifPresent(citations.columnAttributeProperty()::set);
                    analysis.show(AnalysisWindows.Kind.CITATIONS);
                });
        add("cooccurrence", () -> showing(analysis.stage(AnalysisWindows.Kind.COOCCURRENCE)),
                () -> models.cooccurrence().options().scopeProperty().get().name(),
                option -> {
                    enumOf(CodeScope.class, option).ifPresent(models.cooccurrence().options().scopeProperty()::set);
                    analysis.show(AnalysisWindows.Kind.COOCCURRENCE);
                });
        add("statistics", () -> showing(analysis.stage(AnalysisWindows.Kind.STATISTICS)),
                () -> withAttribute(models.statistics().splitProperty().get(), models.statistics().splitAttributeProperty().get()),
                option -> {
                    enumOf(SplitKind.class, option).ifPresent(models.statistics().splitProperty()::set);
                    attributeOf(option).ifPresent(models.statistics().splitAttributeProperty()::set);
                    analysis.show(AnalysisWindows.Kind.STATISTICS);
                });
        add("agreement", () -> showing(analysis.stage(AnalysisWindows.Kind.AGREEMENT)),
                () -> models.agreement().unitProperty().get().name(),
                option -> {
                    enumOf(AgreementUnit.class, option).ifPresent(models.agreement().unitProperty()::set);
                    analysis.show(AnalysisWindows.Kind.AGREEMENT);
                });
        add("search", () -> showing(search.stage()), () -> viewModel.search().queryProperty().get(), option -> {
            viewModel.search().queryProperty().set(option);
            search.show(false);
            if (!option.isBlank()) {
                viewModel.search().search();
            }
        });
        add("network", () -> showing(network.stage()),
                () -> Optional.ofNullable(viewModel.network().currentProperty().get()).map(UUID::toString).orElse(""),
                option -> viewModel.workspace().project().flatMap(project -> project.networks().stream()
                        .filter(saved -> saved.id().toString().equals(option)).findFirst()).ifPresent(saved -> {
                            viewModel.network().open(saved.id());
                            network.show();
                        }));
    }

    private static boolean showing(Optional<javafx.stage.Stage> stage) {
        return stage.map(javafx.stage.Stage::isShowing).orElse(false);
    }

    /** "ATTRIBUTE/Role": a choice, and the attribute it is made on, if any. */
    private static String withAttribute(Enum<?> choice, String attribute) {
        return choice == null ? "" : choice.name() + (attribute == null || attribute.isEmpty() ? "" : "/" + attribute);
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String option) {
        String name = option.contains("/") ? option.substring(0, option.indexOf('/')) : option;
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }

    private static Optional<String> attributeOf(String option) {
        int slash = option.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(option.substring(slash + 1));
    }

    private void remember(ProjectSession closed) {
        Optional<Path> file = closed.file();
        if (node == null || file.isEmpty()) {
            return;
        }
        List<String> open = new ArrayList<>();
        windows.forEach((name, window) -> {
            if (window.showing().getAsBoolean()) {
                open.add(name);
                String option = window.option().get();
                if (option == null || option.isEmpty()) {
                    node.remove(name + ".option");
                } else {
                    node.put(name + ".option", option);
                }
            }
        });
        node.put("project", file.get().toAbsolutePath().normalize().toString());
        node.put("open", String.join(",", open));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not keep the open windows: {}", e.getMessage());
        }
    }

    private void reopen(ProjectSession opened) {
        if (node == null || opened.file().isEmpty()) {
            return;
        }
        String project = opened.file().get().toAbsolutePath().normalize().toString();
        if (!project.equals(node.get("project", null))) {
            return;
        }
        Arrays.stream(node.get("open", "").split(",")).map(String::strip).filter(windows::containsKey)
                .forEach(name -> windows.get(name).reopen().accept(node.get(name + ".option", "")));
    }
}
