package org.triglot.model;

import java.util.List;

/**
 * A difference between two versions of a readout that the compare step found: what kind, how serious, which
 * aligned row, which versions, the exact words on each side (spans into each version's document text), and
 * one sentence that explains it to the user.
 *
 * @param row      index of the aligned row the flag belongs to
 * @param versionA index of the first version compared (into {@link Comparison#versions()})
 * @param versionB index of the second version
 * @param side     which version has the item: "a", "b", or "both" when it differs
 */
public record Flag(Kind kind, Severity severity, int row, int versionA, int versionB, String side,
                   List<Span> spansA, List<Span> spansB, String textA, String textB, String reason) {
    public Flag {
        spansA = List.copyOf(spansA);
        spansB = List.copyOf(spansB);
    }

    /** The kinds of difference Triglot reports. */
    public enum Kind { OMISSION, ENTITY, NUMBER, TERM, ATTRIBUTION, TONE, LENGTH, WORDING }

    /** How much a flag matters to a reader of the two accounts. */
    public enum Severity { INFO, MINOR, MAJOR }
}
