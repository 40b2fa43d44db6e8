package org.triglot.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The cross-language similarity of two groups of units: the harmonic mean of the IDF-weighted share of A's
 * words that have a translation among B's words and the same share the other way (the measure that carried a
 * dictionary aligner on MAC-Dev), with the evidence for every match.
 */
public final class Similarity {
    private Similarity() {
    }

    public static SimilarityResult compare(List<Unit> a, List<Unit> b, KeySpace keys) {
        List<Evidence> matches = new ArrayList<>();
        List<Word> unmatchedA = new ArrayList<>();
        List<Word> unmatchedB = new ArrayList<>();
        double covA = coverage(a, b, keys, matches, unmatchedA, true);
        double covB = coverage(b, a, keys, null, unmatchedB, false);
        double score = covA + covB == 0 ? 0 : 2 * covA * covB / (covA + covB);
        return new SimilarityResult(score, covA, covB, matches, unmatchedA, unmatchedB);
    }

    public static SimilarityResult compare(Unit a, Unit b, KeySpace keys) {
        return compare(List.of(a), List.of(b), keys);
    }

    /** Just the score, without collecting evidence (for ranking many candidates). */
    public static double score(Unit a, Unit b) {
        double ca = coverage(a, b);
        double cb = coverage(b, a);
        return ca + cb == 0 ? 0 : 2 * ca * cb / (ca + cb);
    }

    /** The IDF-weighted share of {@code from}'s words that have a translation among {@code to}'s keys (0 without words). */
    public static double coverage(Unit from, Unit to) {
        double total = 0;
        double covered = 0;
        for (Word w : from.words()) {
            total += w.weight();
            for (int k : w.translations()) {
                if (to.hasKey(k)) {
                    covered += w.weight();
                    break;
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static double coverage(List<Unit> from, List<Unit> to, KeySpace keys, List<Evidence> evidence,
                                   List<Word> unmatched, boolean fromIsA) {
        double total = 0;
        double covered = 0;
        for (Unit u : from) {
            for (Word w : u.words()) {
                total += w.weight();
                Evidence e = findMatch(u, w, to, keys, fromIsA);
                if (e != null) {
                    covered += w.weight();
                    if (evidence != null) {
                        evidence.add(e);
                    }
                } else {
                    unmatched.add(w);
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static Evidence findMatch(Unit u, Word w, List<Unit> to, KeySpace keys, boolean fromIsA) {
        for (int k : w.translations()) {
            for (Unit v : to) {
                if (!v.hasKey(k)) {
                    continue;
                }
                for (Word x : v.words()) {
                    if (java.util.Arrays.binarySearch(x.own(), k) >= 0) {
                        MatchKind kind = kindOf(keys.name(k), u.lang() == v.lang());
                        String detail = keys.name(k);
                        return fromIsA
                                ? new Evidence(kind, u.index(), w.span(), w.surface(), v.index(), x.span(), x.surface(), detail)
                                : new Evidence(kind, v.index(), x.span(), x.surface(), u.index(), w.span(), w.surface(), detail);
                    }
                }
            }
        }
        return null;
    }

    static MatchKind kindOf(String key, boolean sameLanguage) {
        if (key.startsWith("g:")) {
            return MatchKind.GLOSSARY;
        }
        if (key.startsWith("nm:")) {
            return MatchKind.NAME;
        }
        if (key.startsWith("n:") || key.startsWith("v:")) {
            return MatchKind.NUMBER;
        }
        if (key.startsWith("lat:") || sameLanguage) {
            return MatchKind.IDENTICAL;
        }
        if (key.startsWith("l:")) {
            return MatchKind.LEARNED;
        }
        return MatchKind.DICTIONARY;
    }
}
