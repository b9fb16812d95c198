package org.grounded.ui.search;

import java.util.UUID;

/**
 * One choice of the search window's filters: a document or participant, or a group of them
 * (whose members it stands for), with the label the window shows.
 */
public record SearchFilter(UUID id, String label, boolean group) {

    @Override
    public String toString() {
        return label;
    }
}
