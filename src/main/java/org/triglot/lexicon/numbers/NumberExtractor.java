package org.triglot.lexicon.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the numbers, dates, years, percentages, sums of money, durations, anniversaries and counts in a
 * Chinese, Russian or English text, each with a key that is the same in all three languages for the same
 * meaning ("八十周年", "80-летие" and "80th anniversary" all give {@code anniv:80}).
 *
 * <p>Single-word readings that are often not numbers ("one of", "одна из", 一 in 统一) are left out: for
 * alignment a missed number costs less than a false one.
 */
public final class NumberExtractor {

    private NumberExtractor() {
    }

    /**
     * Extracts number mentions in text order.
     *
     * @param text the text to scan
     * @param lang "zh", "ru" or "en" (a region suffix such as "zh-TW" is accepted)
     * @return mentions sorted by start offset; never null
     * @throws IllegalArgumentException for any other language
     */
    public static List<NumberMention> extract(String text, String lang) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        String l = lang.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        if (dash > 0) {
            l = l.substring(0, dash);
        }
        switch (l) {
            case "zh":
                return ChineseNumberScanner.scan(text);
            case "ru":
                return RussianNumberScanner.scan(text);
            case "en":
                return EnglishNumberScanner.scan(text);
            default:
                throw new IllegalArgumentException("unsupported language: " + lang);
        }
    }

    /**
     * True when two mentions express the same number: equal keys, or equal values with compatible kinds
     * (see {@link NumberComparison#compatibility}).
     */
    public static boolean sameNumber(NumberMention a, NumberMention b) {
        return NumberComparison.compatibility(a, b) >= NumberComparison.SAME_THRESHOLD;
    }

    /** How confidently two mentions express the same fact, from 0 (unrelated) to 1 (same key). */
    public static double compatibility(NumberMention a, NumberMention b) {
        return NumberComparison.compatibility(a, b);
    }
}
