package org.grounded.ui.analysis;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.agreement.CodingsByCoder;
import org.grounded.model.Project;

/**
 * An analysis window's choice of coders (team coding): the filter chosen, every coder by default,
 * and the project's coders to choose from. The window counts over {@code filter().applyTo(copy)}.
 */
public final class CoderSelection {

    private final ObjectProperty<CoderFilter> filter = new SimpleObjectProperty<>(this, "filter", CoderFilter.ALL);
    private final ReadOnlyObjectWrapper<List<String>> coders = new ReadOnlyObjectWrapper<>(this, "coders", List.of());

    /** Whose codings count; a change recomputes the window. */
    public ObjectProperty<CoderFilter> filterProperty() {
        return filter;
    }

    public CoderFilter filter() {
        return filter.get();
    }

    /** The project's coders in alphabetical order, for the choice. */
    public ReadOnlyObjectProperty<List<String>> codersProperty() {
        return coders.getReadOnlyProperty();
    }

    /** Reads the coders of the open project (none when there is none). */
    public void refresh(Project project) {
        List<String> found = project == null ? List.of() : CodingsByCoder.coders(project);
        if (!found.equals(coders.get())) {
            coders.set(found);
        }
    }
}
