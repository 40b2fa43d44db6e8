package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Accumulates mentions for one text, refusing any that overlap a span already taken, so that
 * a more specific reading found first (a date) wins over a generic one (a bare number).
 */
final class MentionCollector {

    private final String text;
    private final boolean[] taken;
    private final List<NumberMention> mentions = new ArrayList<>();

    MentionCollector(String text) {
        this.text = text;
        this.taken = new boolean[text.length()];
    }

    boolean isFree(int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Marks a span as consumed without reporting anything (e.g. "80-х годов", a decade). */
    void block(int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    boolean add(int start, int end, NumberMention.Kind kind, BigDecimal value, String key) {
        return add(start, end, kind, value.doubleValue(), key, 0, 0, 0);
    }

    boolean addYear(int start, int end, int year) {
        return add(start, end, NumberMention.Kind.YEAR, year, NumberKeys.year(year), year, 0, 0);
    }

    boolean addDate(int start, int end, int year, int month, int day) {
        return add(start, end, NumberMention.Kind.DATE, month * 100 + day, NumberKeys.date(year, month, day),
                year, month, day);
    }

    private boolean add(int start, int end, NumberMention.Kind kind, double value, String key,
                        int year, int month, int day) {
        if (!isFree(start, end)) {
            return false;
        }
        block(start, end);
        mentions.add(new NumberMention(start, end, text.substring(start, end), kind, value, key, year, month, day));
        return true;
    }

    List<NumberMention> result() {
        List<NumberMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(NumberMention::start).thenComparingInt(NumberMention::end));
        return List.copyOf(sorted);
    }

    static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 0 || day > 31) {
            return false;
        }
        if (day == 0) {
            return true;
        }
        int[] max = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (day > max[month - 1]) {
            return false;
        }
        return !(month == 2 && day == 29 && year > 0 && !java.time.Year.isLeap(year));
    }
}
