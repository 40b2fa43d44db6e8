package org.triglot.edit;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a row in two: for each version, the first {@code keep.get(v)} units stay in the upper row and the rest go
 * to a new row just below. Both rows must hold something.
 */
public record SplitRow(int row, List<Integer> keep) implements Edit {
    public SplitRow {
        keep = List.copyOf(keep);
    }

    /**
     * "Split version {@code version} before unit {@code unit}": that version's units from {@code unit} on go to the new
     * row below, every other version stays above. {@code unit} is the unit id (paragraph or sentence number).
     */
    public static SplitRow before(Comparison c, int row, int version, int unit) {
        RowEdits.requireRow(c, row);
        RowEdits.requireVersion(c, version);
        AlignedRow r = c.rows().get(row);
        int at = r.cells().get(version).indexOf(unit);
        if (at < 0) {
            throw new IllegalArgumentException(capitalised(RowEdits.unit(c)) + " " + (unit + 1) + " of "
                    + RowEdits.version(c, version) + " is not in row " + (row + 1) + ".");
        }
        List<Integer> keep = new ArrayList<>();
        for (int v = 0; v < r.cells().size(); v++) {
            keep.add(v == version ? at : r.cells().get(v).size());
        }
        return new SplitRow(row, keep);
    }

    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireRow(c, row);
        AlignedRow r = c.rows().get(row);
        if (keep.size() != r.cells().size()) {
            throw new IllegalArgumentException("The split of row " + (row + 1) + " names " + keep.size()
                    + " versions, but the comparison has " + r.cells().size() + ".");
        }
        List<List<Integer>> upper = RowEdits.emptyCells(keep.size());
        List<List<Integer>> lower = RowEdits.emptyCells(keep.size());
        for (int v = 0; v < keep.size(); v++) {
            List<Integer> cell = r.cells().get(v);
            int k = keep.get(v);
            if (k < 0 || k > cell.size()) {
                throw new IllegalArgumentException(RowEdits.version(c, v) + " has " + cell.size() + " " + RowEdits.unit(c)
                        + (cell.size() == 1 ? "" : "s") + " in row " + (row + 1) + "; " + k + " cannot stay in the upper row.");
            }
            upper.get(v).addAll(cell.subList(0, k));
            lower.get(v).addAll(cell.subList(k, cell.size()));
        }
        if (RowEdits.empty(upper) || RowEdits.empty(lower)) {
            throw new IllegalArgumentException("This split of row " + (row + 1) + " would leave the "
                    + (RowEdits.empty(upper) ? "upper" : "lower") + " row empty; split between two units.");
        }
        return RowEdits.replace(c, row, row + 1, List.of(RowEdits.handRow(upper), RowEdits.handRow(lower)));
    }

    @Override
    public String key() {
        return "edit.split";
    }

    static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
