package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Finds numbers, dates and quantities in English text; see {@link NumberExtractor} for the forms covered. */
final class EnglishNumberScanner {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** Short month names, which are too ambiguous ("Mar", "Jan") to stand without a day or year. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words after which a capitalised month name with no number still names the month ("in May"). */
    private static final Set<String> MONTH_PREPOSITIONS = Set.of(
            "in", "since", "until", "till", "by", "from", "during", "before", "after", "early", "late", "through");

    /** Words after which a number 1800–2100 is a year ("since 1996"). */
    private static final Set<String> YEAR_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "of", "between",
            "through", "and", "year");

    private static final Map<String, Currency> CURRENCY_AFTER = Map.ofEntries(
            Map.entry("dollar", Currency.USD), Map.entry("dollars", Currency.USD), Map.entry("usd", Currency.USD),
            Map.entry("yuan", Currency.CNY), Map.entry("renminbi", Currency.CNY), Map.entry("rmb", Currency.CNY),
            Map.entry("cny", Currency.CNY), Map.entry("rouble", Currency.RUB), Map.entry("roubles", Currency.RUB),
            Map.entry("ruble", Currency.RUB), Map.entry("rubles", Currency.RUB), Map.entry("rub", Currency.RUB),
            Map.entry("euro", Currency.EUR), Map.entry("euros", Currency.EUR), Map.entry("eur", Currency.EUR));

    private static final Map<String, Currency> CURRENCY_BEFORE = Map.of(
            "$", Currency.USD, "usd", Currency.USD, "€", Currency.EUR, "eur", Currency.EUR,
            "¥", Currency.CNY, "rmb", Currency.CNY, "cny", Currency.CNY, "₽", Currency.RUB, "rub", Currency.RUB);

    private static final Map<String, TimeUnit> TIME_UNITS = Map.ofEntries(
            Map.entry("hour", TimeUnit.HOUR), Map.entry("hours", TimeUnit.HOUR),
            Map.entry("day", TimeUnit.DAY), Map.entry("days", TimeUnit.DAY),
            Map.entry("week", TimeUnit.WEEK), Map.entry("weeks", TimeUnit.WEEK),
            Map.entry("month", TimeUnit.MONTH), Map.entry("months", TimeUnit.MONTH),
            Map.entry("year", TimeUnit.YEAR), Map.entry("years", TimeUnit.YEAR));

    /** Function words that end in "s" or otherwise could be mistaken for a counted noun after a number. */
    private static final Set<String> NOT_NOUNS = Set.of(
            "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "from", "with", "than", "the", "a", "an",
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
            "this", "that", "these", "those", "its", "his", "hers", "ours", "theirs", "yours", "as", "us", "thus",
            "plus", "less", "across", "whereas", "towards", "always", "perhaps", "besides", "unless", "times",
            "per", "percent", "cent", "percentage", "more", "over", "under", "about", "around", "into", "onto",
            "which", "who", "whom", "whose", "what", "where", "when", "while", "also", "each", "both", "all",
            "ago", "old", "since", "until", "after", "before", "during", "through", "between", "among", "amid",
            "anniversary", "anniversaries", "respectively", "yes", "does", "did", "do", "not", "no", "so", "such");

    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "people", "children", "men", "women", "staff", "personnel", "media", "police", "youth");

    private final List<Token> toks;
    private final MentionCollector out;

    private EnglishNumberScanner(List<Token> toks, MentionCollector out) {
        this.toks = toks;
        this.out = out;
    }

    static List<NumberMention> scan(String text) {
        String norm = Tokenizer.normalize(text);
        MentionCollector out = new MentionCollector(text);
        NumericDates.iso(norm, out);
        EnglishNumberScanner s = new EnglishNumberScanner(Tokenizer.english(text, norm), out);
        int i = 0;
        while (i < s.toks.size()) {
            int next = s.at(i);
            i = Math.max(next, i + 1);
        }
        return out.result();
    }

    /** A cardinal read from tokens {@code first} (inclusive) to {@code end} (exclusive). */
    private record Phrase(int first, int end, BigDecimal value, boolean plainDigits, boolean bareOne) {
    }

    private Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    private boolean wordIs(int i, String w) {
        Token t = tok(i);
        return t != null && t.isWord() && t.is(w);
    }

    private boolean wordIn(int i, Set<String> set) {
        Token t = tok(i);
        return t != null && t.isWord() && set.contains(t.text());
    }

    private int at(int i) {
        Token t = toks.get(i);
        if (!out.isFree(t.start(), t.end())) {
            return i + 1;
        }
        int r = monthFirstDate(i);
        if (r > i) {
            return r;
        }
        r = dayFirstDate(i);
        if (r > i) {
            return r;
        }
        r = prefixedAmount(i);
        if (r > i) {
            return r;
        }
        r = hyphenatedDuration(i);
        if (r > i) {
            return r;
        }
        r = ordinal(i);
        if (r > i) {
            return r;
        }
        return cardinal(i);
    }

    private int monthOf(Token t) {
        if (t == null || !t.isWord() || !t.capitalized()) {
            return 0;
        }
        return MONTHS.getOrDefault(t.text(), 0);
    }

    private static boolean isDayNumber(Token t) {
        if (t == null || !t.isNumber() || !(t.suffix().isEmpty() || isOrdinalSuffix(t.suffix()))) {
            return false;
        }
        int v = t.number().stripTrailingZeros().scale() <= 0 ? t.number().intValue() : -1;
        return v >= 1 && v <= 31 && t.text().length() <= 4;
    }

    private static boolean isOrdinalSuffix(String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    private static int yearValue(Token t, int min, int max) {
        if (t == null || !t.isPlainInteger() || !t.text().matches("\\d{4}")) {
            return 0;
        }
        int y = t.number().intValue();
        return y >= min && y <= max ? y : 0;
    }

    /** "May 9", "May 9th, 2025", "May 2025", and "in May" (a month without a number needs a preposition). */
    private int monthFirstDate(int i) {
        Token t = toks.get(i);
        int month = monthOf(t);
        if (month == 0) {
            return i;
        }
        Token next = tok(i + 1);
        if (isDayNumber(next)) {
            int day = next.number().intValue();
            int end = i + 2;
            int year = 0;
            int yi = wordOrPunct(end, ",") ? end + 1 : end;
            int y = yearValue(tok(yi), 1000, 2999);
            if (y > 0) {
                year = y;
                end = yi + 1;
            }
            if (MentionCollector.validDate(year, month, day)) {
                out.addDate(t.start(), toks.get(end - 1).end(), year, month, day);
                return end;
            }
            return i;
        }
        int y = yearValue(next, 1800, 2100);
        if (y > 0) {
            out.addDate(t.start(), next.end(), y, month, 0);
            return i + 2;
        }
        if (!ABBREVIATIONS.contains(t.text()) && wordIn(i - 1, MONTH_PREPOSITIONS)) {
            out.addDate(t.start(), t.end(), 0, month, 0);
            return i + 1;
        }
        return i;
    }

    private boolean wordOrPunct(int i, String s) {
        Token t = tok(i);
        return t != null && t.is(s);
    }

    /** "9 May", "9th of May 2025", "9 May, 2025". */
    private int dayFirstDate(int i) {
        Token t = toks.get(i);
        if (!isDayNumber(t)) {
            return i;
        }
        int mi = wordIs(i + 1, "of") ? i + 2 : i + 1;
        int month = monthOf(tok(mi));
        if (month == 0) {
            return i;
        }
        int day = t.number().intValue();
        int end = mi + 1;
        int year = 0;
        int yi = wordOrPunct(end, ",") ? end + 1 : end;
        int y = yearValue(tok(yi), 1000, 2999);
        if (y > 0) {
            year = y;
            end = yi + 1;
        }
        if (!MentionCollector.validDate(year, month, day)) {
            return i;
        }
        out.addDate(t.start(), toks.get(end - 1).end(), year, month, day);
        return end;
    }

    /** "$240 billion", "US$10bn", "€5 million", "RMB 100 billion". */
    private int prefixedAmount(int i) {
        Token t = toks.get(i);
        int ni = i + 1;
        Currency c = CURRENCY_BEFORE.get(t.text());
        if ((t.is("us") || t.is("u.s.")) && tok(i + 1) != null && tok(i + 1).is("$")) {
            c = Currency.USD;
            ni = i + 2;
        }
        if (c == null) {
            return i;
        }
        Phrase p = readCardinal(ni);
        if (p == null) {
            return i;
        }
        out.add(t.start(), toks.get(p.end() - 1).end(), NumberMention.Kind.AMOUNT, p.value(),
                NumberKeys.amount(c, p.value()));
        return p.end();
    }

    /** "three-day", "10-year", "five-year", "80-year-old": a number glued to a singular time unit. */
    private int hyphenatedDuration(int i) {
        Token t = toks.get(i);
        BigDecimal value;
        String unitPart;
        if (t.isNumber() && !t.suffix().isEmpty() && !isOrdinalSuffix(t.suffix())) {
            value = t.number();
            unitPart = t.suffix().split("-")[0];
        } else if (t.isWord() && t.text().contains("-")) {
            String[] parts = t.text().split("-");
            int u = parts.length - 1;
            if (parts[u].equals("old") && u > 1) {
                u--;
            }
            if (u < 1) {
                return i;
            }
            StringBuilder num = new StringBuilder();
            for (int k = 0; k < u; k++) {
                num.append(k == 0 ? "" : "-").append(parts[k]);
            }
            var parsed = EnglishNumberWords.parse(List.of(num.toString()));
            if (parsed.isEmpty()) {
                return i;
            }
            value = parsed.get();
            unitPart = parts[u];
        } else {
            return i;
        }
        TimeUnit unit = TIME_UNITS.get(unitPart);
        if (unit == null || unitPart.endsWith("s")) {
            return i;
        }
        out.add(t.start(), t.end(), NumberMention.Kind.DURATION, value, NumberKeys.duration(value, unit));
        return i + 1;
    }

    /** "17th", "seventeenth", "seventy-fifth", "twenty first"; followed by "anniversary" it is an ANNIVERSARY. */
    private int ordinal(int i) {
        Token t = toks.get(i);
        long value;
        int end;
        boolean plainFirstOrSecond = false;
        if (t.isNumber() && isOrdinalSuffix(t.suffix()) && t.number().stripTrailingZeros().scale() <= 0) {
            value = t.number().longValue();
            end = i + 1;
        } else if (t.isWord() && EnglishNumberWords.isTensWord(t.text()) && tok(i + 1) != null
                && tok(i + 1).isWord() && EnglishNumberWords.isUnitOrdinal(tok(i + 1).text())) {
            value = EnglishNumberWords.parse(t.text()).orElseThrow().longValue()
                    + EnglishNumberWords.ordinal(tok(i + 1).text()).getAsLong();
            end = i + 2;
        } else if (t.isWord()) {
            OptionalLong o = EnglishNumberWords.ordinal(t.text());
            if (o.isEmpty()) {
                return i;
            }
            value = o.getAsLong();
            end = i + 1;
            plainFirstOrSecond = t.is("first") || t.is("second");
        } else {
            return i;
        }
        // "a third of", "one fifth": fractions, not positions.
        if (!t.isNumber() && (wordIs(i - 1, "a") || wordIs(i - 1, "one") || wordIs(end, "of"))) {
            return end;
        }
        if (wordIs(end, "anniversary") || wordIs(end, "anniversaries")) {
            BigDecimal v = BigDecimal.valueOf(value);
            out.add(t.start(), toks.get(end).end(), NumberMention.Kind.ANNIVERSARY, v, NumberKeys.anniversary(v));
            return end + 1;
        }
        // "first" and "second" are mostly adverbs, time units or idioms ("for the first time" has no
        // numeral in Chinese or Russian); report them only as "the first/second <noun>".
        if (plainFirstOrSecond && (!wordIs(i - 1, "the") || wordIs(end, "time") || wordIs(end, "of")
                || tok(end) == null || !tok(end).isWord())) {
            return end;
        }
        BigDecimal v = BigDecimal.valueOf(value);
        out.add(t.start(), toks.get(end - 1).end(), NumberMention.Kind.ORDINAL, v, NumberKeys.ordinal(v));
        return end;
    }

    /** Reads digits with an optional scale word, or a run of number words. */
    private Phrase readCardinal(int i) {
        Token t = tok(i);
        if (t == null) {
            return null;
        }
        if (t.isNumber() && !isOrdinalSuffix(t.suffix())) {
            BigDecimal v = t.number();
            Token next = tok(i + 1);
            if (t.suffix().isEmpty() && next != null && next.isWord()) {
                OptionalLong s = EnglishNumberWords.scale(next.text());
                if (s.isPresent()) {
                    return new Phrase(i, i + 2, v.multiply(BigDecimal.valueOf(s.getAsLong())), false, false);
                }
            }
            return new Phrase(i, i + 1, v, t.suffix().isEmpty(), false);
        }
        if (!t.isWord()) {
            return null;
        }
        int k = i;
        while (k < toks.size()) {
            Token w = toks.get(k);
            if (!w.isWord()) {
                break;
            }
            boolean nextIsNumberWord = tok(k + 1) != null && tok(k + 1).isWord()
                    && EnglishNumberWords.isCardinalWord(tok(k + 1).text());
            if (EnglishNumberWords.isCardinalWord(w.text())
                    || w.is("and") && k > i && nextIsNumberWord
                    || w.is("a") && k == i && nextIsNumberWord) {
                k++;
            } else {
                break;
            }
        }
        for (int end = k; end > i; end--) {
            List<String> words = toks.subList(i, end).stream().map(Token::text).toList();
            var v = EnglishNumberWords.parse(words);
            if (v.isPresent()) {
                boolean bareOne = end == i + 1 && t.is("one");
                return new Phrase(i, end, v.get(), false, bareOne);
            }
        }
        return null;
    }

    private int cardinal(int i) {
        Phrase p = readCardinal(i);
        if (p == null) {
            return i;
        }
        if (toks.get(i).suffix().equals("s")) {
            out.block(toks.get(i).start(), toks.get(i).end()); // "the 1990s": a decade, not a quantity
            return i + 1;
        }
        int start = toks.get(i).start();
        int j = p.end();
        Token next = tok(j);
        BigDecimal v = p.value();
        if (next != null && next.is("%")) {
            return add(start, j, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
        }
        if (wordIs(j, "percent")) {
            return add(start, j, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
        }
        if (wordIs(j, "per") && wordIs(j + 1, "cent") || wordIs(j, "percentage")
                && (wordIs(j + 1, "point") || wordIs(j + 1, "points"))) {
            return add(start, j + 1, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
        }
        int ci = (wordIs(j, "us") || wordIs(j, "u.s.")) && wordIn(j + 1, CURRENCY_AFTER.keySet()) ? j + 1 : j;
        if (wordIn(ci, CURRENCY_AFTER.keySet())) {
            Currency c = CURRENCY_AFTER.get(tok(ci).text());
            return add(start, ci, NumberMention.Kind.AMOUNT, v, NumberKeys.amount(c, v));
        }
        if (wordIn(j, TIME_UNITS.keySet())) {
            TimeUnit u = TIME_UNITS.get(tok(j).text());
            return add(start, j, NumberMention.Kind.DURATION, v, NumberKeys.duration(v, u));
        }
        if (p.plainDigits() && p.end() == i + 1) {
            Token t = toks.get(i);
            boolean afterPreposition = wordIn(i - 1, YEAR_PREPOSITIONS);
            int y = yearValue(t, afterPreposition ? 1800 : 1900, 2100);
            if (y > 0 && nounAfter(j) < 0) {
                out.addYear(t.start(), t.end(), y);
                return j;
            }
        }
        if (p.bareOne()) {
            // "one of", "the one", "one-China": the pronoun and idioms are not quantities to align.
            return j;
        }
        int noun = nounAfter(j);
        if (noun >= 0) {
            return add(start, noun, NumberMention.Kind.COUNT, v, NumberKeys.count(v));
        }
        out.add(start, toks.get(j - 1).end(), NumberMention.Kind.CARDINAL, v, NumberKeys.cardinal(v));
        return j;
    }

    /** Adds a mention from {@code start} to the end of token {@code last} and returns the index after it. */
    private int add(int start, int last, NumberMention.Kind kind, BigDecimal v, String key) {
        out.add(start, toks.get(last).end(), kind, v, key);
        return last + 1;
    }

    /** Index of the counted noun after a number ("two countries", "two foreign ministers"), or -1. */
    private int nounAfter(int j) {
        if (isNounCandidate(tok(j))) {
            if (isPluralNoun(tok(j))) {
                return j;
            }
            if (!tok(j).text().endsWith("ly") && isNounCandidate(tok(j + 1)) && isPluralNoun(tok(j + 1))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean isNounCandidate(Token t) {
        if (t == null || !t.isWord() || !t.text().matches("[a-z]{3,}")) {
            return false;
        }
        String w = t.text();
        return !NOT_NOUNS.contains(w) && !EnglishNumberWords.isCardinalWord(w) && !MONTHS.containsKey(w)
                && !CURRENCY_AFTER.containsKey(w) && !TIME_UNITS.containsKey(w)
                && EnglishNumberWords.ordinal(w).isEmpty();
    }

    private static boolean isPluralNoun(Token t) {
        String w = t.text();
        return IRREGULAR_PLURALS.contains(w) || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous");
    }
}
