package org.triglot.edit;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;

import java.util.List;

/**
 * Moves one unit of one version to the neighbouring row: {@link Direction#UP} moves the first unit of the cell to
 * the end of the row above, {@link Direction#DOWN} the last unit to the start of the row below. On the first (last)
 * row a new row is made for it; a row left empty in every version disappears.
 */
public record MoveUnit(int row, int version, Direction direction) implements Edit {
    /** Towards the row above or the row below. */
    public enum Direction { UP, DOWN }

    public MoveUnit {
        if (direction == null) {
            throw new IllegalArgumentException("A move needs a direction (up or down).");
        }
    }

    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireRow(c, row);
        RowEdits.requireVersion(c, version);
        List<List<Integer>> source = RowEdits.cells(c.rows().get(row));
        List<Integer> cell = source.get(version);
        if (cell.isEmpty()) {
            throw new IllegalArgumentException(RowEdits.version(c, version) + " has nothing in row " + (row + 1) + " to move.");
        }
        boolean up = direction == Direction.UP;
        int unit = up ? cell.remove(0) : cell.remove(cell.size() - 1);
        boolean sourceLeft = !RowEdits.empty(source);
        boolean edge = up ? row == 0 : row == c.rows().size() - 1;
        if (edge) {
            if (!sourceLeft) {
                throw new IllegalArgumentException("Row " + (row + 1) + " holds only this " + RowEdits.unit(c)
                        + "; moving it " + (up ? "up" : "down") + " would change nothing.");
            }
            List<List<Integer>> fresh = RowEdits.emptyCells(source.size());
            fresh.get(version).add(unit);
            AlignedRow made = RowEdits.handRow(fresh);
            AlignedRow rest = RowEdits.handRow(source);
            return RowEdits.replace(c, row, row + 1, up ? List.of(made, rest) : List.of(rest, made));
        }
        int other = up ? row - 1 : row + 1;
        List<List<Integer>> target = RowEdits.cells(c.rows().get(other));
        if (up) {
            target.get(version).add(unit);
        } else {
            target.get(version).add(0, unit);
        }
        AlignedRow t = RowEdits.handRow(target);
        List<AlignedRow> replacement = !sourceLeft ? List.of(t)
                : up ? List.of(t, RowEdits.handRow(source)) : List.of(RowEdits.handRow(source), t);
        int from = Math.min(row, other);
        return RowEdits.replace(c, from, from + 2, replacement);
    }

    @Override
    public String key() {
        return direction == Direction.UP ? "edit.moveUp" : "edit.moveDown";
    }
}
