package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses Chinese numerals, Simplified or Traditional, optionally mixed with Arabic digits
 * ("两千零二十五", "一万二千", "3.5亿", "廿", "三点五") into exact decimal values.
 *
 * <p>Parsing is strict on purpose: strings such as "千万" (an adverb, "by all means"), "万一" ("in case"),
 * "一一" or "十四五" are rejected, because in running text they are words rather than numbers.
 */
public final class ChineseNumerals {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /**
     * The Chinese numeral of a whole number from 1 to 999 as running text writes it (十, 十五, 八十, 七十五, 一百零五,
     * 三百二十), or empty outside that range.
     */
    public static Optional<String> write(int n) {
        if (n < 1 || n > 999) {
            return Optional.empty();
        }
        String digits = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            out.append(digits.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                out.append(digits.charAt(tens));
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(digits.charAt(ones));
        }
        return Optional.of(out.toString());
    }

    /** True for characters that can be part of a Chinese numeral (digits, units, 两, 廿, 卅, both scripts). */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0 || c == '万' || c == '萬' || c == '亿' || c == '億'
                || c == '廿' || c == '卅';
    }

    /** Value of a single digit character (〇零一…九两兩), or -1. */
    static int digit(char c) {
        switch (c) {
            case '〇': case '零': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '兩': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default:
                if (c >= '0' && c <= '9') {
                    return c - '0';
                }
                return -1;
        }
    }

    private static int unit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    /**
     * Parses a numeral such as "二十五", "两千零二十五", "一万二千", "3.5亿", "1.2万亿", "三点五" or "1,200".
     * Returns empty when the string is not a well-formed number.
     */
    public static Optional<BigDecimal> parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return Optional.empty();
        }
        // 廿 and 卅 are contractions of 二十 and 三十; expand them so the unit grammar below applies.
        String s = numeral.replace(",", "").replace("廿", "二十").replace("卅", "三十")
                .replace('萬', '万').replace('億', '亿').replace('點', '点');
        try {
            return Optional.ofNullable(parseScaled(s));
        } catch (NumberFormatException e) {
            // A malformed digit group is simply "not a number"; the caller treats it as ordinary text.
            return Optional.empty();
        }
    }

    /**
     * Reads a digit-by-digit numeral such as "二〇二五" (how years are written) as 2025.
     * Returns empty unless every character is a single digit.
     */
    public static OptionalInt parseDigitSequence(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return OptionalInt.empty();
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0 || s.charAt(i) == '两' || s.charAt(i) == '兩') {
                return OptionalInt.empty();
            }
            v = v * 10 + d;
        }
        return OptionalInt.of(v);
    }

    /** Handles the myriad scales 亿 and 万, which may nest ("1.2万亿" = 1.2 × 10^4 × 10^8). */
    private static BigDecimal parseScaled(String s) {
        int yi = s.lastIndexOf('亿');
        if (yi >= 0) {
            return combine(s.substring(0, yi), s.substring(yi + 1), HUNDRED_MILLION);
        }
        int wan = s.lastIndexOf('万');
        if (wan >= 0) {
            return combine(s.substring(0, wan), s.substring(wan + 1), TEN_THOUSAND);
        }
        return parseSmall(s, false);
    }

    private static BigDecimal combine(String high, String low, BigDecimal scale) {
        if (high.isEmpty()) {
            return null; // "万" or "亿" alone, or "万一": no multiplier, so not a number
        }
        BigDecimal h = parseScaled(high);
        if (h == null) {
            return null;
        }
        BigDecimal l;
        if (low.isEmpty()) {
            l = BigDecimal.ZERO;
        } else if (low.length() == 1 && digit(low.charAt(0)) > 0 && !isAsciiDigit(low.charAt(0))) {
            // Colloquial "一万二" = 12000: a lone trailing digit counts in the next lower unit.
            l = BigDecimal.valueOf(digit(low.charAt(0))).multiply(scale).divide(BigDecimal.TEN);
        } else {
            l = parseSmall(low, true);
            if (l == null || l.compareTo(scale) >= 0) {
                return null;
            }
        }
        return h.multiply(scale).add(l);
    }

    /** Parses a value below 10 000 written with 千百十 units, or as Arabic digits with at most one unit. */
    private static BigDecimal parseSmall(String s, boolean lowPart) {
        if (s.isEmpty()) {
            return null;
        }
        if (isArabic(s)) {
            return new BigDecimal(s);
        }
        // "3千", "2.5千": Arabic digits followed by a single unit.
        char last = s.charAt(s.length() - 1);
        String head = s.substring(0, s.length() - 1);
        if (unit(last) > 0 && !head.isEmpty() && isArabic(head)) {
            return new BigDecimal(head).multiply(BigDecimal.valueOf(unit(last)));
        }
        int dot = s.indexOf('点');
        if (dot >= 0) {
            return parseWithDecimalPoint(s, dot);
        }
        long total = 0;
        int pending = -1;
        int lastUnit = Integer.MAX_VALUE;
        boolean zeroSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            int u = unit(c);
            if (d == 0 && !isAsciiDigit(c)) {
                zeroSeen = true;
                if (pending > 0) {
                    return null;
                }
                continue;
            }
            if (d > 0 && !isAsciiDigit(c)) {
                if (pending >= 0) {
                    return null; // two digits in a row ("一一", "五一") are words, not numbers
                }
                pending = d;
            } else if (u > 0) {
                if (u >= lastUnit) {
                    return null;
                }
                if (pending < 0) {
                    // Only 十 may stand without a digit ("十五"), and only at the start.
                    if (u != 10 || i != 0 && !(lowPart && zeroSeen)) {
                        return null;
                    }
                    pending = 1;
                }
                total += (long) pending * u;
                pending = -1;
                lastUnit = u;
                zeroSeen = false;
            } else {
                return null;
            }
        }
        if (pending >= 0) {
            if (lastUnit != Integer.MAX_VALUE && lastUnit >= 100 && !zeroSeen) {
                total += (long) pending * (lastUnit / 10); // "一百二" = 120, "两千五" = 2500
            } else {
                total += pending;
            }
        }
        return BigDecimal.valueOf(total);
    }

    private static BigDecimal parseWithDecimalPoint(String s, int dot) {
        BigDecimal whole = parseSmall(s.substring(0, dot), false);
        String frac = s.substring(dot + 1);
        if (whole == null || frac.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < frac.length(); i++) {
            int d = digit(frac.charAt(i));
            if (d < 0 || frac.charAt(i) == '两') {
                return null;
            }
            digits.append(d);
        }
        return whole.add(new BigDecimal("0." + digits));
    }

    private static boolean isArabic(String s) {
        return s.matches("[0-9]+(\\.[0-9]+)?");
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
