package org.triglot.align;

import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one table of rows for three versions from their pairwise alignments. The A–B alignment is the
 * backbone; version C joins the rows of the A units it was aligned with (A–C), or gets rows of its own; the
 * B–C alignment checks the result, and a row whose B and C parts B–C did not link is marked uncertain.
 */
public final class ThreeWayReconciler {
    private ThreeWayReconciler() {
    }

    public static List<AlignedRow> reconcile(List<Bead> ab, List<Bead> ac, List<Bead> bc) {
        List<List<Integer>> rowsA = new ArrayList<>();
        List<List<Integer>> rowsB = new ArrayList<>();
        List<List<Integer>> rowsC = new ArrayList<>();
        List<Double> conf = new ArrayList<>();
        Map<Integer, Integer> rowOfA = new HashMap<>();
        for (Bead b : ab) {
            int r = rowsA.size();
            rowsA.add(new ArrayList<>(b.a()));
            rowsB.add(new ArrayList<>(b.b()));
            rowsC.add(new ArrayList<>());
            conf.add(b.confidence());
            b.a().forEach(i -> rowOfA.put(i, r));
        }
        // Rows of C-only beads are inserted after the row holding the C unit just before them.
        List<int[]> inserts = new ArrayList<>();
        int lastRow = -1;
        for (Bead b : ac) {
            if (!b.a().isEmpty()) {
                int r = rowOfA.get(b.a().get(0));
                if (r == lastRow) {
                    // C units left alone between two parts of one row stay in that row, or C's order would break.
                    while (!inserts.isEmpty() && inserts.get(inserts.size() - 1)[0] == r) {
                        rowsC.get(r).add(inserts.remove(inserts.size() - 1)[1]);
                    }
                }
                rowsC.get(r).addAll(b.b());
                conf.set(r, Math.min(conf.get(r), b.confidence()));
                lastRow = r;
                // A units of one A–C bead that sit in different A–B rows: the two alignments disagree there.
            } else {
                for (int c : b.b()) {
                    inserts.add(new int[]{lastRow, c});
                }
            }
        }
        Set<Long> bcLinks = new HashSet<>();
        for (Bead b : bc) {
            for (int x : b.a()) {
                for (int y : b.b()) {
                    bcLinks.add(((long) x << 32) | y);
                }
            }
        }
        List<AlignedRow> out = new ArrayList<>();
        int k = 0;
        while (k < inserts.size() && inserts.get(k)[0] < 0) {
            out.add(new AlignedRow(List.of(List.of(), List.of(), List.of(inserts.get(k)[1])), 0.5, false));
            k++;
        }
        for (int r = 0; r < rowsA.size(); r++) {
            List<Integer> b = rowsB.get(r);
            List<Integer> c = rowsC.get(r);
            c.sort(Integer::compare);
            boolean uncertain = false;
            if (!b.isEmpty() && !c.isEmpty()) {
                uncertain = true;
                for (int x : b) {
                    for (int y : c) {
                        if (bcLinks.contains(((long) x << 32) | y)) {
                            uncertain = false;
                        }
                    }
                }
            }
            out.add(new AlignedRow(List.of(rowsA.get(r), b, c), uncertain ? Math.min(conf.get(r), 0.5) : conf.get(r), uncertain));
            while (k < inserts.size() && inserts.get(k)[0] == r) {
                out.add(new AlignedRow(List.of(List.of(), List.of(), List.of(inserts.get(k)[1])), 0.5, false));
                k++;
            }
        }
        return out;
    }
}
