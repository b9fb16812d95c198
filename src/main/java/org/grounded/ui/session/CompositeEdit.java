package org.grounded.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.grounded.model.ChangeSet;
import org.grounded.model.Edit;
import org.grounded.model.EditName;
import org.grounded.model.Project;

/**
 * Several model edits that make one user action, undone as one: "Apply new code 'Fears'" is the
 * new code (in the colour the window chose for it) and its first quotation. Applied in order and
 * reverted in reverse order, all or nothing.
 */
final class CompositeEdit implements Edit {

    private final EditName name;
    private final List<Edit> edits;

    CompositeEdit(EditName name, List<? extends Edit> edits) {
        this.name = Objects.requireNonNull(name);
        this.edits = List.copyOf(edits);
    }

    /** The edits it is made of, in the order they are applied. */
    List<Edit> parts() {
        return edits;
    }

    @Override
    public String description() {
        return name.english();
    }

    @Override
    public EditName name() {
        return name;
    }

    /** What all its parts change together. */
    @Override
    public ChangeSet changeSet() {
        ChangeSet all = ChangeSet.NOTHING;
        for (Edit edit : edits) {
            all = all.union(edit.changeSet());
        }
        return all;
    }

    @Override
    public void applyTo(Project project) {
        List<Edit> done = new ArrayList<>();
        try {
            for (Edit edit : edits) {
                edit.applyTo(project);
                done.add(edit);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).revertFrom(project);
            }
            throw e;
        }
    }

    @Override
    public void revertFrom(Project project) {
        List<Edit> undone = new ArrayList<>();
        try {
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).revertFrom(project);
                undone.add(edits.get(i));
            }
        } catch (RuntimeException e) {
            for (int i = undone.size() - 1; i >= 0; i--) {
                undone.get(i).applyTo(project);
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return description() + " (" + edits.size() + " edits)";
    }
}
