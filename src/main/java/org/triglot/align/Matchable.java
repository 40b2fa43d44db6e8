package org.triglot.align;

import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts each word's translation keys down to those some unit of the other side owns, once per alignment. A common
 * English stem has hundreds of Chinese translations, nearly all absent from the text at hand; the dynamic program
 * would otherwise look each of them up again at every coarsening level of both passes. Keys no unit owns can
 * never cover a word, so the beads and their similarities are unchanged.
 */
final class Matchable {
    private Matchable() {
    }

    static List<Unit> against(List<Unit> units, List<Unit> other) {
        BitSet owned = new BitSet();
        for (Unit u : other) {
            for (int k : u.ownKeys()) {
                owned.set(k);
            }
        }
        // Occurrences of one word form share one translations array (see UnitAnalyzer): cut each array once.
        Map<int[], int[]> cut = new IdentityHashMap<>();
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            List<Word> words = new ArrayList<>(u.words().size());
            boolean changed = false;
            for (Word w : u.words()) {
                int[] t = cut.computeIfAbsent(w.translations(), all -> keep(all, owned));
                if (t == w.translations()) {
                    words.add(w);
                } else {
                    words.add(new Word(w.span(), w.surface(), w.norm(), w.kind(), w.own(), t, w.weight(), w.detail()));
                    changed = true;
                }
            }
            out.add(changed ? new Unit(u.index(), u.text(), u.lang(), words, u.ownKeys(), u.length()) : u);
        }
        return out;
    }

    private static int[] keep(int[] keys, BitSet owned) {
        int[] out = new int[keys.length];
        int n = 0;
        for (int k : keys) {
            if (owned.get(k)) {
                out[n++] = k;
            }
        }
        return n == keys.length ? keys : Arrays.copyOf(out, n);
    }
}
