package org.triglot.align;

import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;

import java.util.Arrays;
import java.util.List;

/**
 * One side of an alignment in the compact form the dynamic program reads: per unit its word weights, its
 * total weight and length, the translation keys of each word, and postings (key → units that own it).
 */
final class Side {
    final int size;
    final double[][] weights;
    final double[] total;
    final int[] length;
    /** Summed length of the units before each index (size + 1 entries): a bead's length in two reads. */
    private final long[] lengthBefore;
    final int[][][] translations;
    /** Per unit: questions, exclamations, and 1 when it holds quoted speech (see {@link Punctuation}). */
    final int[] questions;
    final int[] exclamations;
    final int[] speech;
    /** Per unit: quotations opened minus closed, -1, 0 or 1 (see {@link Punctuation#quoteBalance}). */
    final int[] quotes;
    /**
     * Postings in compressed rows, indexed by key id (ids are small and dense): the units owning key k are
     * {@code postings[postingStart[k] .. postingStart[k + 1])}, ascending. Avoids boxing a key per lookup.
     */
    private final int[] postingStart;
    private final int[] postings;

    Side(List<Unit> units) {
        size = units.size();
        weights = new double[size][];
        total = new double[size];
        length = new int[size];
        translations = new int[size][][];
        questions = new int[size];
        exclamations = new int[size];
        speech = new int[size];
        quotes = new int[size];
        int maxKey = -1;
        int owned = 0;
        for (Unit unit : units) {
            for (int k : unit.ownKeys()) {
                maxKey = Math.max(maxKey, k);
            }
            owned += unit.ownKeys().length;
        }
        postingStart = new int[maxKey + 2];
        postings = new int[owned];
        for (int u = 0; u < size; u++) {
            Unit unit = units.get(u);
            List<Word> words = unit.words();
            weights[u] = new double[words.size()];
            translations[u] = new int[words.size()][];
            for (int w = 0; w < words.size(); w++) {
                weights[u][w] = words.get(w).weight();
                total[u] += weights[u][w];
                translations[u][w] = words.get(w).translations();
            }
            length[u] = unit.length();
            questions[u] = Punctuation.questions(unit.text());
            exclamations[u] = Punctuation.exclamations(unit.text());
            speech[u] = Punctuation.speech(unit.text()) ? 1 : 0;
            quotes[u] = Punctuation.quoteBalance(unit.text());
            for (int k : unit.ownKeys()) {
                postingStart[k + 1]++;
            }
        }
        for (int k = 0; k <= maxKey; k++) {
            postingStart[k + 1] += postingStart[k];
        }
        lengthBefore = new long[size + 1];
        for (int u = 0; u < size; u++) {
            lengthBefore[u + 1] = lengthBefore[u] + length[u];
        }
        int[] next = Arrays.copyOf(postingStart, maxKey + 1);
        for (int u = 0; u < size; u++) {
            for (int k : units.get(u).ownKeys()) { // ownKeys are distinct, so each unit is listed once per key
                postings[next[k]++] = u;
            }
        }
    }

    long totalLength() {
        return lengthBefore[size];
    }

    /** The summed length of units from … to−1. */
    long lengthOf(int from, int to) {
        return lengthBefore[to] - lengthBefore[from];
    }

    /** Units of this side that own key k, within [from, to]. */
    void unitsWithKey(int key, int from, int to, java.util.function.IntConsumer action) {
        if (key + 1 >= postingStart.length) {
            return;
        }
        int end = postingStart[key + 1];
        int i = Arrays.binarySearch(postings, postingStart[key], end, from);
        if (i < 0) {
            i = -i - 1;
        }
        for (; i < end && postings[i] <= to; i++) {
            action.accept(postings[i]);
        }
    }
}
