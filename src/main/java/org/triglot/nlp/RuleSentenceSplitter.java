package org.triglot.nlp;

import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitting by punctuation rules for alphabetic languages: a boundary follows . ! ? or … (with any
 * closing quotes and brackets) when whitespace and then a capital letter, a digit, an opening quote or a dash
 * introducing a capitalised sentence come next — unless the word before the stop is a known abbreviation or
 * an initial ("С.В.Лавров", "т.е.", "г.").
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    /** Russian abbreviations after which a full stop does not end a sentence (lower case, without the final stop). */
    public static final Set<String> RUSSIAN_ABBREVIATIONS = Set.of(
            "т.е", "т.д", "т.п", "т.к", "т.н", "т.ч", "т.о", "и.о", "г", "гг", "им", "ул", "д", "см", "ср", "пр", "др",
            "проф", "акад", "доц", "млн", "млрд", "трлн", "тыс", "руб", "долл", "коп", "ок", "стр", "рис", "напр", "ст",
            "в", "вв", "чел", "кв", "км", "н.э", "гр", "тов", "г-н", "г-жа", "пос", "обл", "р-н", "просп", "пл", "кн",
            "авт", "изд", "ред", "англ", "кит", "рус", "лат", "франц", "нем", "мин", "сек", "зам", "зав", "ген", "генсек",
            "полк", "ген.-лейт", "прим", "сокр", "т", "с", "п", "пп", "ч", "гл", "разд", "н", "янв", "фев", "февр", "мар",
            "апр", "авг", "сент", "окт", "нояб", "дек", "пер", "наб", "б-р", "corp", "inc", "mr", "dr");
    private static final String CLOSERS = "»”\"')]’」";
    private static final String OPENERS = "«„“\"'([‘";

    private final Set<String> abbreviations;

    public RuleSentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    public static RuleSentenceSplitter russian() {
        return new RuleSentenceSplitter(RUSSIAN_ABBREVIATIONS);
    }

    @Override
    public List<Span> split(String text) {
        List<Integer> boundaries = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boundaries.add(i);
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && ".!?…".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < n && Spans.isSpace(text.charAt(next)) && text.charAt(next) != '\n') {
                next++;
            }
            if (next == end || next >= n) {
                i = end - 1;
                continue;
            }
            if (!startsSentence(text, next) || (c == '.' && end == i + 1 && isAbbreviationOrInitial(text, i))) {
                i = end - 1;
                continue;
            }
            boundaries.add(end);
            i = end - 1;
        }
        return Spans.cut(text, boundaries);
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '—' || c == '–' || c == '-') {
            int k = at + 1;
            while (k < text.length() && Spans.isSpace(text.charAt(k))) {
                k++;
            }
            return k < text.length() && Character.isUpperCase(text.charAt(k));
        }
        if (OPENERS.indexOf(c) >= 0) {
            return at + 1 < text.length() && (Character.isUpperCase(text.charAt(at + 1)) || Character.isDigit(text.charAt(at + 1))
                    || OPENERS.indexOf(text.charAt(at + 1)) >= 0);
        }
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** True when the stop at {@code dot} closes an abbreviation or a one-letter initial. */
    private boolean isAbbreviationOrInitial(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.' || text.charAt(start - 1) == '-')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.isEmpty()) {
            return false;
        }
        int lastDot = word.lastIndexOf('.');
        String lastPart = lastDot >= 0 ? word.substring(lastDot + 1) : word;
        if (lastPart.length() == 1 && Character.isUpperCase(lastPart.charAt(0))) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return abbreviations.contains(lower) || abbreviations.contains(lastPart.toLowerCase(Locale.ROOT));
    }
}
