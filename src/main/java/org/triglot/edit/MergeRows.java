package org.triglot.edit;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;

import java.util.List;

/** Merges a row with the next one: each version's units of both rows end up in one row. */
public record MergeRows(int row) implements Edit {
    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireRow(c, row);
        if (row == c.rows().size() - 1) {
            throw new IllegalArgumentException("Row " + (row + 1) + " is the last row; there is no next row to merge with.");
        }
        List<List<Integer>> cells = RowEdits.cells(c.rows().get(row));
        AlignedRow next = c.rows().get(row + 1);
        for (int v = 0; v < cells.size(); v++) {
            cells.get(v).addAll(next.cells().get(v));
        }
        return RowEdits.replace(c, row, row + 2, List.of(RowEdits.handRow(cells)));
    }

    @Override
    public String key() {
        return "edit.merge";
    }
}
