package org.triglot.model;

import java.util.List;
import java.util.Objects;

/**
 * A difference between two versions of a readout that the compare step found: what kind, how serious, which
 * aligned row, which versions, the exact words on each side (spans into each version's document text), and
 * one sentence that explains it to the user: in English ({@code reason}) and language-neutral ({@code why}), which the
 * engine renders in the user's language.
 *
 * @param row      index of the aligned row the flag belongs to
 * @param versionA index of the first version compared (into {@link Comparison#versions()})
 * @param versionB index of the second version
 * @param side     which version has the item: "a", "b", or "both" when it differs
 * @param reason   the explanation in English (exports, the command line, searches)
 * @param why      the same explanation as a key with arguments; {@link Reason.Text} of {@code reason} when only the
 *                 English is known (a project saved before reasons had keys)
 */
public record Flag(Kind kind, Severity severity, int row, int versionA, int versionB, String side,
                   List<Span> spansA, List<Span> spansB, String textA, String textB, String reason, Reason why) {
    public Flag {
        spansA = List.copyOf(spansA);
        spansB = List.copyOf(spansB);
        Objects.requireNonNull(why, "why");
    }

    /** A flag whose reason is known only in English. */
    public Flag(Kind kind, Severity severity, int row, int versionA, int versionB, String side,
                List<Span> spansA, List<Span> spansB, String textA, String textB, String reason) {
        this(kind, severity, row, versionA, versionB, side, spansA, spansB, textA, textB, reason, new Reason.Text(reason));
    }

    /** The same flag on another aligned row. */
    public Flag atRow(int r) {
        return r == row ? this : new Flag(kind, severity, r, versionA, versionB, side, spansA, spansB, textA, textB, reason, why);
    }

    /** The same flag between versions {@code a} and {@code b} (for one pair of three versions). */
    public Flag withVersions(int a, int b) {
        return new Flag(kind, severity, row, a, b, side, spansA, spansB, textA, textB, reason, why);
    }

    /** The same flag with its spans moved (after a text edit). */
    public Flag withSpans(List<Span> a, List<Span> b) {
        return new Flag(kind, severity, row, versionA, versionB, side, a, b, textA, textB, reason, why);
    }

    /** The kinds of difference Triglot reports. */
    public enum Kind { OMISSION, ENTITY, NUMBER, TERM, ATTRIBUTION, TONE, LENGTH, WORDING }

    /** How much a flag matters to a reader of the two accounts. */
    public enum Severity { INFO, MINOR, MAJOR }
}
