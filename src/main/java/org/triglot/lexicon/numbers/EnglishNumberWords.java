package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads English number words: cardinals ("twenty-five", "two hundred and five", "three billion"),
 * ordinals ("seventeenth", "seventy-fifth") and scale words used after digits ("240 billion", "10bn").
 */
public final class EnglishNumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);

    private static final Map<String, Long> SCALES = Map.ofEntries(
            Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("mln", 1_000_000L), Map.entry("mn", 1_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("bln", 1_000_000_000L), Map.entry("tn", 1_000_000_000_000L),
            Map.entry("trn", 1_000_000_000_000L));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90),
            Map.entry("hundredth", 100), Map.entry("thousandth", 1000));

    private EnglishNumberWords() {
    }

    /** True when the (lower-case) word, or every part of a hyphenated word, is a cardinal number word. */
    public static boolean isCardinalWord(String word) {
        for (String part : word.split("-", -1)) {
            if (!SMALL.containsKey(part) && !TENS.containsKey(part) && !part.equals("hundred")
                    && !SCALES.containsKey(part)) {
                return false;
            }
        }
        return true;
    }

    /** Multiplier of a scale word ("thousand", "million", "bn"), empty for other words. */
    public static OptionalLong scale(String word) {
        Long s = SCALES.get(word.toLowerCase(Locale.ROOT));
        return s == null ? OptionalLong.empty() : OptionalLong.of(s);
    }

    /** Parses a cardinal phrase such as "twenty-five", "one hundred and five" or "three billion". */
    public static Optional<BigDecimal> parse(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).trim().split("[\\s-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return parse(words);
    }

    /** Parses a cardinal phrase already split into lower-case words (hyphenated parts may stay joined). */
    static Optional<BigDecimal> parse(List<String> rawWords) {
        List<String> words = new ArrayList<>();
        for (String w : rawWords) {
            words.addAll(List.of(w.split("-")));
        }
        long total = 0;
        long current = 0;
        long lastScale = Long.MAX_VALUE;
        // What the previous word was, to reject sequences like "five three" or "twenty thirty".
        int last = 0; // 0 start, 1 unit, 2 teen, 3 tens, 4 hundred, 5 scale, 6 "and", 7 "a"
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("and")) {
                if (last != 4 && last != 5 || i == words.size() - 1) {
                    return Optional.empty();
                }
                last = 6;
                continue;
            }
            if (w.equals("a")) {
                if (i != 0 || i + 1 >= words.size()
                        || !(words.get(i + 1).equals("hundred") || SCALES.containsKey(words.get(i + 1)))) {
                    return Optional.empty();
                }
                current = 1;
                last = 7;
                continue;
            }
            Integer small = SMALL.get(w);
            Integer tens = TENS.get(w);
            if (small != null) {
                boolean afterTens = last == 3 && small > 0 && small < 10;
                if (!(last == 0 || last == 4 || last == 5 || last == 6 || afterTens)) {
                    return Optional.empty();
                }
                current += small;
                last = small < 10 ? 1 : 2;
                any = true;
            } else if (tens != null) {
                if (!(last == 0 || last == 4 || last == 5 || last == 6)) {
                    return Optional.empty();
                }
                current += tens;
                last = 3;
                any = true;
            } else if (w.equals("hundred")) {
                if (!(last == 1 || last == 7 || last == 2) || current % 100 == 0 && current != 0 && last != 7) {
                    return Optional.empty();
                }
                long below = current % 100;
                current = current - below + below * 100;
                last = 4;
                any = true;
            } else if (SCALES.containsKey(w)) {
                long s = SCALES.get(w);
                if (current == 0 || s >= lastScale || last == 6) {
                    return Optional.empty();
                }
                total += current * s;
                current = 0;
                lastScale = s;
                last = 5;
                any = true;
            } else {
                return Optional.empty();
            }
        }
        if (!any || last == 7) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(total + current));
    }

    /** Value of an ordinal word: "seventeenth" → 17, "seventy-fifth" → 75, "eightieth" → 80. */
    public static OptionalLong ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer direct = ORDINALS.get(w);
        if (direct != null) {
            return OptionalLong.of(direct);
        }
        int dash = w.lastIndexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            Integer unit = ORDINALS.get(w.substring(dash + 1));
            if (tens != null && unit != null && unit < 10) {
                return OptionalLong.of(tens + unit);
            }
        }
        return OptionalLong.empty();
    }

    /** True for "first" … "ninth", the only ordinals that can follow a tens word ("twenty first"). */
    static boolean isUnitOrdinal(String word) {
        Integer v = ORDINALS.get(word);
        return v != null && v < 10;
    }

    static boolean isTensWord(String word) {
        return TENS.containsKey(word);
    }
}
