package org.triglot.lexicon.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Finds numbers, dates and quantities in Russian text; see {@link NumberExtractor} for the forms covered. */
final class RussianNumberScanner {

    /** Month stems whose case endings are soft (январь, января, январе) or hard (март, марта, марте). */
    private static final Map<String, Integer> SOFT_MONTHS = Map.of(
            "январ", 1, "феврал", 2, "апрел", 4, "июн", 6, "июл", 7, "сентябр", 9, "октябр", 10,
            "ноябр", 11, "декабр", 12);
    private static final Map<String, Integer> HARD_MONTHS = Map.of("март", 3, "август", 8);
    private static final Set<String> SOFT_ENDINGS = Set.of("ь", "я", "е", "ем", "ю");
    private static final Set<String> HARD_ENDINGS = Set.of("", "а", "е", "ом", "у");

    private static final Set<String> YEAR_WORDS = Set.of("год", "года", "году", "годом", "годе", "г", "гг");
    private static final Set<String> DECADE_WORDS = Set.of("годов", "годах", "годы", "годами", "годам");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("в", "во", "с", "со", "по", "до", "к", "ко", "после");

    private static final Map<String, TimeUnit> TIME_UNITS = Map.ofEntries(
            Map.entry("день", TimeUnit.DAY), Map.entry("дня", TimeUnit.DAY), Map.entry("дней", TimeUnit.DAY),
            Map.entry("дню", TimeUnit.DAY), Map.entry("днем", TimeUnit.DAY), Map.entry("дни", TimeUnit.DAY),
            Map.entry("сутки", TimeUnit.DAY), Map.entry("суток", TimeUnit.DAY),
            Map.entry("неделя", TimeUnit.WEEK), Map.entry("недели", TimeUnit.WEEK),
            Map.entry("недель", TimeUnit.WEEK), Map.entry("неделю", TimeUnit.WEEK),
            Map.entry("неделей", TimeUnit.WEEK), Map.entry("месяц", TimeUnit.MONTH),
            Map.entry("месяца", TimeUnit.MONTH), Map.entry("месяцев", TimeUnit.MONTH),
            Map.entry("месяцу", TimeUnit.MONTH), Map.entry("месяцем", TimeUnit.MONTH),
            Map.entry("год", TimeUnit.YEAR), Map.entry("года", TimeUnit.YEAR), Map.entry("лет", TimeUnit.YEAR),
            Map.entry("году", TimeUnit.YEAR), Map.entry("годом", TimeUnit.YEAR),
            Map.entry("час", TimeUnit.HOUR), Map.entry("часа", TimeUnit.HOUR), Map.entry("часов", TimeUnit.HOUR));

    /** Roots of compound adjectives/nouns that carry a number in their first part ("трех|дневный"). */
    private static final Map<String, TimeUnit> COMPOUND_UNITS = Map.of(
            "дневн", TimeUnit.DAY, "недельн", TimeUnit.WEEK, "месячн", TimeUnit.MONTH, "летн", TimeUnit.YEAR,
            "часов", TimeUnit.HOUR);
    private static final Set<String> ANNIVERSARY_ENDINGS = Set.of("летие", "летия", "летию", "летием", "летии");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of(
            "й", "я", "е", "го", "му", "м", "ю", "ое", "ый", "ий", "ая", "ой", "ого", "ому", "ым", "ом", "ую", "ые");

    private static final Set<String> PERCENT_WORDS = Set.of(
            "процент", "процента", "процентов", "процентам", "процентами", "процентах", "проц");

    private static final Map<String, Currency> CURRENCY_AFTER = Map.ofEntries(
            Map.entry("доллар", Currency.USD), Map.entry("доллара", Currency.USD),
            Map.entry("долларов", Currency.USD), Map.entry("долларам", Currency.USD),
            Map.entry("долларами", Currency.USD), Map.entry("долларах", Currency.USD),
            Map.entry("доллары", Currency.USD), Map.entry("долл", Currency.USD), Map.entry("$", Currency.USD),
            Map.entry("юань", Currency.CNY), Map.entry("юаня", Currency.CNY), Map.entry("юаней", Currency.CNY),
            Map.entry("юанях", Currency.CNY), Map.entry("юанями", Currency.CNY), Map.entry("юаням", Currency.CNY),
            Map.entry("юани", Currency.CNY), Map.entry("¥", Currency.CNY),
            Map.entry("рубль", Currency.RUB), Map.entry("рубля", Currency.RUB), Map.entry("рублей", Currency.RUB),
            Map.entry("рублях", Currency.RUB), Map.entry("рублями", Currency.RUB), Map.entry("рублям", Currency.RUB),
            Map.entry("рубли", Currency.RUB), Map.entry("руб", Currency.RUB), Map.entry("₽", Currency.RUB),
            Map.entry("евро", Currency.EUR), Map.entry("€", Currency.EUR));
    private static final Map<String, Currency> CURRENCY_BEFORE = Map.of(
            "$", Currency.USD, "€", Currency.EUR, "¥", Currency.CNY, "₽", Currency.RUB);

    /** Abbreviations whose full stop belongs to the expression rather than ending the sentence. */
    private static final Set<String> DOTTED = Set.of("тыс", "долл", "руб", "г", "гг", "проц");

    /** Function words that may follow a number but are not what it counts. */
    private static final Set<String> NOT_NOUNS = Set.of(
            "и", "а", "но", "или", "либо", "в", "во", "на", "с", "со", "по", "из", "изо", "до", "за", "от", "к",
            "ко", "о", "об", "обо", "у", "при", "для", "без", "через", "над", "под", "перед", "между", "что",
            "чтобы", "как", "не", "ни", "же", "ли", "бы", "это", "эти", "этот", "эта", "так", "уже", "еще",
            "также", "тоже", "раза", "раз", "более", "менее", "около", "свыше", "почти", "примерно", "только",
            "лишь", "всего", "его", "ее", "их", "был", "была", "было", "были", "есть", "будет", "стал", "стала",
            "который", "которые", "которых", "где", "когда", "тогда", "если", "плюс", "минус", "против",
            "тех", "том", "той", "тот", "та", "те", "ранее", "назад", "спустя", "подряд");

    private final List<Token> toks;
    private final MentionCollector out;

    private RussianNumberScanner(List<Token> toks, MentionCollector out) {
        this.toks = toks;
        this.out = out;
    }

    static List<NumberMention> scan(String text) {
        String norm = Tokenizer.normalize(text);
        MentionCollector out = new MentionCollector(text);
        NumericDates.iso(norm, out);
        NumericDates.dayMonthYear(norm, out);
        RussianNumberScanner s = new RussianNumberScanner(Tokenizer.russian(text, norm), out);
        int i = 0;
        while (i < s.toks.size()) {
            i = Math.max(s.at(i), i + 1);
        }
        return out.result();
    }

    /** A cardinal read from tokens {@code first} to {@code end} (exclusive). */
    private record Phrase(int end, BigDecimal value, boolean plainDigits, boolean formOfOne) {
    }

    private Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    private boolean wordIn(int i, Set<String> set) {
        Token t = tok(i);
        return t != null && (t.isWord() || t.type() == Token.Type.SYMBOL) && set.contains(t.text());
    }

    private boolean wordStarts(int i, String prefix) {
        Token t = tok(i);
        return t != null && t.isWord() && t.text().startsWith(prefix);
    }

    /** End offset of token {@code i}, stretched over a following full stop when the token is an abbreviation. */
    private int endWithDot(int i) {
        Token t = toks.get(i);
        Token dot = tok(i + 1);
        if (DOTTED.contains(t.text()) && dot != null && dot.is(".") && dot.start() == t.end()) {
            return dot.end();
        }
        return t.end();
    }

    private int at(int i) {
        Token t = toks.get(i);
        if (!out.isFree(t.start(), t.end())) {
            return i + 1;
        }
        int r = dayMonthDate(i);
        if (r > i) {
            return r;
        }
        r = monthDate(i);
        if (r > i) {
            return r;
        }
        r = prefixedAmount(i);
        if (r > i) {
            return r;
        }
        r = suffixedNumber(i);
        if (r > i) {
            return r;
        }
        r = compoundWord(i);
        if (r > i) {
            return r;
        }
        r = ordinalWords(i);
        if (r > i) {
            return r;
        }
        return cardinal(i);
    }

    static int month(String w) {
        if (w.equals("май") || w.equals("мая") || w.equals("мае") || w.equals("маем") || w.equals("маю")) {
            return 5;
        }
        for (var e : SOFT_MONTHS.entrySet()) {
            if (w.startsWith(e.getKey()) && SOFT_ENDINGS.contains(w.substring(e.getKey().length()))) {
                return e.getValue();
            }
        }
        for (var e : HARD_MONTHS.entrySet()) {
            if (w.startsWith(e.getKey()) && HARD_ENDINGS.contains(w.substring(e.getKey().length()))) {
                return e.getValue();
            }
        }
        return 0;
    }

    private static boolean isGenitiveMonth(String w) {
        return month(w) > 0 && (w.endsWith("я") || w.endsWith("а"));
    }

    private static boolean isPrepositionalMonth(String w) {
        return month(w) > 0 && w.endsWith("е");
    }

    private static int fourDigitYear(Token t, int min, int max) {
        if (t == null || !t.isNumber() || !t.text().matches("\\d{4}(-[а-я]+)?")) {
            return 0;
        }
        int y = t.number().intValue();
        return y >= min && y <= max ? y : 0;
    }

    /** After a year number: swallow "года"/"г." and return the index of the last token used. */
    private int yearWordAfter(int yi) {
        return wordIn(yi + 1, YEAR_WORDS) ? yi + 1 : yi;
    }

    /** "9 мая", "9 мая 2025 года", "9-го мая", "девятого мая 2025 г.". */
    private int dayMonthDate(int i) {
        Token t = toks.get(i);
        int day;
        if (t.isNumber() && (t.suffix().isEmpty() || t.suffix().equals("го") || t.suffix().equals("е"))) {
            day = t.intValue();
        } else if (t.isWord()) {
            day = (int) RussianNumberWords.ordinal(t.text()).orElse(0);
        } else {
            return i;
        }
        Token m = tok(i + 1);
        if (day < 1 || day > 31 || m == null || !m.isWord() || !isGenitiveMonth(m.text())) {
            return i;
        }
        int month = month(m.text());
        int last = i + 1;
        int year = fourDigitYear(tok(i + 2), 1000, 2999);
        if (year > 0) {
            last = yearWordAfter(i + 2);
        }
        if (!MentionCollector.validDate(year, month, day)) {
            return i;
        }
        out.addDate(t.start(), endWithDot(last), year, month, day);
        return last + 1;
    }

    /** "мае 2025 года" (month and year), or "в мае" (month alone, only after the preposition). */
    private int monthDate(int i) {
        Token t = toks.get(i);
        if (!t.isWord()) {
            return i;
        }
        int month = month(t.text());
        if (month == 0) {
            return i;
        }
        int year = fourDigitYear(tok(i + 1), 1800, 2100);
        if (year > 0) {
            int last = yearWordAfter(i + 1);
            out.addDate(t.start(), endWithDot(last), year, month, 0);
            return last + 1;
        }
        Token prev = tok(i - 1);
        if (isPrepositionalMonth(t.text()) && prev != null && (prev.is("в") || prev.is("во"))) {
            out.addDate(t.start(), t.end(), 0, month, 0);
            return i + 1;
        }
        return i;
    }

    /** "$10 млрд", "€5 млн". */
    private int prefixedAmount(int i) {
        Currency c = CURRENCY_BEFORE.get(toks.get(i).text());
        if (c == null || toks.get(i).type() != Token.Type.SYMBOL) {
            return i;
        }
        Phrase p = readCardinal(i + 1);
        if (p == null) {
            return i;
        }
        out.add(toks.get(i).start(), endWithDot(p.end() - 1), NumberMention.Kind.AMOUNT, p.value(),
                NumberKeys.amount(c, p.value()));
        return p.end();
    }

    /** Digits with a glued suffix: "80-летие", "17-й", "2025-го года", "3-дневный", "80-х годов". */
    private int suffixedNumber(int i) {
        Token t = toks.get(i);
        if (!t.isNumber() || t.suffix().isEmpty()) {
            return i;
        }
        String suf = t.suffix();
        BigDecimal v = t.number();
        if (ANNIVERSARY_ENDINGS.contains(suf)) {
            out.add(t.start(), t.end(), NumberMention.Kind.ANNIVERSARY, v, NumberKeys.anniversary(v));
            return i + 1;
        }
        if (suf.startsWith("летн") && wordStarts(i + 1, "юбиле")) {
            out.add(t.start(), toks.get(i + 1).end(), NumberMention.Kind.ANNIVERSARY, v, NumberKeys.anniversary(v));
            return i + 2;
        }
        for (var e : COMPOUND_UNITS.entrySet()) {
            if (suf.startsWith(e.getKey())) {
                out.add(t.start(), t.end(), NumberMention.Kind.DURATION, v, NumberKeys.duration(v, e.getValue()));
                return i + 1;
            }
        }
        if ((suf.equals("х") || suf.equals("е")) && wordIn(i + 1, DECADE_WORDS)) {
            out.block(t.start(), toks.get(i + 1).end()); // "80-х годов" is a decade, not a quantity
            return i + 2;
        }
        if (!ORDINAL_SUFFIXES.contains(suf)) {
            return i; // "2-х", "5-ти": cardinal case endings, read as plain numbers below
        }
        int year = fourDigitYear(t, 1800, 2100);
        if (year > 0 && wordIn(i + 1, YEAR_WORDS)) {
            out.addYear(t.start(), endWithDot(i + 1), year);
            return i + 2;
        }
        if (wordStarts(i + 1, "годовщин")) {
            out.add(t.start(), toks.get(i + 1).end(), NumberMention.Kind.ANNIVERSARY, v, NumberKeys.anniversary(v));
            return i + 2;
        }
        out.add(t.start(), t.end(), NumberMention.Kind.ORDINAL, v, NumberKeys.ordinal(v));
        return i + 1;
    }

    /** Words whose first part is a number: "восьмидесятилетие", "трехдневный", "пятилетний". */
    private int compoundWord(int i) {
        Token t = toks.get(i);
        if (!t.isWord() || t.text().contains("-")) {
            return i;
        }
        String w = t.text();
        for (String end : ANNIVERSARY_ENDINGS) {
            if (w.endsWith(end)) {
                String prefix = w.substring(0, w.length() - end.length());
                OptionalLong v = RussianNumberWords.combiningPrefix(prefix);
                // "десятилетие" and "столетие" mostly mean "decade" and "century".
                if (v.isPresent() && !prefix.equals("десяти") && !prefix.equals("сто")) {
                    BigDecimal b = BigDecimal.valueOf(v.getAsLong());
                    out.add(t.start(), t.end(), NumberMention.Kind.ANNIVERSARY, b, NumberKeys.anniversary(b));
                    return i + 1;
                }
                return i;
            }
        }
        for (var e : COMPOUND_UNITS.entrySet()) {
            int at = w.indexOf(e.getKey());
            if (at > 0) {
                OptionalLong v = RussianNumberWords.combiningPrefix(w.substring(0, at));
                if (v.isPresent()) {
                    BigDecimal b = BigDecimal.valueOf(v.getAsLong());
                    if (e.getValue() == TimeUnit.YEAR && wordStarts(i + 1, "юбиле")) {
                        out.add(t.start(), toks.get(i + 1).end(), NumberMention.Kind.ANNIVERSARY, b,
                                NumberKeys.anniversary(b));
                        return i + 2;
                    }
                    out.add(t.start(), t.end(), NumberMention.Kind.DURATION, b, NumberKeys.duration(b, e.getValue()));
                    return i + 1;
                }
            }
        }
        return i;
    }

    /** "семнадцатый", "двадцать пятого", "восьмидесятой годовщины". */
    private int ordinalWords(int i) {
        Token t = toks.get(i);
        if (!t.isWord()) {
            return i;
        }
        long value;
        int last;
        OptionalLong single = RussianNumberWords.ordinal(t.text());
        if (single.isPresent()) {
            value = single.getAsLong();
            last = i;
        } else {
            OptionalLong tens = RussianNumberWords.cardinal(t.text());
            Token n = tok(i + 1);
            OptionalLong unit = n != null && n.isWord() ? RussianNumberWords.ordinal(n.text()) : OptionalLong.empty();
            if (tens.isEmpty() || tens.getAsLong() < 20 || tens.getAsLong() % 10 != 0 || unit.isEmpty()
                    || unit.getAsLong() >= 10) {
                return i;
            }
            value = tens.getAsLong() + unit.getAsLong();
            last = i + 1;
        }
        String lastWord = toks.get(last).text();
        String next = tok(last + 1) == null ? "" : tok(last + 1).text();
        // Idioms with no number in the other languages: "в первую очередь" (above all), "первые лица" (leaders).
        if (lastWord.startsWith("перв") && (next.equals("очередь") || next.startsWith("лиц"))) {
            return last + 1;
        }
        BigDecimal v = BigDecimal.valueOf(value);
        if (next.startsWith("годовщин")) {
            out.add(t.start(), toks.get(last + 1).end(), NumberMention.Kind.ANNIVERSARY, v, NumberKeys.anniversary(v));
            return last + 2;
        }
        out.add(t.start(), toks.get(last).end(), NumberMention.Kind.ORDINAL, v, NumberKeys.ordinal(v));
        return last + 1;
    }

    private Phrase readCardinal(int i) {
        Token t = tok(i);
        if (t == null) {
            return null;
        }
        if (t.isNumber()) {
            if (!t.suffix().isEmpty() && ORDINAL_SUFFIXES.contains(t.suffix())) {
                return null;
            }
            Token n = tok(i + 1);
            if (t.suffix().isEmpty() && n != null && n.isWord()) {
                OptionalLong s = RussianNumberWords.scale(n.text());
                if (s.isPresent()) {
                    return new Phrase(i + 2, t.number().multiply(BigDecimal.valueOf(s.getAsLong())), false, false);
                }
            }
            return new Phrase(i + 1, t.number(), t.suffix().isEmpty(), false);
        }
        if (!t.isWord()) {
            return null;
        }
        int k = i;
        while (k < toks.size() && toks.get(k).isWord() && isCardinalWord(toks.get(k).text())) {
            k++;
        }
        for (int end = k; end > i; end--) {
            var v = RussianNumberWords.parse(toks.subList(i, end).stream().map(Token::text).toList());
            if (v.isPresent()) {
                boolean one = end == i + 1 && RussianNumberWords.isFormOfOne(t.text());
                return new Phrase(end, v.get(), false, one);
            }
        }
        return null;
    }

    private static boolean isCardinalWord(String w) {
        return RussianNumberWords.cardinal(w).isPresent() || RussianNumberWords.scale(w).isPresent()
                || RussianNumberWords.isOneAndAHalf(w);
    }

    private int cardinal(int i) {
        Phrase p = readCardinal(i);
        if (p == null) {
            return i;
        }
        int start = toks.get(i).start();
        int j = p.end();
        BigDecimal v = p.value();
        Token next = tok(j);
        if (next != null && (next.is("%") || wordIn(j, PERCENT_WORDS))) {
            return add(start, j, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
        }
        if (next != null && next.is("п") && tok(j + 1) != null && tok(j + 1).is(".")
                && tok(j + 2) != null && tok(j + 2).is("п")) {
            int last = tok(j + 3) != null && tok(j + 3).is(".") ? j + 3 : j + 2;
            return add(start, last, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
        }
        if (wordStarts(j, "процентн") && wordStarts(j + 1, "пункт")) {
            return add(start, j + 1, NumberMention.Kind.PERCENT, v, NumberKeys.percent(v));
        }
        if (wordIn(j, CURRENCY_AFTER.keySet())) {
            Currency c = CURRENCY_AFTER.get(next.text());
            int last = j;
            if (c == Currency.USD && tok(j + 1) != null && tok(j + 1).is("сша")) {
                last = j + 1;
            } else if (DOTTED.contains(next.text()) && tok(j + 1) != null && tok(j + 1).is(".")
                    && tok(j + 2) != null && tok(j + 2).is("сша")) {
                last = j + 2;
            }
            out.add(start, endWithDot(last), NumberMention.Kind.AMOUNT, v, NumberKeys.amount(c, v));
            return last + 1;
        }
        if (p.plainDigits() && j == i + 1) {
            int year = fourDigitYear(toks.get(i), 1800, 2100);
            if (year > 0 && wordIn(j, YEAR_WORDS)) {
                out.addYear(start, endWithDot(j), year);
                return j + 1;
            }
            if (year > 0 && wordIn(i - 1, YEAR_PREPOSITIONS) && nounAfter(j) < 0 && !wordIn(j, TIME_UNITS.keySet())) {
                out.addYear(start, toks.get(i).end(), year);
                return j;
            }
        }
        if (wordIn(j, TIME_UNITS.keySet())) {
            return add(start, j, NumberMention.Kind.DURATION, v, NumberKeys.duration(v, TIME_UNITS.get(next.text())));
        }
        if (p.formOfOne()) {
            // "одна из", "один и тот же", "с одной стороны": pronoun uses are not quantities.
            return j;
        }
        int noun = nounAfter(j);
        if (noun >= 0) {
            return add(start, noun, NumberMention.Kind.COUNT, v, NumberKeys.count(v));
        }
        out.add(start, endWithDot(j - 1), NumberMention.Kind.CARDINAL, v, NumberKeys.cardinal(v));
        return j;
    }

    private int add(int start, int last, NumberMention.Kind kind, BigDecimal v, String key) {
        out.add(start, endWithDot(last), kind, v, key);
        return last + 1;
    }

    /** Index of the counted noun after a number ("двух стран", "12 документов"), or -1. */
    private int nounAfter(int j) {
        Token t = tok(j);
        if (t == null || !t.isWord() || !t.text().matches("[а-я]{3,}")) {
            return -1;
        }
        String w = t.text();
        if (NOT_NOUNS.contains(w) || isCardinalWord(w) || RussianNumberWords.ordinal(w).isPresent()
                || month(w) > 0 || TIME_UNITS.containsKey(w) || CURRENCY_AFTER.containsKey(w)
                || PERCENT_WORDS.contains(w) || YEAR_WORDS.contains(w) || DECADE_WORDS.contains(w)) {
            return -1;
        }
        return j;
    }
}
