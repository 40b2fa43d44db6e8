package org.triglot.align;

import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of an alignment in the compact form the dynamic program reads: per unit its word weights, its
 * total weight and length, the translation keys of each word, and postings (key → units that own it).
 */
final class Side {
    final int size;
    final double[][] weights;
    final double[] total;
    final int[] length;
    final int[][][] translations;
    final Map<Integer, int[]> postings;

    Side(List<Unit> units) {
        size = units.size();
        weights = new double[size][];
        total = new double[size];
        length = new int[size];
        translations = new int[size][][];
        Map<Integer, List<Integer>> post = new HashMap<>();
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
            for (int k : unit.ownKeys()) {
                post.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            }
        }
        postings = new HashMap<>(post.size() * 2);
        post.forEach((k, list) -> postings.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    long totalLength() {
        long t = 0;
        for (int l : length) {
            t += l;
        }
        return t;
    }

    /** Units of this side that own key k, within [from, to]. */
    void unitsWithKey(int key, int from, int to, java.util.function.IntConsumer action) {
        int[] p = postings.get(key);
        if (p == null) {
            return;
        }
        int i = Arrays.binarySearch(p, from);
        if (i < 0) {
            i = -i - 1;
        }
        for (; i < p.length && p[i] <= to; i++) {
            action.accept(p[i]);
        }
    }
}
