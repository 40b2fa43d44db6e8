package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers, dates and quantities in Chinese text (Simplified or Traditional).
 *
 * <p>A numeral written with a single character (一, 两, 三 …) is reported only when a classifier, unit or
 * time word follows it, or 第 precedes it: on its own 一 is part of words such as 统一, 一致, 一带一路.
 */
final class ChineseNumberScanner {

    private static final String DIGIT_CHARS = "零〇一二三四五六七八九";
    private static final String NUMERAL_CHARS = DIGIT_CHARS + "十百千万亿两廿卅";

    private static final Pattern NUMBER = Pattern.compile(
            "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[" + NUMERAL_CHARS + "])+"
                    + "(?:点[" + DIGIT_CHARS + "]+)?");

    private static final String NOT_INSIDE_NUMERAL = "(?<![\\d" + NUMERAL_CHARS + "])";
    private static final Pattern DATE = Pattern.compile(NOT_INSIDE_NUMERAL
            + "(?:(\\d{4}|[" + DIGIT_CHARS + "]{4})年)?"
            + "(\\d{1,2}|[一二三四五六七八九十]{1,3})月"
            + "(?:(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号])?");
    private static final Pattern PERCENT_PREFIX = Pattern.compile(
            "百分之((?:\\d+(?:\\.\\d+)?|[" + NUMERAL_CHARS + "])+(?:点[" + DIGIT_CHARS + "]+)?)");

    /** Measure words and counted nouns that make a numeral a COUNT ("两国", "三项", "12份"). */
    private static final String CLASSIFIERS = "个国项次位名家份件条轮场届批种方人座架艘台所部篇支节组对套吨户点只枚颗辆款";
    /** Classifiers that may close an ordinal ("第十七次", "第二届"). */
    private static final String ORDINAL_CLASSIFIERS = "届次个轮项期批位名场条款";

    /** Currency words, longest first so that "元人民币" wins over "元". */
    private static final List<Map.Entry<String, Currency>> CURRENCIES = List.of(
            Map.entry("元人民币", Currency.CNY), Map.entry("人民币", Currency.CNY), Map.entry("美元", Currency.USD),
            Map.entry("美金", Currency.USD), Map.entry("欧元", Currency.EUR), Map.entry("卢布", Currency.RUB),
            Map.entry("元", Currency.CNY));

    private ChineseNumberScanner() {
    }

    static List<NumberMention> scan(String text) {
        String norm = normalize(text);
        MentionCollector out = new MentionCollector(text);
        NumericDates.iso(norm, out);
        dates(norm, out);
        percentPrefix(norm, out);
        Matcher m = NUMBER.matcher(norm);
        while (m.find()) {
            if (out.isFree(m.start(), m.end())) {
                classify(norm, m.start(), m.end(), out);
            }
        }
        return out.result();
    }

    /** Maps full-width digits and Traditional characters to the forms matched below, one char for one char. */
    static String normalize(String text) {
        String from = "０１２３４５６７８９％．兩萬億個國項週屆輪場條種臺點餘幾數歐盧為歷號時紀";
        String to = "0123456789%.两万亿个国项周届轮场条种台点余几数欧卢为历号时纪";
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            int k = from.indexOf(cs[i]);
            if (k >= 0) {
                cs[i] = to.charAt(k);
            }
        }
        return new String(cs);
    }

    private static Optional<BigDecimal> value(String numeral) {
        return ChineseNumerals.parse(numeral);
    }

    private static int intValue(String numeral) {
        Optional<BigDecimal> v = value(numeral);
        if (v.isEmpty() || v.get().stripTrailingZeros().scale() > 0 || v.get().compareTo(BigDecimal.valueOf(100)) > 0) {
            return -1;
        }
        return v.get().intValue();
    }

    private static void dates(String norm, MentionCollector out) {
        Matcher m = DATE.matcher(norm);
        while (m.find()) {
            int year = 0;
            if (m.group(1) != null) {
                OptionalInt y = ChineseNumerals.parseDigitSequence(m.group(1));
                year = y.orElse(0);
            }
            int month = intValue(m.group(2));
            int day = m.group(3) == null ? 0 : intValue(m.group(3));
            if (month > 0 && day >= 0 && (m.group(1) == null || year > 0)
                    && MentionCollector.validDate(year, month, day)) {
                out.addDate(m.start(), m.end(), year, month, day);
            }
        }
    }

    private static void percentPrefix(String norm, MentionCollector out) {
        Matcher m = PERCENT_PREFIX.matcher(norm);
        while (m.find()) {
            Optional<BigDecimal> v = value(m.group(1));
            if (v.isPresent()) {
                out.add(m.start(), m.end(), NumberMention.Kind.PERCENT, v.get(), NumberKeys.percent(v.get()));
            }
        }
    }

    private static void classify(String norm, int s, int e, MentionCollector out) {
        String numeral = norm.substring(s, e);
        char before = s > 0 ? norm.charAt(s - 1) : ' ';
        char after = e < norm.length() ? norm.charAt(e) : ' ';
        // 数十, 几百, 十几: "some tens", "a few hundred" — no definite number to align.
        if ("数几若好".indexOf(before) >= 0 || after == '几') {
            return;
        }
        boolean arabic = numeral.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean single = numeral.length() == 1 && !arabic;
        Optional<BigDecimal> parsed = value(numeral);
        OptionalInt digitYear = ChineseNumerals.parseDigitSequence(numeral);
        if (parsed.isEmpty()) {
            if (numeral.length() == 4 && digitYear.isPresent() && after == '年') {
                out.addYear(s, e + 1, digitYear.getAsInt());
            }
            return;
        }
        BigDecimal v = parsed.get();
        if (before == '第') {
            int end = ORDINAL_CLASSIFIERS.indexOf(after) >= 0 ? e + 1 : e;
            out.add(s - 1, end, NumberMention.Kind.ORDINAL, v, NumberKeys.ordinal(v));
            return;
        }
        String rest = norm.substring(e);
        if (rest.startsWith("%")) {
            out.add(s, e + 1, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
            return;
        }
        for (String pp : new String[] {"个百分点", "百分点"}) {
            if (rest.startsWith(pp)) {
                out.add(s, e + pp.length(), NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
                return;
            }
        }
        // 多/余 after a numeral mean "more than": keep them in the span, the number is still the one to align.
        boolean approx = !rest.isEmpty() && (rest.charAt(0) == '多' || rest.charAt(0) == '余');
        int at = approx ? e + 1 : e;
        String tail = norm.substring(at);
        if (tail.startsWith("周年")) {
            out.add(s, at + 2, NumberMention.Kind.ANNIVERSARY, v, NumberKeys.anniversary(v));
            return;
        }
        if (tail.startsWith("年代")) {
            return; // 八十年代: a decade, not a quantity
        }
        if (tail.startsWith("世纪")) {
            out.add(s, at + 2, NumberMention.Kind.ORDINAL, v, NumberKeys.ordinal(v));
            return;
        }
        if (!single || numeral.charAt(0) != '一') {
            for (var c : CURRENCIES) {
                if (tail.startsWith(c.getKey()) && !(c.getKey().equals("元") && tail.length() > 1
                        && "首素旦帅老气".indexOf(tail.charAt(1)) >= 0)) {
                    out.add(s, at + c.getKey().length(), NumberMention.Kind.AMOUNT, v,
                            NumberKeys.amount(c.getValue(), v));
                    return;
                }
            }
        }
        if (timeUnit(norm, s, at, v, numeral, arabic, approx, digitYear, out)) {
            return;
        }
        if (tail.isEmpty()) {
            tail = " ";
        }
        char cl = tail.charAt(0);
        if (tail.startsWith("国集团")) {
            out.block(s, at + 3); // 二十国集团 is the G20, a name rather than a count of countries
            return;
        }
        if (cl == '届') {
            // Without 第, 届 still numbers a session ("十一届三中全会" is the 11th Central Committee).
            out.add(s, at + 1, NumberMention.Kind.ORDINAL, v, NumberKeys.ordinal(v));
            return;
        }
        boolean classifier = CLASSIFIERS.indexOf(cl) >= 0 && !(cl == '方' && tail.startsWith("方面"));
        if (classifier && !(single && numeral.charAt(0) == '一') && !(before == '之')) {
            out.add(s, at + 1, NumberMention.Kind.COUNT, v, NumberKeys.count(v));
            return;
        }
        if (!single && !approx) {
            out.add(s, e, NumberMention.Kind.CARDINAL, v, NumberKeys.cardinal(v));
        }
    }

    /** "三天", "两个星期", "三个月", "五年", "2025年" (a year), "9日" (a day of the month). */
    private static boolean timeUnit(String norm, int s, int at, BigDecimal v, String numeral, boolean arabic,
                                    boolean approx, OptionalInt digitYear, MentionCollector out) {
        String tail = norm.substring(at);
        int ge = tail.startsWith("个") ? 1 : 0;
        String u = tail.substring(ge);
        TimeUnit unit = null;
        int len = 0;
        if (u.startsWith("小时")) {
            unit = TimeUnit.HOUR;
            len = 2;
        } else if (u.startsWith("天")) {
            unit = TimeUnit.DAY;
            len = 1;
        } else if (u.startsWith("星期")) {
            unit = TimeUnit.WEEK;
            len = 2;
        } else if (u.startsWith("周") && !u.startsWith("周岁") && !u.startsWith("周边")) {
            unit = TimeUnit.WEEK;
            len = 1;
        } else if (ge == 1 && u.startsWith("月")) {
            unit = TimeUnit.MONTH;
            len = 1;
        } else if (ge == 0 && u.startsWith("日")) {
            String lead = norm.substring(Math.max(0, s - 2), s);
            if (lead.equals("为期") || lead.equals("历时") || lead.equals("连续")) {
                unit = TimeUnit.DAY;
                len = 1;
            } else {
                int day = arabic && !approx ? intValue(numeral) : -1;
                if (day >= 1 && day <= 31) {
                    out.addDate(s, at + 1, 0, 0, day);
                }
                return true; // a day of the month in Chinese numerals ("九日") is too ambiguous to report
            }
        } else if (ge == 0 && u.startsWith("年") && !u.startsWith("年代") && !u.startsWith("年级")) {
            boolean fourDigits = numeral.matches("\\d{4}") || numeral.length() == 4 && digitYear.isPresent();
            int y = numeral.matches("\\d{4}") ? v.intValue() : digitYear.orElse(0);
            if (fourDigits && !approx && y >= 1800 && y <= 2100) {
                out.addYear(s, at + 1, y);
                return true;
            }
            if (u.startsWith("年一度")) {
                return true; // 一年一度: "annual"
            }
            unit = TimeUnit.YEAR;
            len = 1;
        }
        if (unit == null) {
            return false;
        }
        out.add(s, at + ge + len, NumberMention.Kind.DURATION, v, NumberKeys.duration(v, unit));
        return true;
    }
}
