package org.triglot.lexicon.numbers;

import java.util.Objects;

/**
 * One number, date or quantity found in a text, with its span and a language-independent key
 * so that the same fact can be matched across the Chinese, Russian and English versions.
 *
 * @param start  UTF-16 offset of the first character of the expression in the source text
 * @param end    UTF-16 offset just past the expression (exclusive)
 * @param surface the exact source text between {@code start} and {@code end}
 * @param kind   what sort of quantity this is
 * @param value  the number itself; for {@link Kind#DATE} it is {@code month * 100 + day}
 * @param key    canonical key, identical across languages for the same meaning (e.g. {@code "anniv:80"})
 * @param year   the year of a DATE or YEAR, 0 when absent
 * @param month  the month (1–12) of a DATE, 0 when absent
 * @param day    the day of month (1–31) of a DATE, 0 when absent
 */
public record NumberMention(int start, int end, String surface, Kind kind, double value, String key,
                            int year, int month, int day) {

    /** The sorts of quantity the extractor distinguishes. */
    public enum Kind {
        /** A bare number: "1,200", "两千零二十五", "тридцать". */
        CARDINAL,
        /** A position in a series: "17th", "第十七", "семнадцатый". */
        ORDINAL,
        /** A percentage or percentage points: "15%", "百分之十五". */
        PERCENT,
        /** A sum of money in a known currency: "$10 billion", "100亿美元". */
        AMOUNT,
        /** A calendar date, possibly without its year or day: "9 May 2025", "5月9日". */
        DATE,
        /** A calendar year: "2025年", "в 2025 году", "in 2025". */
        YEAR,
        /** A length of time: "three days", "三天", "три дня". */
        DURATION,
        /** A jubilee: "80th anniversary", "八十周年", "80-летие". */
        ANNIVERSARY,
        /** A number with a counted noun or classifier: "两国", "two countries", "двух стран". */
        COUNT
    }

    public NumberMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (surface.length() != end - start) {
            throw new IllegalArgumentException("surface length does not match span " + start + ".." + end);
        }
    }
}
