package org.triglot.ui;

import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.TableColumn;

/**
 * Sizes each table row to its tallest wrapped cell. Measuring thousands of rows takes seconds, so it runs on the
 * Event Dispatch Thread in slices of a few milliseconds (visible rows first), leaving the window responsive.
 *
 * <p>Every height a JTable is given repaints all its visible cells, and laying out wrapped text in a screenful of
 * cells costs more than the slice itself. So heights of rows below the visible ones, which change nothing on
 * screen but the scroll bar, are kept back and given to the table {@value #PENDING_BATCH} rows at a time, or as
 * soon as the user scrolls them into view.
 */
final class RowHeights {
    /** How long one slice may hold the EDT. */
    static final long SLICE_NANOS = 12_000_000L;

    /** Measured rows below the visible ones given to the table at once. */
    static final int PENDING_BATCH = 400;

    private final JTable table;
    private final CellRenderer renderer;
    private int generation;
    private int next;
    /** Heights measured but not yet given to the table, per view row (0: none). */
    private int[] pending = new int[0];
    private int pendingCount;

    private final int batch;

    RowHeights(JTable table, CellRenderer renderer) {
        this(table, renderer, PENDING_BATCH);
    }

    /** With another batch size (a test's, to see rows kept back whatever the machine's speed). */
    RowHeights(JTable table, CellRenderer renderer, int batch) {
        this.table = table;
        this.renderer = renderer;
        this.batch = batch;
    }

    /** Starts measuring again from the first visible row (the content or the column widths changed). */
    void restart() {
        generation++;
        pending = new int[table.getRowCount()];
        pendingCount = 0;
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
        int lastVisible = lastVisibleRow();
        applyPending(lastVisible);
        int done = doneCount;
        while (done < n && System.nanoTime() < until) {
            int row = (start + done) % n;
            int h = measure(model, row);
            if (row < table.getRowCount() && table.getRowHeight(row) != h) {
                if (row > lastVisible && row < pending.length) {
                    pendingCount += pending[row] == 0 ? 1 : 0;
                    pending[row] = h;
                } else {
                    table.setRowHeight(row, h);
                }
            }
            done++;
        }
        if (done >= n || pendingCount >= batch) {
            applyPending(Integer.MAX_VALUE);
        }
        if (done < n) {
            int d = done;
            SwingUtilities.invokeLater(() -> slice(gen, start, d));
        }
    }

    /** Rows measured but not yet given to the table (for tests). */
    int pendingRows() {
        return pendingCount;
    }

    /** The last row with any part on screen (the last row when the table shows no rows). */
    private int lastVisibleRow() {
        java.awt.Rectangle vis = table.getVisibleRect();
        int r = table.rowAtPoint(new java.awt.Point(0, vis.y + vis.height - 1));
        return r < 0 ? table.getRowCount() - 1 : r;
    }

    /** Gives the table the kept-back heights of rows up to {@code upTo}. */
    private void applyPending(int upTo) {
        if (pendingCount == 0) {
            return;
        }
        int end = Math.min(pending.length - 1, Math.min(upTo, table.getRowCount() - 1));
        for (int row = 0; row <= end; row++) {
            if (pending[row] != 0) {
                table.setRowHeight(row, pending[row]);
                pending[row] = 0;
                pendingCount--;
            }
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
