package org.triglot.align;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Bead similarities for the dynamic program, from bitmasks of which words of a unit are covered by each unit of
 * the other side within the band. A bead's coverage is then an OR of a few masks and a weighted popcount, so
 * the cost of any n:m bead is cheap however many dictionary keys its words have.
 */
final class BeadCosts {
    private final Side a;
    private final Side b;
    private final int[] winLoA;
    private final long[][][] masksA;
    private final int[] winLoB;
    private final long[][][] masksB;
    /** Cost per coverage bin of a unit on a side with several units (see {@link UnitEvidence}), or null. */
    private final double[] evidence;

    BeadCosts(Side a, Side b, Band band, int maxSide) {
        this(a, b, band, maxSide, null);
    }

    BeadCosts(Side a, Side b, Band band, int maxSide, double[] evidence) {
        this.evidence = evidence;
        this.a = a;
        this.b = b;
        int n = a.size;
        int m = b.size;
        winLoA = new int[n];
        int[] winHiA = new int[n];
        for (int u = 0; u < n; u++) {
            winLoA[u] = Math.max(0, band.lo[Math.min(n, u + 1)] - maxSide);
            winHiA[u] = Math.min(m - 1, band.hi[Math.min(n, u + maxSide)] - 1);
        }
        winLoB = new int[m];
        int[] winHiB = new int[m];
        int first = 0;
        int last = 0;
        for (int v = 0; v < m; v++) {
            while (first < n && band.hi[first] < v + 1) {
                first++;
            }
            int c = Math.min(m, v + maxSide);
            while (last < n && band.lo[last + 1] <= c) {
                last++;
            }
            winLoB[v] = Math.max(0, first - maxSide);
            winHiB[v] = Math.max(winLoB[v] - 1, Math.min(n - 1, last - 1 + maxSide));
        }
        // The masks are over a third of the aligner's time and independent per unit: build them on all cores.
        masksA = new long[n][][];
        masksB = new long[m][][];
        IntStream.range(0, n + m).parallel().forEach(x -> {
            if (x < n) {
                masksA[x] = masks(a, x, b, winLoA[x], winHiA[x]);
            } else {
                masksB[x - n] = masks(b, x - n, a, winLoB[x - n], winHiB[x - n]);
            }
        });
    }

    /** For each unit t of {@code to} in [lo, hi], which words of unit u of {@code from} have a translation owned by t. */
    private static long[][] masks(Side from, int u, Side to, int lo, int hi) {
        if (hi < lo) {
            return new long[0][];
        }
        long[][] out = new long[hi - lo + 1][];
        int words = from.weights[u].length;
        int blocks = (words + 63) >>> 6;
        for (int w = 0; w < words; w++) {
            final int word = w;
            for (int key : from.translations[u][w]) {
                to.unitsWithKey(key, lo, hi, t -> {
                    long[] mask = out[t - lo];
                    if (mask == null) {
                        mask = new long[blocks];
                        out[t - lo] = mask;
                    }
                    mask[word >>> 6] |= 1L << (word & 63);
                });
            }
        }
        return out;
    }

    /**
     * The lowest coverage of a single unit on a side with several units, from the last {@link #similarity} call
     * (1 when both sides have one unit). Reading it from a field keeps the inner loop of the search free of allocation.
     */
    double minUnitCoverage = 1;

    /**
     * The OR of masks for units of over 64 words, kept between calls: coarse units hold hundreds of words, and a new
     * array per call was most of the search's allocation. The search runs on one thread.
     */
    private long[] scratch = new long[8];

    /** Whether the units' coverages have learned costs (the second pass). */
    boolean calibrated() {
        return evidence != null;
    }

    /** The summed evidence cost of the units on sides with several units, from the last {@link #similarity} call. */
    double evidenceCost = 0;

    /** Similarity of the bead A[i0, i1) × B[j0, j1): harmonic mean of the two weighted coverages. */
    double similarity(int i0, int i1, int j0, int j1) {
        double totA = 0;
        double covA = 0;
        double min = 1;
        double ev = 0;
        for (int u = i0; u < i1; u++) {
            totA += a.total[u];
            double c = covered(masksA[u], winLoA[u], j0, j1, a.weights[u]);
            covA += c;
            if (i1 - i0 > 1 && a.total[u] > 0) {
                min = Math.min(min, c / a.total[u]);
            }
            if (evidence != null && i1 - i0 > 1 && a.total[u] > 0) {
                ev += evidence[UnitEvidence.bin(c / a.total[u])];
            }
        }
        double totB = 0;
        double covB = 0;
        for (int v = j0; v < j1; v++) {
            totB += b.total[v];
            double c = covered(masksB[v], winLoB[v], i0, i1, b.weights[v]);
            covB += c;
            if (j1 - j0 > 1 && b.total[v] > 0) {
                min = Math.min(min, c / b.total[v]);
            }
            if (evidence != null && j1 - j0 > 1 && b.total[v] > 0) {
                ev += evidence[UnitEvidence.bin(c / b.total[v])];
            }
        }
        minUnitCoverage = min;
        evidenceCost = ev;
        if (totA == 0 && totB == 0) {
            return 0.3; // two units without content words (punctuation, numbers only): no evidence either way
        }
        double ca = totA == 0 ? 0 : covA / totA;
        double cb = totB == 0 ? 0 : covB / totB;
        return ca + cb == 0 ? 0 : 2 * ca * cb / (ca + cb);
    }

    /**
     * For a bead of one unit against several, A[i0, i1) × B[j0, j1): the share of the single unit's weight that the
     * several cover, leaving out unit {@code left} of them (−1: none left out).
     */
    double coverageOfSingle(int i0, int i1, int j0, int j1, int left) {
        if (i1 - i0 == 1) {
            return a.total[i0] == 0 ? 0 : coveredWithout(masksA[i0], winLoA[i0], j0, j1, left, a.weights[i0]) / a.total[i0];
        }
        return b.total[j0] == 0 ? 0 : coveredWithout(masksB[j0], winLoB[j0], i0, i1, left, b.weights[j0]) / b.total[j0];
    }

    private double covered(long[][] masks, int winLo, int t0, int t1, double[] weights) {
        return coveredWithout(masks, winLo, t0, t1, -1, weights);
    }

    /** The weight covered by units t0 … t1−1 other than {@code left} (−1: all of them). */
    private double coveredWithout(long[][] masks, int winLo, int t0, int t1, int left, double[] weights) {
        int blocks = (weights.length + 63) >>> 6;
        if (blocks == 0) {
            return 0;
        }
        if (blocks == 1) {
            long m = 0;
            for (int t = t0; t < t1; t++) {
                int k = t - winLo;
                if (t != left && k >= 0 && k < masks.length && masks[k] != null) {
                    m |= masks[k][0];
                }
            }
            return weighted(m, weights, 0);
        }
        if (scratch.length < blocks) {
            scratch = new long[blocks];
        }
        long[] acc = scratch;
        Arrays.fill(acc, 0, blocks, 0L);
        for (int t = t0; t < t1; t++) {
            int k = t - winLo;
            if (t != left && k >= 0 && k < masks.length && masks[k] != null) {
                for (int x = 0; x < blocks; x++) {
                    acc[x] |= masks[k][x];
                }
            }
        }
        double s = 0;
        for (int x = 0; x < blocks; x++) {
            s += weighted(acc[x], weights, x << 6);
        }
        return s;
    }

    private static double weighted(long m, double[] weights, int base) {
        double s = 0;
        while (m != 0) {
            s += weights[base + Long.numberOfTrailingZeros(m)];
            m &= m - 1;
        }
        return s;
    }
}
