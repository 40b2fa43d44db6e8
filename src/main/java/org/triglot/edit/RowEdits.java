package org.triglot.edit;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Flag;

import java.util.ArrayList;
import java.util.List;

/** The shared steps of the edits: argument checks with sentences for the user, and replacing a block of rows. */
final class RowEdits {
    private RowEdits() {
    }

    static void requireRow(Comparison c, int row) {
        if (row < 0 || row >= c.rows().size()) {
            throw new IllegalArgumentException("There is no row " + (row + 1) + "; the comparison has " + c.rows().size()
                    + (c.rows().size() == 1 ? " row." : " rows."));
        }
    }

    static void requireVersion(Comparison c, int version) {
        if (version < 0 || version >= c.versions().size()) {
            throw new IllegalArgumentException("There is no version " + (version + 1) + "; the comparison has "
                    + c.versions().size() + " versions.");
        }
    }

    /** The version as the user knows it: its label, else its number. */
    static String version(Comparison c, int version) {
        String label = version < c.labels().size() ? c.labels().get(version) : "";
        return label == null || label.isBlank() ? "version " + (version + 1) : label;
    }

    /** "sentence" or "paragraph". */
    static String unit(Comparison c) {
        return "sentences".equals(c.units()) ? "sentence" : "paragraph";
    }

    /** A row made by hand: the user vouches for it, so it is certain. */
    static AlignedRow handRow(List<List<Integer>> cells) {
        return new AlignedRow(cells, 1.0, false);
    }

    static boolean empty(List<List<Integer>> cells) {
        return cells.stream().allMatch(List::isEmpty);
    }

    /** Mutable copies of a row's cells. */
    static List<List<Integer>> cells(AlignedRow row) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> cell : row.cells()) {
            out.add(new ArrayList<>(cell));
        }
        return out;
    }

    static List<List<Integer>> emptyCells(int versions) {
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) of {@code c} replaced by {@code replacement}: the new
     * rows are not reviewed and lose their flags, later flags move with their rows.
     */
    static EditResult replace(Comparison c, int from, int to, List<AlignedRow> replacement) {
        List<AlignedRow> rows = new ArrayList<>(c.rows().subList(0, from));
        rows.addAll(replacement);
        rows.addAll(c.rows().subList(to, c.rows().size()));
        List<Boolean> reviewed = new ArrayList<>(c.reviewed().subList(0, from));
        replacement.forEach(r -> reviewed.add(false));
        reviewed.addAll(c.reviewed().subList(to, c.reviewed().size()));
        int shift = replacement.size() - (to - from);
        List<Flag> flags = new ArrayList<>();
        for (Flag f : c.flags()) {
            if (f.row() < from) {
                flags.add(f);
            } else if (f.row() >= to) {
                flags.add(moved(f, f.row() + shift));
            }
        }
        Comparison after = new Comparison(c.versions(), c.labels(), c.units(), rows, flags, reviewed);
        return new EditResult(after, from, from + replacement.size() - 1, true);
    }

    static Flag moved(Flag f, int row) {
        return f.atRow(row);
    }
}
