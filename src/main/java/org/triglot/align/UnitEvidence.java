package org.triglot.align;

import org.triglot.lexicon.Similarity;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;
import org.triglot.model.Bead;

import java.util.List;

/**
 * How much a merged unit's coverage by the other side of its bead says against the unit being translated there,
 * learned from the documents at hand. How much of a unit the dictionaries find in its true translation depends on
 * the translation: a close news translation covers nearly every sentence, a free literary one leaves many
 * sentences with nothing matched. A fixed threshold either lets a dropped sentence hide inside a merge with its
 * neighbour (close translations) or splits true merges and leaves their uncovered sentences alone (free ones).
 *
 * <p>So the first pass's 1:1 links give the coverages of units by their translations, and the same units against
 * the units {@value #SHIFT} links further on give coverages by text that does not translate them. The cost of a
 * coverage is the log of how much likelier it is under the second than under the first, plus the log of how
 * often the first pass left units without counterpart against how often it merged them (relative to
 * {@value #SKIP_MERGE_REFERENCE}), never below 0. Both histograms are damped toward their pooled histogram, so
 * that a short text, with few links to learn from, costs little extra.
 */
final class UnitEvidence {
    /** Coverage bins: exactly 0, then (0, 0.1), [0.1, 0.2) … [0.9, 1]. */
    static final int BINS = 11;
    /** Pseudo-links of the pooled histogram added to each: with fewer real links than this the costs stay small. */
    static final double DAMPING = 30;
    /** Coverages by non-translations are measured against the units this many 1:1 links further on. */
    static final int SHIFT = 2;
    /**
     * Units left without counterpart per unit merged into a neighbour's bead at which the cost is the likelihood
     * ratio alone; where the first pass found omissions rarer than that (a book translated sentence by sentence),
     * a poorly covered unit is less likely an omission and its cost is lower.
     */
    static final double SKIP_MERGE_REFERENCE = 0.3;

    private UnitEvidence() {
    }

    static int bin(double coverage) {
        return coverage <= 0 ? 0 : 1 + Math.min(BINS - 2, (int) (coverage * 10));
    }

    /**
     * The cost per coverage bin (scaled by {@code weight}) from an earlier alignment of these units, or null when it
     * has no 1:1 links to learn from.
     */
    static double[] calibrate(List<Unit> a, List<Unit> b, List<Bead> beads, double weight) {
        double[] linked = new double[BINS];
        double[] shifted = new double[BINS];
        int[][] ones = beads.stream().filter(x -> x.a().size() == 1 && x.b().size() == 1)
                .map(x -> new int[]{x.a().get(0), x.b().get(0)}).toArray(int[][]::new);
        for (int k = 0; k < ones.length; k++) {
            Unit ua = a.get(ones[k][0]);
            Unit ub = b.get(ones[k][1]);
            add(linked, ua, ub);
            add(linked, ub, ua);
            if (k + SHIFT < ones.length) {
                Unit fa = a.get(ones[k + SHIFT][0]);
                Unit fb = b.get(ones[k + SHIFT][1]);
                add(shifted, ua, fb);
                add(shifted, ub, fa);
                add(shifted, fa, ub);
                add(shifted, fb, ua);
            }
        }
        double n1 = sum(linked);
        double n0 = sum(shifted);
        if (n1 == 0 || n0 == 0) {
            return null;
        }
        double skipped = 0;
        double merged = 0;
        for (Bead x : beads) {
            if (x.hasEmptySide()) {
                skipped += x.a().size() + x.b().size();
            } else {
                merged += x.a().size() - 1 + x.b().size() - 1;
            }
        }
        double prior = Math.log((skipped + 1) / (merged + 1) / SKIP_MERGE_REFERENCE);
        double[] cost = new double[BINS];
        for (int k = 0; k < BINS; k++) {
            double pooled = (linked[k] / n1 + shifted[k] / n0) / 2;
            double p1 = (linked[k] + DAMPING * pooled) / (n1 + DAMPING);
            double p0 = (shifted[k] + DAMPING * pooled) / (n0 + DAMPING);
            cost[k] = p1 <= 0 || p0 <= 0 ? 0 : weight * Math.max(0, Math.log(p0 / p1) + prior);
        }
        return cost;
    }

    /** Adds the weighted share of u's words that have a translation in {@code by}, if u has content words. */
    private static void add(double[] hist, Unit u, Unit by) {
        if (u.words().stream().mapToDouble(Word::weight).sum() > 0) {
            hist[bin(Similarity.coverage(u, by))]++;
        }
    }

    private static double sum(double[] h) {
        double s = 0;
        for (double x : h) {
            s += x;
        }
        return s;
    }
}
