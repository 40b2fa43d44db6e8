package org.triglot.align;

import org.triglot.lexicon.KeySpace;
import org.triglot.lexicon.MatchKind;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;
import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: learns word pairs specific to the documents from the confident links of a first alignment
 * (pairs of words that are unmatched by the dictionaries but keep occurring in the same beads) and adds them as
 * translations, so the realignment can use names translated by meaning, rare terms and the documents' own jargon.
 */
public final class SelfTraining {
    /** Beads at least this similar teach word pairs. */
    static final double CONFIDENT = 0.3;
    static final int MIN_COUNT = 2;
    static final double MIN_DICE = 0.5;

    private SelfTraining() {
    }

    /** Units of both sides with the learned pairs added to their words' translations, and how many pairs were learned. */
    public record Result(List<Unit> a, List<Unit> b, int learned) {
    }

    public static Result learn(List<Unit> a, List<Unit> b, List<Bead> beads, KeySpace keys) {
        Map<Long, Integer> pair = new HashMap<>();
        Map<Integer, Integer> countA = new HashMap<>();
        Map<Integer, Integer> countB = new HashMap<>();
        for (Bead bead : beads) {
            if (bead.hasEmptySide() || bead.similarity() < CONFIDENT) {
                continue;
            }
            Set<Integer> ka = unmatchedPrimaries(bead.a(), a, bead.b(), b);
            Set<Integer> kb = unmatchedPrimaries(bead.b(), b, bead.a(), a);
            ka.forEach(k -> countA.merge(k, 1, Integer::sum));
            kb.forEach(k -> countB.merge(k, 1, Integer::sum));
            for (int x : ka) {
                for (int y : kb) {
                    pair.merge(((long) x << 32) | (y & 0xffffffffL), 1, Integer::sum);
                }
            }
        }
        // Keep, for each word, only its best partner, and only when the association is strong.
        Map<Integer, int[]> bestForA = new HashMap<>();
        pair.forEach((p, c) -> {
            int x = (int) (p >>> 32);
            int y = (int) (long) p;
            double dice = 2.0 * c / (countA.get(x) + countB.get(y));
            if (c >= MIN_COUNT && dice >= MIN_DICE) {
                int[] cur = bestForA.get(x);
                if (cur == null || c > cur[1]) {
                    bestForA.put(x, new int[]{y, c});
                }
            }
        });
        Map<Integer, Set<Integer>> addA = new HashMap<>();
        Map<Integer, Set<Integer>> addB = new HashMap<>();
        bestForA.forEach((x, yc) -> {
            addA.computeIfAbsent(x, k -> new HashSet<>()).add(yc[0]);
            addB.computeIfAbsent(yc[0], k -> new HashSet<>()).add(x);
        });
        return new Result(extend(a, addA), extend(b, addB), bestForA.size());
    }

    private static Set<Integer> unmatchedPrimaries(List<Integer> ids, List<Unit> units, List<Integer> otherIds, List<Unit> other) {
        Set<Integer> out = new HashSet<>();
        for (int i : ids) {
            for (Word w : units.get(i).words()) {
                if (w.kind() == MatchKind.NUMBER || w.own().length == 0 || matched(w, otherIds, other)) {
                    continue;
                }
                out.add(w.own()[0]);
            }
        }
        return out;
    }

    private static boolean matched(Word w, List<Integer> otherIds, List<Unit> other) {
        for (int k : w.translations()) {
            for (int j : otherIds) {
                if (other.get(j).hasKey(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Unit> extend(List<Unit> units, Map<Integer, Set<Integer>> add) {
        if (add.isEmpty()) {
            return units;
        }
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            List<Word> words = new ArrayList<>(u.words().size());
            boolean changed = false;
            for (Word w : u.words()) {
                Set<Integer> extra = w.own().length == 0 ? null : add.get(w.own()[0]);
                if (extra == null) {
                    words.add(w);
                    continue;
                }
                int[] t = Arrays.copyOf(w.translations(), w.translations().length + extra.size());
                int n = w.translations().length;
                for (int k : extra) {
                    t[n++] = k;
                }
                Arrays.sort(t);
                words.add(new Word(w.span(), w.surface(), w.norm(), w.kind(), w.own(), t, w.weight(), w.detail()));
                changed = true;
            }
            out.add(changed ? new Unit(u.index(), u.text(), u.lang(), words, u.ownKeys(), u.length()) : u);
        }
        return out;
    }
}
