package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.triglot.app.Analysis;
import org.triglot.export.Comparisons;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Script;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RowHeightsTest {
    /**
     * Rows whose Chinese text wraps to one or several lines: while measuring, the rows on screen have their heights
     * and rows below the screen are measured but kept back; once measuring ends every row has its measured height,
     * each given to the table once.
     */
    @Test
    void rowsOnScreenGetTheirHeightsFirstAndRowsBelowItAreKeptBackUntilTheirBatchIsGiven() throws Exception {
        int n = 950;
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<AlignedRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            zh.add("王毅会见拉夫罗夫。".repeat(1 + (i % 3) * 4));
            en.add("Wang Yi met Lavrov.");
            rows.add(new AlignedRow(List.of(List.of(i), List.of(i)), 0.9, false));
        }
        Document a = Comparisons.fromLines("zh", zh, Lang.ZH, Script.HANS);
        Document b = Comparisons.fromLines("en", en, Lang.EN, Script.LATIN);
        Comparison c = Comparisons.of(List.of(a, b), List.of("zh", "en"), "paragraphs", rows);
        AlignedTableModel model = new AlignedTableModel();
        model.setContent(TableContent.of(new Analysis(c, new ArrayList<>(java.util.Collections.nCopies(n, 0.0)), List.of()),
                Flag.Severity.MINOR));
        CellRenderer renderer = new CellRenderer(new Font(Font.DIALOG, Font.PLAIN, 14));
        AtomicInteger changes = new AtomicInteger();
        JTable[] table = new JTable[1];
        RowHeights[] heights = new RowHeights[1];
        SwingUtilities.invokeAndWait(() -> {
            table[0] = new JTable(model) {
                @Override
                public void setRowHeight(int row, int rowHeight) {
                    changes.incrementAndGet();
                    super.setRowHeight(row, rowHeight);
                }
            };
            table[0].setRowHeight(AlignedView.UNMEASURED_ROW_HEIGHT);
            JScrollPane scroll = new JScrollPane(table[0]);
            scroll.setSize(600, 400);
            scroll.doLayout();
            table[0].setSize(580, table[0].getPreferredSize().height);
            table[0].getColumnModel().getColumn(1).setWidth(150);
            heights[0] = new RowHeights(table[0], renderer, 10 * n);
            heights[0].restart();
        });
        // Slices re-post themselves, so each wait below lets one more run. However few rows a slice manages on a
        // slow machine, some slice measures rows below the screen; the batch is larger than the table, so they stay
        // kept back until the last slice.
        int[] keptBack = {0};
        for (int i = 0; i < 2000 && keptBack[0] == 0; i++) {
            SwingUtilities.invokeAndWait(() -> {
                keptBack[0] = heights[0].pendingRows();
                if (keptBack[0] > 0) {
                    assertThat(table[0].getVisibleRect().height).isBetween(1, 400);
                    assertThat(table[0].getRowHeight(0)).isEqualTo(heights[0].measure(model, 0));
                    assertThat(table[0].getRowHeight(n - 1)).isEqualTo(AlignedView.UNMEASURED_ROW_HEIGHT);
                }
            });
        }
        assertThat(keptBack[0]).isPositive();
        for (int i = 0; i < 2000 && !measured(table[0], heights[0], model, n); i++) {
            SwingUtilities.invokeAndWait(() -> { });
        }
        SwingUtilities.invokeAndWait(() -> {
            for (int r = 0; r < n; r++) {
                assertThat(table[0].getRowHeight(r)).as("row %d", r).isEqualTo(heights[0].measure(model, r));
            }
        });
        assertThat(heights[0].measure(model, 2)).isGreaterThan(heights[0].measure(model, 0));
        assertThat(heights[0].pendingRows()).isZero();
        assertThat(changes.get()).isLessThanOrEqualTo(n); // no row's height was given twice
    }

    private static boolean measured(JTable table, RowHeights heights, AlignedTableModel model, int n) throws Exception {
        boolean[] all = {true};
        SwingUtilities.invokeAndWait(() -> {
            for (int r = 0; r < n && all[0]; r++) {
                all[0] = table.getRowHeight(r) == heights.measure(model, r);
            }
        });
        return all[0];
    }
}
