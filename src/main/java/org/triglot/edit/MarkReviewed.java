package org.triglot.edit;

import org.triglot.model.Comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Marks rows reviewed (or not reviewed). The only edit that keeps the rows' flags and their confidence: it records
 * the user's judgement and changes no alignment.
 */
public record MarkReviewed(List<Integer> rows, boolean reviewed) implements Edit {
    public MarkReviewed {
        rows = List.copyOf(new TreeSet<>(rows));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Select at least one row to mark.");
        }
    }

    public static MarkReviewed row(int row, boolean reviewed) {
        return new MarkReviewed(List.of(row), reviewed);
    }

    @Override
    public EditResult apply(Comparison c) {
        List<Boolean> marks = new ArrayList<>(c.reviewed());
        boolean changed = false;
        for (int r : rows) {
            RowEdits.requireRow(c, r);
            changed |= marks.set(r, reviewed) != reviewed;
        }
        if (!changed) {
            String which = rows.size() == 1 ? "Row " + (rows.get(0) + 1) + " is" : "These rows are";
            throw new IllegalArgumentException(which + " already marked " + (reviewed ? "reviewed." : "not reviewed."));
        }
        Comparison after = new Comparison(c.versions(), c.labels(), c.units(), c.rows(), c.flags(), marks);
        return new EditResult(after, rows.get(0), rows.get(rows.size() - 1), false);
    }

    @Override
    public String key() {
        return reviewed ? "edit.markReviewed" : "edit.markNotReviewed";
    }
}
