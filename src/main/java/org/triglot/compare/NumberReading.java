package org.triglot.compare;

import org.triglot.model.Reason;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the lexicon read a number ("dur:20:hour", "date:--05-09", the keys of lexicon.numbers.NumberKeys) as a phrase each
 * language words itself: 20 hours, 20小时, 20 часов, 9 May, 9 мая. A key of a shape this class does not know stays as
 * it is in every language.
 */
final class NumberReading {
    private static final String N = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern SIMPLE = Pattern.compile("(num|ord|pct|count|anniv):" + N);
    private static final Pattern YEAR = Pattern.compile("year:(-?\\d+)");
    private static final Pattern DURATION = Pattern.compile("dur:" + N + ":(hour|day|week|month|year)");
    private static final Pattern AMOUNT = Pattern.compile("amount:(USD|CNY|RUB|EUR):" + N);
    private static final Pattern YMD = Pattern.compile("date:(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YM = Pattern.compile("date:(\\d{4})-(\\d{2})");
    private static final Pattern Y = Pattern.compile("date:(\\d{4})");
    private static final Pattern MD = Pattern.compile("date:--(\\d{2})-(\\d{2})");
    private static final Pattern M = Pattern.compile("date:--(\\d{2})");
    private static final Pattern D = Pattern.compile("date:---(\\d{2})");

    private NumberReading() {
    }

    /** A figure as the NUMBER reasons show it: the words of the text and the reading, "twenty hours (20 hours)", "twenty hours（20小时）". */
    static Reason figure(String surface, String key) {
        return Reason.of(ReasonText.READ, Reason.text(surface), of(key));
    }

    /** The reading of a number key, or the key itself when it has another shape. */
    static Reason of(String key) {
        Matcher m;
        if ((m = SIMPLE.matcher(key)).matches()) {
            String kind = switch (m.group(1)) {
                case "num" -> "cardinal";
                case "ord" -> "ordinal";
                case "pct" -> "percent";
                case "anniv" -> "anniversary";
                default -> "count";
            };
            return Reason.of("number." + kind, Reason.text(m.group(2)));
        }
        if ((m = YEAR.matcher(key)).matches()) {
            return Reason.of("number.year", Reason.text(m.group(1)));
        }
        if ((m = DURATION.matcher(key)).matches()) {
            return Reason.of("number.duration." + m.group(2), Reason.text(m.group(1)));
        }
        if ((m = AMOUNT.matcher(key)).matches()) {
            return Reason.of("number.amount." + m.group(1), Reason.text(m.group(2)));
        }
        if ((m = YMD.matcher(key)).matches()) {
            return Reason.of("number.date.ymd", Reason.text(m.group(1)), Reason.text(m.group(2)), Reason.text(m.group(3)));
        }
        if ((m = YM.matcher(key)).matches()) {
            return Reason.of("number.date.ym", Reason.text(m.group(1)), Reason.text(m.group(2)));
        }
        if ((m = Y.matcher(key)).matches()) {
            return Reason.of("number.date.y", Reason.text(m.group(1)));
        }
        if ((m = MD.matcher(key)).matches()) {
            return Reason.of("number.date.md", Reason.text(m.group(1)), Reason.text(m.group(2)));
        }
        if ((m = M.matcher(key)).matches()) {
            return Reason.of("number.date.m", Reason.text(m.group(1)));
        }
        if ((m = D.matcher(key)).matches()) {
            return Reason.of("number.date.d", Reason.text(m.group(1)));
        }
        return Reason.text(key);
    }
}
