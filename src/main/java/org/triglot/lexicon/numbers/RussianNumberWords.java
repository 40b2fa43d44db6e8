package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads Russian number words in all their case forms: cardinals ("двух", "тремя", "сорока",
 * "двухсот", "тысячи"), ordinals ("семнадцатый", "восьмидесятой") and the combining forms used
 * inside compounds ("восьмидесяти|летие", "трех|дневный"). Input may use ё or е.
 */
public final class RussianNumberWords {

    /** Cardinal word forms → value. Forms of "один" are flagged separately because they double as pronouns. */
    private static final Map<String, Long> CARDINALS = new HashMap<>();
    private static final Map<String, Long> SCALES = new HashMap<>();
    private static final Map<String, Long> ORDINAL_STEMS = new HashMap<>();
    /** Genitive forms that start compounds such as "восьмидесятилетие" or "трехдневный", longest first. */
    private static final Map<String, Long> COMBINING = new HashMap<>();

    private static final String[] HARD_ENDINGS =
            {"ый", "ой", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми"};
    private static final String[] THIRD_FORMS =
            {"третий", "третья", "третье", "третьего", "третьему", "третьим", "третьем", "третью",
             "третьей", "третьи", "третьих", "третьими"};

    static {
        put(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одни", "одних");
        put(2, "два", "две", "двух", "двум", "двумя");
        put(3, "три", "трех", "трем", "тремя");
        put(4, "четыре", "четырех", "четырем", "четырьмя");
        put(5, "пять", "пяти", "пятью");
        put(6, "шесть", "шести", "шестью");
        // "семью" is left out: it is far more often "семья" (family) than "with seven".
        put(7, "семь", "семи");
        put(8, "восемь", "восьми", "восемью", "восьмью");
        put(9, "девять", "девяти", "девятью");
        put(10, "десять", "десяти", "десятью");
        String[] teens = {"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                "семнадцат", "восемнадцат", "девятнадцат"};
        for (int i = 0; i < teens.length; i++) {
            put(11 + i, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        }
        put(20, "двадцать", "двадцати", "двадцатью");
        put(30, "тридцать", "тридцати", "тридцатью");
        put(40, "сорок", "сорока");
        put(50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        put(60, "шестьдесят", "шестидесяти", "шестьюдесятью");
        put(70, "семьдесят", "семидесяти", "семьюдесятью");
        put(80, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        put(90, "девяносто", "девяноста");
        put(100, "сто", "ста");
        put(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах");
        put(300, "триста", "трехсот", "тремстам", "тремястами", "трехстах");
        put(400, "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
        String[] hundredStems = {"пят", "шест", "сем", "восем", "девят"};
        String[] hundredGen = {"пяти", "шести", "семи", "восьми", "девяти"};
        for (int i = 0; i < hundredStems.length; i++) {
            long v = (5 + i) * 100L;
            String gen = hundredGen[i];
            put(v, hundredStems[i] + "ьсот", gen + "сот", gen + "стам", hundredStems[i] + "ьюстами", gen + "стах");
        }
        scale(1_000L, "тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячью", "тысячам", "тысячами",
                "тысячах", "тыс");
        scale(1_000_000L, "миллион", "миллиона", "миллионов", "миллиону", "миллионом", "миллионами",
                "миллионах", "млн");
        scale(1_000_000_000L, "миллиард", "миллиарда", "миллиардов", "миллиарду", "миллиардом", "миллиардами",
                "миллиардах", "млрд");
        scale(1_000_000_000_000L, "триллион", "триллиона", "триллионов", "триллиону", "триллионом",
                "триллионами", "триллионах", "трлн");

        String[] ordStems = {"перв", "втор", null, "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"};
        for (int i = 0; i < ordStems.length; i++) {
            if (ordStems[i] != null) {
                ORDINAL_STEMS.put(ordStems[i], (long) i + 1);
            }
        }
        for (int i = 0; i < teens.length; i++) {
            ORDINAL_STEMS.put(teens[i], 11L + i);
        }
        ORDINAL_STEMS.put("двадцат", 20L);
        ORDINAL_STEMS.put("тридцат", 30L);
        ORDINAL_STEMS.put("сороков", 40L);
        ORDINAL_STEMS.put("пятидесят", 50L);
        ORDINAL_STEMS.put("шестидесят", 60L);
        ORDINAL_STEMS.put("семидесят", 70L);
        ORDINAL_STEMS.put("восьмидесят", 80L);
        ORDINAL_STEMS.put("девяност", 90L);
        ORDINAL_STEMS.put("сот", 100L);
        ORDINAL_STEMS.put("тысячн", 1000L);

        combining(1, "одно");
        combining(2, "двух");
        combining(3, "трех");
        combining(4, "четырех");
        combining(5, "пяти");
        combining(6, "шести");
        combining(7, "семи");
        combining(8, "восьми");
        combining(9, "девяти");
        combining(10, "десяти");
        for (int i = 0; i < teens.length; i++) {
            combining(11 + i, teens[i] + "и");
        }
        combining(20, "двадцати");
        combining(30, "тридцати");
        combining(40, "сорока");
        combining(50, "пятидесяти");
        combining(60, "шестидесяти");
        combining(70, "семидесяти");
        combining(80, "восьмидесяти");
        combining(90, "девяноста");
        combining(100, "сто");
    }

    private RussianNumberWords() {
    }

    private static void put(long v, String... forms) {
        for (String f : forms) {
            CARDINALS.put(f, v);
        }
    }

    private static void scale(long v, String... forms) {
        for (String f : forms) {
            SCALES.put(f, v);
        }
    }

    private static void combining(long v, String form) {
        COMBINING.put(form, v);
    }

    /** Folds case and ё so that "Трёх" and "трех" are looked up alike. */
    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Value of one cardinal word form ("двух" → 2, "сорока" → 40, "двухсот" → 200), empty otherwise. */
    public static OptionalLong cardinal(String word) {
        Long v = CARDINALS.get(fold(word));
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** True for the case forms of "один", which are also pronouns ("одна из", "один и тот же"). */
    public static boolean isFormOfOne(String word) {
        Long v = CARDINALS.get(fold(word));
        return v != null && v == 1;
    }

    /** Multiplier of a scale word ("тысячи", "млн", "миллиардов"), empty otherwise. */
    public static OptionalLong scale(String word) {
        Long v = SCALES.get(fold(word));
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** "полтора"/"полторы" (one and a half), which combine with scales: "полтора миллиарда". */
    static boolean isOneAndAHalf(String word) {
        String w = fold(word);
        return w.equals("полтора") || w.equals("полторы");
    }

    /** Value of an ordinal word in any case and gender ("семнадцатый", "восьмидесятой", "третьего"). */
    public static OptionalLong ordinal(String word) {
        String w = fold(word);
        for (String f : THIRD_FORMS) {
            if (f.equals(w)) {
                return OptionalLong.of(3);
            }
        }
        for (String end : HARD_ENDINGS) {
            if (w.endsWith(end)) {
                Long v = ORDINAL_STEMS.get(w.substring(0, w.length() - end.length()));
                if (v != null) {
                    return OptionalLong.of(v);
                }
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Parses a sequence of cardinal words such as ["двести", "сорок"] or ["три", "тысячи", "пятьсот"].
     * Returns empty when the words do not form one number.
     */
    public static Optional<BigDecimal> parse(List<String> words) {
        BigDecimal total = BigDecimal.ZERO;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        long smallestInGroup = Long.MAX_VALUE; // each word of a group must be of a lower order than the last
        boolean half = false;
        boolean any = false;
        for (String raw : words) {
            String w = fold(raw);
            Long s = SCALES.get(w);
            if (s != null) {
                if (s >= lastScale) {
                    return Optional.empty();
                }
                BigDecimal mult = half ? new BigDecimal("1.5") : BigDecimal.valueOf(current == 0 ? 1 : current);
                total = total.add(mult.multiply(BigDecimal.valueOf(s)));
                current = 0;
                half = false;
                lastScale = s;
                smallestInGroup = Long.MAX_VALUE;
                any = true;
                continue;
            }
            if (isOneAndAHalf(w)) {
                if (current != 0 || half) {
                    return Optional.empty();
                }
                half = true;
                any = true;
                continue;
            }
            Long v = CARDINALS.get(w);
            if (v == null || half) {
                return Optional.empty();
            }
            long order = v >= 100 ? 100 : v >= 20 ? 10 : v >= 10 ? 5 : 1; // teens close a group like tens+units
            if (order >= smallestInGroup || smallestInGroup == 5 || smallestInGroup == 1
                    || order == 5 && smallestInGroup == 10) {
                return Optional.empty();
            }
            current += v;
            smallestInGroup = order;
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        if (half) {
            total = total.add(new BigDecimal("1.5"));
        }
        return Optional.of(total.add(BigDecimal.valueOf(current)));
    }

    /**
     * Reads the numeric first part of a compound word: "восьмидесяти" → 80, "семидесятипяти" → 75,
     * "трех" → 3. The whole string must be consumed.
     */
    public static OptionalLong combiningPrefix(String prefix) {
        String p = fold(prefix);
        long total = 0;
        long lastOrder = Long.MAX_VALUE;
        int pos = 0;
        while (pos < p.length()) {
            String best = null;
            for (String form : COMBINING.keySet()) {
                if (p.startsWith(form, pos) && (best == null || form.length() > best.length())) {
                    best = form;
                }
            }
            if (best == null) {
                return OptionalLong.empty();
            }
            long v = COMBINING.get(best);
            long order = v >= 100 ? 100 : v >= 20 ? 10 : 1;
            if (order >= lastOrder) {
                return OptionalLong.empty();
            }
            total += v;
            lastOrder = v >= 10 && v < 20 ? 0 : order;
            pos += best.length();
        }
        return pos == 0 ? OptionalLong.empty() : OptionalLong.of(total);
    }
}
