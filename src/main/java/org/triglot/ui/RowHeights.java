package org.triglot.ui;

import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.TableColumn;

/**
 * Sizes each table row to its tallest wrapped cell. Measuring thousands of rows takes seconds, so it runs on the
 * Event Dispatch Thread in slices of a few milliseconds (visible rows first), leaving the window responsive.
 */
final class RowHeights {
    /** How long one slice may hold the EDT. */
    static final long SLICE_NANOS = 12_000_000L;

    private final JTable table;
    private final CellRenderer renderer;
    private int generation;
    private int next;

    RowHeights(JTable table, CellRenderer renderer) {
        this.table = table;
        this.renderer = renderer;
    }

    /** Starts measuring again from the first visible row (the content or the column widths changed). */
    void restart() {
        generation++;
        int first = table.rowAtPoint(table.getVisibleRect().getLocation());
        next = Math.max(0, first);
        int gen = generation;
        int startAt = next;
        SwingUtilities.invokeLater(() -> slice(gen, startAt, 0));
    }

    private void slice(int gen, int start, int doneCount) {
        if (gen != generation) {
            return;
        }
        AlignedTableModel model = (AlignedTableModel) table.getModel();
        int n = model.getRowCount();
        long until = System.nanoTime() + SLICE_NANOS;
        int done = doneCount;
        while (done < n && System.nanoTime() < until) {
            int row = (start + done) % n;
            int h = measure(model, row);
            if (row < table.getRowCount() && table.getRowHeight(row) != h) {
                table.setRowHeight(row, h);
            }
            done++;
        }
        if (done < n) {
            int d = done;
            SwingUtilities.invokeLater(() -> slice(gen, start, d));
        }
    }

    int measure(AlignedTableModel model, int row) {
        int h = 24;
        TableContent.Row tr = model.content().rows().get(model.modelRow(row));
        for (int c = 1; c < model.getColumnCount(); c++) {
            TableColumn col = table.getColumnModel().getColumn(table.convertColumnIndexToView(c));
            TableContent.Cell cell = (TableContent.Cell) model.getValueAt(row, c);
            h = Math.max(h, renderer.height(cell, tr, col.getWidth()));
        }
        return Math.min(h, 4000);
    }
}
