package org.grounded.search;

/** Whether a search matches the words as written (accents and case aside) or all their forms. */
public enum WordForms {
    /** {@code donación} finds {@code donacion} and {@code DONACIÓN}, but not {@code donaciones}. */
    EXACT,
    /** Stemmed per document language: {@code donación} also finds {@code donaciones}. */
    STEMMED
}
