package org.grounded.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class GroundedApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(GroundedApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Grounded");
        stage.setScene(new Scene(new Label("Grounded"), 800, 600));
        stage.show();
    }
}
