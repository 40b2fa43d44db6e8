package org.triglot.ui;

import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Script;

import javax.swing.table.AbstractTableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The aligned rows as a table: column 0 is the row number and state, then one column per version. It can hide the
 * rows where the versions say the same thing, and it remembers which rows are expanded to their sentence links.
 * Values are {@link TableContent.Cell}s (or the row's {@link TableContent.Row} in column 0).
 */
final class AlignedTableModel extends AbstractTableModel {
    private TableContent content = TableContent.empty();
    private final List<Integer> visible = new ArrayList<>();
    private final Set<Integer> expanded = new HashSet<>();
    private boolean onlyDiffering;

    void setContent(TableContent c) {
        boolean sameShape = c.comparison().versions().size() == content.comparison().versions().size()
                && c.comparison().labels().equals(content.comparison().labels());
        if (c.rows().size() != content.rows().size()) {
            expanded.removeIf(r -> r >= c.rows().size());
        }
        content = c;
        refilter();
        if (sameShape) {
            fireTableDataChanged();
        } else {
            fireTableStructureChanged();
        }
    }

    TableContent content() {
        return content;
    }

    void setOnlyDiffering(boolean on) {
        onlyDiffering = on;
        refilter();
        fireTableDataChanged();
    }

    boolean onlyDiffering() {
        return onlyDiffering;
    }

    private void refilter() {
        visible.clear();
        List<Flag> flags = content.comparison().flags();
        for (int r = 0; r < content.rows().size(); r++) {
            if (!onlyDiffering || content.rows().get(r).differs(flags, content.minSeverity())) {
                visible.add(r);
            }
        }
    }

    /** The comparison row shown at this table row. */
    int modelRow(int viewRow) {
        return visible.get(viewRow);
    }

    /** The table row showing this comparison row, or -1 when it is filtered out. */
    int viewRow(int modelRow) {
        return visible.indexOf(modelRow);
    }

    boolean isExpanded(int modelRow) {
        return expanded.contains(modelRow);
    }

    void toggleExpanded(int modelRow) {
        if (!expanded.remove(modelRow)) {
            expanded.add(modelRow);
        }
        int v = viewRow(modelRow);
        if (v >= 0) {
            fireTableRowsUpdated(v, v);
        }
    }

    void setAllExpanded(boolean on) {
        expanded.clear();
        if (on) {
            for (int r = 0; r < content.rows().size(); r++) {
                expanded.add(r);
            }
        }
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return visible.size();
    }

    @Override
    public int getColumnCount() {
        return 1 + content.comparison().versions().size();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? TableContent.Row.class : TableContent.Cell.class;
    }

    @Override
    public String getColumnName(int column) {
        if (column == 0) {
            return "#";
        }
        return header(column - 1);
    }

    /** "Russian MFA · en": the version's label and language. */
    String header(int version) {
        Document d = content.comparison().versions().get(version);
        return content.comparison().labels().get(version) + " · " + d.lang().code() + (d.script() == Script.HANT ? "-Hant" : "");
    }

    @Override
    public Object getValueAt(int rowIndex, int columnIndex) {
        int r = modelRow(rowIndex);
        TableContent.Row row = content.rows().get(r);
        if (columnIndex == 0) {
            return row;
        }
        return isExpanded(r) ? row.expanded().get(columnIndex - 1) : row.cells().get(columnIndex - 1);
    }

    /**
     * The next comparison row after {@code fromModelRow} (wrapping) whose text in any version contains {@code query}
     * (case-insensitive), or -1.
     */
    int find(String query, int fromModelRow, boolean forward) {
        if (query == null || query.isBlank() || content.rows().isEmpty()) {
            return -1;
        }
        String q = query.toLowerCase(Locale.ROOT);
        int n = content.rows().size();
        for (int k = 1; k <= n; k++) {
            int r = Math.floorMod(fromModelRow + (forward ? k : -k), n);
            for (TableContent.Cell cell : content.rows().get(r).cells()) {
                if (cell.text().toLowerCase(Locale.ROOT).contains(q)) {
                    return r;
                }
            }
        }
        return -1;
    }
}
