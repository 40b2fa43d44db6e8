package org.triglot.align;

import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds one more version to a table of rows from its alignment with one version already in the table (the pivot):
 * its units join the row holding the pivot units they were aligned with, and units without a pivot counterpart get
 * rows of their own right after the row of the unit before them. This is how a fourth version joins the three-way
 * table; order down the rows stays valid because both the beads and the table rows are in pivot order.
 */
public final class RowJoiner {
    private RowJoiner() {
    }

    public static List<AlignedRow> join(List<AlignedRow> rows, int pivot, List<Bead> pivotToNew) {
        Map<Integer, Integer> rowOfPivot = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int u : rows.get(r).cells().get(pivot)) {
                rowOfPivot.put(u, r);
            }
        }
        List<List<Integer>> added = new ArrayList<>();
        rows.forEach(r -> added.add(new ArrayList<>()));
        double[] conf = rows.stream().mapToDouble(AlignedRow::confidence).toArray();
        // own.get(r): rows of new-version-only units to insert after row r (r = -1: before the first row)
        Map<Integer, List<List<Integer>>> own = new HashMap<>();
        int last = -1;
        for (Bead b : pivotToNew) {
            if (b.b().isEmpty()) {
                continue;
            }
            Integer r = b.a().isEmpty() ? null : rowOfPivot.get(b.a().get(0));
            if (r == null || r < last) {
                own.computeIfAbsent(last, k -> new ArrayList<>()).add(b.b());
                continue;
            }
            List<List<Integer>> pending = own.remove(r);
            if (pending != null) {
                // Units the pivot alignment left alone between two parts of one row stay in that row, or order breaks.
                pending.forEach(added.get(r)::addAll);
            }
            added.get(r).addAll(b.b());
            conf[r] = Math.min(conf[r], b.confidence());
            last = r;
        }
        List<AlignedRow> out = new ArrayList<>();
        int width = rows.isEmpty() ? 1 : rows.get(0).cells().size() + 1;
        own.getOrDefault(-1, List.of()).forEach(u -> out.add(ownRow(width, u)));
        for (int r = 0; r < rows.size(); r++) {
            List<List<Integer>> cells = new ArrayList<>(rows.get(r).cells());
            cells.add(added.get(r));
            out.add(new AlignedRow(cells, conf[r], rows.get(r).uncertain()));
            own.getOrDefault(r, List.of()).forEach(u -> out.add(ownRow(width, u)));
        }
        return out;
    }

    private static AlignedRow ownRow(int width, List<Integer> units) {
        List<List<Integer>> cells = new ArrayList<>();
        for (int i = 0; i < width - 1; i++) {
            cells.add(List.of());
        }
        cells.add(units);
        return new AlignedRow(cells, 0.5, false);
    }
}
