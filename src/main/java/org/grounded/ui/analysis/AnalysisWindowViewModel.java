package org.grounded.ui.analysis;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What every analysis window's view model offers its view and the main window, answered by its
 * {@link AnalysisWindowModel}: a view model implements {@link #window()} and gets the rest.
 */
public interface AnalysisWindowViewModel {

    /** The skeleton the view model is built on. */
    AnalysisWindowModel<?> window();

    /** Whether the window is showing; the result is only computed while it is. */
    default void setActive(boolean active) {
        window().setActive(active);
    }

    default ReadOnlyBooleanProperty computingProperty() {
        return window().computingProperty();
    }

    /** Why there is no result ("" when there is one). */
    default ReadOnlyStringProperty problemProperty() {
        return window().problemProperty();
    }

    /** What the last export or copy did. */
    default ReadOnlyStringProperty messageProperty() {
        return window().messageProperty();
    }
}
