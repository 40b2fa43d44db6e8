package org.triglot.align;

/**
 * The cells of the dynamic program that are searched: for each row i (units of A consumed) the columns
 * [lo[i], hi[i]] (units of B consumed). Both bounds never decrease, so any monotone path inside is reachable.
 */
final class Band {
    final int[] lo;
    final int[] hi;

    Band(int[] lo, int[] hi) {
        this.lo = lo;
        this.hi = hi;
    }

    static Band full(int n, int m) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(hi, m);
        return new Band(lo, hi);
    }

    /**
     * The band of radius r around a path given as corner points (i, j) with 0 ≤ i ≤ n, 0 ≤ j ≤ m, made monotone.
     */
    static Band around(int[][] corners, int n, int m, int r) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, Integer.MIN_VALUE);
        for (int c = 0; c < corners.length; c++) {
            int i0 = corners[c][0];
            int j0 = corners[c][1];
            int i1 = c + 1 < corners.length ? corners[c + 1][0] : i0;
            int j1 = c + 1 < corners.length ? corners[c + 1][1] : j0;
            for (int i = Math.max(0, Math.min(i0, i1) - r); i <= Math.min(n, Math.max(i0, i1) + r); i++) {
                lo[i] = Math.min(lo[i], Math.max(0, Math.min(j0, j1) - r));
                hi[i] = Math.max(hi[i], Math.min(m, Math.max(j0, j1) + r));
            }
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            if (hi[i] == Integer.MIN_VALUE) {
                hi[i] = hi[i - 1];
            }
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            if (lo[i] == Integer.MAX_VALUE) {
                lo[i] = lo[i + 1];
            }
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.min(lo[i], hi[i]);
        }
        return new Band(lo, hi);
    }

    long cells() {
        long c = 0;
        for (int i = 0; i < lo.length; i++) {
            c += hi[i] - lo[i] + 1;
        }
        return c;
    }
}
