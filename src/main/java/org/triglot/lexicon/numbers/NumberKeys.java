package org.triglot.lexicon.numbers;

import java.math.BigDecimal;

/** Builds the canonical, language-independent keys carried by {@link NumberMention}. */
final class NumberKeys {

    private NumberKeys() {
    }

    /** Plain decimal text without exponent or trailing zeros, so 3e9 and 30亿 give the same key. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        return stripped.toPlainString();
    }

    static String cardinal(BigDecimal v) {
        return "num:" + plain(v);
    }

    static String ordinal(BigDecimal v) {
        return "ord:" + plain(v);
    }

    static String percent(BigDecimal v) {
        return "pct:" + plain(v);
    }

    static String amount(Currency c, BigDecimal v) {
        return "amount:" + c.code() + ":" + plain(v);
    }

    static String year(int y) {
        return "year:" + y;
    }

    static String duration(BigDecimal v, TimeUnit unit) {
        return "dur:" + plain(v) + ":" + unit.keyName();
    }

    static String anniversary(BigDecimal v) {
        return "anniv:" + plain(v);
    }

    static String count(BigDecimal v) {
        return "count:" + plain(v);
    }

    /**
     * ISO-8601-like date key; missing parts use the ISO truncated forms ("--05-09", "--05", "---09")
     * so a date without its year never collides with a full date.
     */
    static String date(int year, int month, int day) {
        String y = year > 0 ? String.format("%04d", year) : "-";
        if (month == 0) {
            return "date:" + (year > 0 ? y : "---" + String.format("%02d", day));
        }
        String m = String.format("%02d", month);
        return "date:" + y + "-" + m + (day > 0 ? "-" + String.format("%02d", day) : "");
    }
}
