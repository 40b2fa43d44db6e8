package org.triglot.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the string keys of one comparison ("en:minist", "ru:министр", "g:17", "n:anniv:80") as small ints,
 * so that matching is integer set membership. Not shared between comparisons; safe for the two threads that
 * analyse the two sides of one comparison.
 */
public final class KeySpace {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    public synchronized int id(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = names.size();
            ids.put(key, id);
            names.add(key);
        }
        return id;
    }

    public synchronized String name(int id) {
        return names.get(id);
    }

    public synchronized int size() {
        return names.size();
    }

    /** Sorted, distinct ids of the keys. */
    public int[] ids(Collection<String> keys) {
        int[] out = new int[keys.size()];
        int n = 0;
        for (String k : keys) {
            out[n++] = id(k);
        }
        Arrays.sort(out);
        return dedupe(out);
    }

    static int[] dedupe(int[] sorted) {
        if (sorted.length < 2) {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
