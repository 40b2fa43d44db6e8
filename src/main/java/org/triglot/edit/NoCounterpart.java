package org.triglot.edit;

import org.triglot.model.Comparison;

import java.util.List;

/**
 * Marks a cell as having no counterpart: that version's units leave the row for a row of their own just below it
 * (below rather than above is a convention; either keeps every version's order, since the new row holds only that
 * version and the old row no longer does).
 */
public record NoCounterpart(int row, int version) implements Edit {
    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireRow(c, row);
        RowEdits.requireVersion(c, version);
        List<List<Integer>> rest = RowEdits.cells(c.rows().get(row));
        if (rest.get(version).isEmpty()) {
            throw new IllegalArgumentException(RowEdits.version(c, version) + " has nothing in row " + (row + 1) + ".");
        }
        List<List<Integer>> alone = RowEdits.emptyCells(rest.size());
        alone.get(version).addAll(rest.get(version));
        rest.get(version).clear();
        if (RowEdits.empty(rest)) {
            throw new IllegalArgumentException("Row " + (row + 1) + " holds only " + RowEdits.version(c, version)
                    + "; it has no counterpart already.");
        }
        return RowEdits.replace(c, row, row + 1, List.of(RowEdits.handRow(rest), RowEdits.handRow(alone)));
    }

    @Override
    public String key() {
        return "edit.noCounterpart";
    }
}
