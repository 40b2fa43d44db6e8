package org.triglot.lexicon.numbers;

import java.util.EnumSet;
import java.util.Set;

import org.triglot.lexicon.numbers.NumberMention.Kind;

/**
 * Scores whether two mentions, usually from different language versions, state the same number.
 * Identical keys score 1; equal values under related kinds score less, because translations often
 * shift form ("两国" is a COUNT, "both countries" has no numeral, "80 years" vs "80th anniversary").
 */
public final class NumberComparison {

    /** Scores at or above this count as the same number for {@link NumberExtractor#sameNumber}. */
    public static final double SAME_THRESHOLD = 0.5;

    /** Kinds whose value is a plain quantity and may be rendered as one another across languages. */
    private static final Set<Kind> QUANTITIES = EnumSet.of(Kind.CARDINAL, Kind.COUNT, Kind.PERCENT, Kind.AMOUNT,
            Kind.DURATION, Kind.ORDINAL, Kind.ANNIVERSARY, Kind.YEAR);

    private NumberComparison() {
    }

    /** Returns a score in [0, 1]; see the class description. */
    public static double compatibility(NumberMention a, NumberMention b) {
        if (a.key().equals(b.key())) {
            return 1.0;
        }
        if (a.kind() == Kind.DATE || b.kind() == Kind.DATE) {
            return dateCompatibility(a, b);
        }
        if (!sameValue(a.value(), b.value()) || !QUANTITIES.contains(a.kind()) || !QUANTITIES.contains(b.kind())) {
            return 0.0;
        }
        if (a.kind() == b.kind()) {
            // Same value, same kind, different key: another currency or time unit. Rarely a translation.
            return 0.2;
        }
        if (pair(a, b, Kind.CARDINAL, Kind.COUNT)) {
            return 0.9; // one language counts with a classifier or noun, another does not
        }
        if (pair(a, b, Kind.ORDINAL, Kind.ANNIVERSARY)) {
            return 0.7; // "80-я годовщина" read as ordinal on one side
        }
        if (pair(a, b, Kind.ANNIVERSARY, Kind.DURATION)) {
            return 0.6; // "80 years since the victory" against "80th anniversary"
        }
        if (a.kind() == Kind.CARDINAL || b.kind() == Kind.CARDINAL) {
            return 0.5; // a bare number agrees weakly with any reading of the same value
        }
        if (pair(a, b, Kind.COUNT, Kind.DURATION) || pair(a, b, Kind.COUNT, Kind.AMOUNT)) {
            return 0.4;
        }
        return 0.1;
    }

    private static double dateCompatibility(NumberMention a, NumberMention b) {
        if (a.kind() == Kind.DATE && b.kind() == Kind.DATE) {
            boolean sameMonth = a.month() == b.month() || a.month() == 0 || b.month() == 0;
            boolean sameDay = a.day() == b.day() || a.day() == 0 || b.day() == 0;
            boolean sameYear = a.year() == b.year() || a.year() == 0 || b.year() == 0;
            if (sameMonth && sameDay && sameYear) {
                return 0.8; // one side leaves out a part, e.g. the year already given earlier in the text
            }
            return 0.0;
        }
        NumberMention date = a.kind() == Kind.DATE ? a : b;
        NumberMention other = date == a ? b : a;
        if (other.kind() == Kind.YEAR && date.year() == other.year()) {
            return 0.3;
        }
        return 0.0;
    }

    private static boolean pair(NumberMention a, NumberMention b, Kind x, Kind y) {
        return a.kind() == x && b.kind() == y || a.kind() == y && b.kind() == x;
    }

    private static boolean sameValue(double x, double y) {
        return x == y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
    }
}
