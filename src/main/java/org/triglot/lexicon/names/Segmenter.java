package org.triglot.lexicon.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a run of letters into known units (syllables) with the least total cost, by dynamic
 * programming over all segmentations; this is longest-match with full backtracking.
 *
 * @param <V> what each unit stands for (e.g. the pinyin syllable a Palladius spelling belongs to)
 */
final class Segmenter<V> {

    /** One way a stretch of text can be read, and what reading it that way costs. */
    record Unit<V>(String text, V value, double cost) {
    }

    /** Extra cost a unit pays given the unit before it (null at the start of the word). */
    interface JoinPenalty<V> {
        double penalty(Unit<V> previous, Unit<V> next);
    }

    private final Map<String, List<Unit<V>>> unitsByText = new HashMap<>();
    private final JoinPenalty<V> joinPenalty;
    private int longest;

    Segmenter(JoinPenalty<V> joinPenalty) {
        this.joinPenalty = joinPenalty;
    }

    /** Adds a reading of {@code text}; a text may have several readings, and the cheapest path wins. */
    void add(String text, V value, double cost) {
        unitsByText.computeIfAbsent(text, k -> new ArrayList<>()).add(new Unit<>(text, value, cost));
        longest = Math.max(longest, text.length());
    }

    /** Cheapest segmentation of {@code text} into units, or an empty list if there is none. */
    List<Unit<V>> segment(String text) {
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        // Only the best path per position is kept, so a join penalty sees that path's last unit; this is
        // exact enough because penalties are small and only break ties between equally short readings.
        double[] best = new double[n + 1];
        @SuppressWarnings("unchecked")
        Unit<V>[] lastUnit = new Unit[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int len = 1; len <= longest && start + len <= n; len++) {
                List<Unit<V>> units = unitsByText.get(text.substring(start, start + len));
                if (units == null) {
                    continue;
                }
                for (Unit<V> unit : units) {
                    double cost = best[start] + unit.cost() + joinPenalty.penalty(lastUnit[start], unit);
                    if (cost < best[start + len]) {
                        best[start + len] = cost;
                        lastUnit[start + len] = unit;
                        back[start + len] = start;
                    }
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) {
            return List.of();
        }
        List<Unit<V>> path = new ArrayList<>();
        for (int pos = n; pos > 0; pos = back[pos]) {
            path.add(lastUnit[pos]);
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }
}
