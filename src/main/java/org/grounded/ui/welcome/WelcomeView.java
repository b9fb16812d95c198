package org.grounded.ui.welcome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import static org.grounded.ui.i18n.Localization.lang;

/** The welcome screen: shown while no project is open. */
public final class WelcomeView extends StackPane {

    public WelcomeView(WelcomeViewModel viewModel) {
        getStyleClass().add("welcome-view");
        setId("welcome");

        Label title = new Label("Grounded"); // NON-NLS: the application's name
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label(lang("Code interview transcripts, build categories, and see what your participants say."));
        subtitle.getStyleClass().add("welcome-subtitle");
        subtitle.setWrapText(true);

        Label startHeading = heading(lang("Start"));
        Button newProject = action("welcome-new", lang("New project"), lang("An empty study; import transcripts next."));
        newProject.setOnAction(event -> viewModel.newProject());
        Button open = action("welcome-open", lang("Open project…"), lang("A .grounded file on this computer."));
        open.setOnAction(event -> viewModel.openProject());
        Button sample = action("welcome-sample", lang("Open the sample study"),
                lang("Six coded interviews and posts on milk sharing."));
        sample.setOnAction(event -> viewModel.openSampleStudy());
        VBox start = new VBox(10, startHeading, newProject, open, sample);
        if (!viewModel.isSampleAvailable()) {
            Label missing = new Label(lang("The sample study is not included in this build."));
            missing.getStyleClass().add("item-details");
            missing.setWrapText(true);
            start.getChildren().add(missing);
        }
        start.setPrefWidth(390); // the Spanish and Malay explanations are longer than the English
        start.setMinWidth(Region.USE_PREF_SIZE);

        Label recentHeading = heading(lang("Recent projects"));
        ListView<WelcomeViewModel.RecentItem> recent = new ListView<>(viewModel.recent());
        recent.setId("welcome-recent");
        recent.getStyleClass().add("recent-list");
        recent.setCellFactory(list -> new RecentCell());
        Label none = new Label(lang("Projects you open will be listed here."));
        none.getStyleClass().add("placeholder");
        none.setWrapText(true);
        none.setMaxWidth(360);
        recent.setPlaceholder(none);
        recent.setOnMouseClicked(event -> {
            WelcomeViewModel.RecentItem item = recent.getSelectionModel().getSelectedItem();
            if (item != null && event.getClickCount() >= 1) {
                viewModel.openRecent(item);
            }
        });
        recent.setOnKeyPressed(event -> {
            WelcomeViewModel.RecentItem item = recent.getSelectionModel().getSelectedItem();
            if (item != null && event.getCode() == KeyCode.ENTER) {
                viewModel.openRecent(item);
            }
        });
        recent.setPrefHeight(300);
        VBox recentBox = new VBox(10, recentHeading, recent);
        HBox.setHgrow(recentBox, Priority.ALWAYS);
        recentBox.setPrefWidth(420);

        HBox columns = new HBox(40, start, recentBox);
        VBox card = new VBox(8, title, subtitle, spacer(18), columns);
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(860);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
    }

    private static Region spacer(double height) {
        Region region = new Region();
        region.setMinHeight(height);
        return region;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("welcome-heading");
        return label;
    }

    private static Button action(String id, String text, String explanation) {
        Label main = new Label(text);
        main.getStyleClass().add("action-title");
        Label detail = new Label(explanation);
        detail.getStyleClass().add("action-details");
        detail.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, main, detail);
        Button button = new Button();
        button.setId(id);
        button.setGraphic(box);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Region.USE_PREF_SIZE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add("welcome-action");
        button.setTooltip(new Tooltip(explanation));
        button.setAccessibleText(text);
        return button;
    }

    /** A recent project: name, and its folder below; missing files are dimmed. */
    private static final class RecentCell extends ListCell<WelcomeViewModel.RecentItem> {
        private final Label name = new Label();
        private final Label folder = new Label();
        private final VBox box = new VBox(2, name, folder);

        RecentCell() {
            name.getStyleClass().add("item-title");
            folder.getStyleClass().add("item-details");
            folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        }

        @Override
        protected void updateItem(WelcomeViewModel.RecentItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            folder.setText(item.exists() ? item.folder() : lang("%0 (missing)", item.folder()));
            setOpacity(item.exists() ? 1 : 0.55);
            setGraphic(box);
        }
    }
}
