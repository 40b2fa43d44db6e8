package org.triglot.model;

import java.util.List;

/**
 * One link of a two-version alignment: the 0-based unit numbers of version A and of version B that correspond
 * (either side may be empty: no counterpart), with the similarity that supports it and a confidence in 0–1.
 */
public record Bead(List<Integer> a, List<Integer> b, double similarity, double confidence) {
    public Bead {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }

    public boolean hasEmptySide() {
        return a.isEmpty() || b.isEmpty();
    }
}
