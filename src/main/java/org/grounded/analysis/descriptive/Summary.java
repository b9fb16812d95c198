package org.grounded.analysis.descriptive;

/** What one attribute looks like in one part of the participants. */
public sealed interface Summary permits FrequencySummary, NumberSummary, DateSummary {

    /** How many participants the part holds (with or without a value). */
    int participants();
}
