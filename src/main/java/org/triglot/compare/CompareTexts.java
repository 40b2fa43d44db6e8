package org.triglot.compare;

import org.triglot.lexicon.Unit;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.lexicon.Word;
import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small text and evidence helpers of the compare checks: where a word's translations occur, coverage, dates, lengths, excerpts. */
final class CompareTexts {
    private CompareTexts() {
    }

    /** Two date keys (date:2025-04-28, date:--04-28, date:---28) that agree on every field both give, day included. */
    static boolean datesCompatible(String x, String y) {
        String[] a = dateFields(x);
        String[] b = dateFields(y);
        if (a == null || b == null || a[2] == null || b[2] == null || !a[2].equals(b[2])) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            if (a[i] != null && b[i] != null && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] dateFields(String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^date:(\\d{4}|-)-(\\d{2}|-)?-?(\\d{2})?$").matcher(key);
        if (!m.matches()) {
            return null;
        }
        String y = m.group(1).equals("-") ? null : m.group(1);
        return new String[]{y, m.group(2) == null || m.group(2).equals("-") ? null : m.group(2), m.group(3)};
    }

    /** The paragraphs of the other version holding any of the keys. */
    static List<Integer> where(int[] keys, List<Unit> other) {
        List<Integer> out = new ArrayList<>();
        for (Unit u : other) {
            for (int k : keys) {
                if (u.hasKey(k)) {
                    out.add(u.index());
                    break;
                }
            }
        }
        return out;
    }

    /** IDF-weighted share of the words that have a translation in any of the units. */
    static double coverage(List<Word> words, List<Unit> other, Set<Integer> skip) {
        double total = 0;
        double covered = 0;
        for (Word w : words) {
            total += w.weight();
            outer:
            for (Unit u : other) {
                if (skip.contains(u.index())) {
                    continue;
                }
                for (int k : w.translations()) {
                    if (u.hasKey(k)) {
                        covered += w.weight();
                        break outer;
                    }
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    static int weightedLength(String text, Lang lang) {
        int n = UnitAnalyzer.lengthOf(text);
        return lang == Lang.ZH ? 3 * n : n;
    }

    static String excerpt(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int cps = t.codePointCount(0, t.length());
        if (cps <= 40) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, 40)) + "\u2026";
    }
}
