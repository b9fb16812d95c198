package org.grounded.analysis.agreement;

/** The coefficients an agreement report may show; each row holds those that apply to it. */
public enum Coefficient {
    PERCENT_AGREEMENT("Percent agreement"),
    COHENS_KAPPA("Cohen's kappa"),
    FLEISS_KAPPA("Fleiss' kappa"),
    BRENNAN_PREDIGER("Brennan-Prediger kappa"),
    ALPHA("Krippendorff's alpha"),
    ALPHA_BINARY("alpha-binary"),
    CU_ALPHA("cu-alpha"),
    CU_ALPHA_ACROSS_DOMAINS("Cu-alpha");

    private final String label;

    Coefficient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
