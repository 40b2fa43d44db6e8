package org.triglot.lexicon.numbers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates written purely in digits: ISO "2025-05-09" in any language, "09.05.2025" in Russian. */
final class NumericDates {

    private static final Pattern ISO = Pattern.compile("(?<![\\d.\\-/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-])");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)(?:\\s?г\\.)?");

    private NumericDates() {
    }

    static void iso(String norm, MentionCollector out) {
        Matcher m = ISO.matcher(norm);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
    }

    static void dayMonthYear(String norm, MentionCollector out) {
        Matcher m = DAY_MONTH_YEAR.matcher(norm);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
    }

    private static void add(MentionCollector out, Matcher m, int year, int month, int day) {
        if (year >= 1000 && MentionCollector.validDate(year, month, day) && day > 0) {
            out.addDate(m.start(), m.end(), year, month, day);
        }
    }
}
