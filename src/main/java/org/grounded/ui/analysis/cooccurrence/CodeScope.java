package org.grounded.ui.analysis.cooccurrence;

/** Which codes the co-occurrence matrix compares. */
public enum CodeScope {
    ALL("All codes"),
    GROUP("A code group"),
    CHOSEN("Chosen codes");

    private final String label;

    CodeScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
