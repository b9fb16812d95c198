package org.grounded.ui.network;

/** How nodes are coloured: by the codes' own colours, by coding level, or as study A's Figure 1. */
public enum NodeColours {
    CODE("Code colours"),
    LEVEL("Coding level"),
    FIGURE("Figure 1 (central, participants, isolated)");

    private final String label;

    NodeColours(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
