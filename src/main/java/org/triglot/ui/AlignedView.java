package org.triglot.ui;

import org.triglot.model.Flag;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.ToolTipManager;
import javax.swing.event.ChangeListener;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.ListSelectionEvent;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

/**
 * The aligned versions side by side: one column per version, one row per aligned group, wrapped text with the
 * flagged words highlighted, hover for the reason and the evidence, the overview strip beside the scroll bar.
 * Scrolling is synchronised because all versions are columns of one table.
 */
final class AlignedView extends JPanel {
    static final int UNMEASURED_ROW_HEIGHT = 90;
    /** Rows laid out before a new comparison is first painted: more than a screenful. */
    static final int PREMEASURED_ROWS = 30;
    /** How long one paint of the table may spend laying out cells' text before leaving the rest to the next. */
    static final long PAINT_BUDGET_NANOS = 12_000_000L;
    private int showGeneration;
    private final AlignedTableModel model = new AlignedTableModel();
    private final CellRenderer renderer;
    private final JTable table;
    private final RowHeights heights;
    private final OverviewStrip strip;
    private final JScrollPane scroll;
    private IntConsumer onSelect = r -> { };
    private java.util.function.Consumer<MouseEvent> popup = e -> { };
    /** Where the user last clicked: comparison row, version, document offset (-1 when not on text). */
    private int clickRow = -1;
    private int clickVersion = -1;
    private int clickOffset = -1;
    private BiFunction<Integer, Integer, String> evidenceTip = (row, version) -> null;

    AlignedView(Font textFont) {
        super(new BorderLayout());
        renderer = new CellRenderer(textFont);
        table = new JTable(model) {
            @Override
            public String getToolTipText(MouseEvent e) {
                return tooltip(e.getPoint());
            }

            @Override
            protected void paintComponent(java.awt.Graphics g) {
                // Only on screen: a picture of the window (the screenshot, printing) must show every cell's text.
                boolean onScreen = !isPaintingForPrint() && g instanceof java.awt.Graphics2D g2
                        && g2.getDeviceConfiguration().getDevice().getType() != java.awt.GraphicsDevice.TYPE_IMAGE_BUFFER;
                renderer.paintUntil(onScreen ? System.nanoTime() + PAINT_BUDGET_NANOS : Long.MAX_VALUE);
                super.paintComponent(g);
                List<int[]> later = renderer.takeDeferred();
                if (!later.isEmpty()) {
                    // A paint of their own, after the events already waiting (the user's input among them).
                    javax.swing.SwingUtilities.invokeLater(() -> repaintCells(later));
                }
            }
        };
        table.setAutoCreateColumnsFromModel(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setShowGrid(true);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.putClientProperty("JTable.showVerticalLines", true);
        heights = new RowHeights(table, renderer);
        scroll = new JScrollPane(table);
        strip = new OverviewStrip(table, this::selectViewRow);
        add(scroll, BorderLayout.CENTER);
        add(strip, BorderLayout.EAST);
        ToolTipManager.sharedInstance().registerComponent(table);
        ToolTipManager.sharedInstance().setDismissDelay(20_000);
        // By class, so the renderers survive the table re-creating its columns when versions change.
        table.setDefaultRenderer(TableContent.Row.class, new CellRenderer.RowHeader());
        table.setDefaultRenderer(TableContent.Cell.class, renderer);
        model.addTableModelListener(e -> {
            if (e.getFirstRow() == javax.swing.event.TableModelEvent.HEADER_ROW) {
                // Listeners run newest first, so the table makes its new columns after this one: size them afterwards.
                javax.swing.SwingUtilities.invokeLater(this::sizeRowNumberColumn);
            }
            heights.restart();
            strip.repaint();
        });
        table.getColumnModel().addColumnModelListener(widthListener());
        ChangeListener repaintStrip = e -> strip.repaint();
        scroll.getViewport().addChangeListener(repaintStrip);
        table.getSelectionModel().addListSelectionListener((ListSelectionEvent e) -> {
            if (!e.getValueIsAdjusting()) {
                onSelect.accept(selectedModelRow());
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                rememberClick(e.getPoint());
                int row = table.rowAtPoint(e.getPoint());
                if (e.isPopupTrigger() && row >= 0) {
                    table.setRowSelectionInterval(row, row);
                    table.getColumnModel().getSelectionModel().setSelectionInterval(table.columnAtPoint(e.getPoint()), table.columnAtPoint(e.getPoint()));
                    popup.accept(e);
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.isPopupTrigger() && row >= 0) {
                    rememberClick(e.getPoint());
                    table.setRowSelectionInterval(row, row);
                    table.getColumnModel().getSelectionModel().setSelectionInterval(table.columnAtPoint(e.getPoint()), table.columnAtPoint(e.getPoint()));
                    popup.accept(e);
                }
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                int col = table.columnAtPoint(e.getPoint());
                if (row >= 0 && (col == 0 || e.getClickCount() == 2)) {
                    model.toggleExpanded(model.modelRow(row));
                }
            }
        });
        bind("toggleExpand", KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), () -> {
            int r = selectedModelRow();
            if (r >= 0) {
                model.toggleExpanded(r);
            }
        });
    }

    private void bind(String name, KeyStroke key, Runnable r) {
        table.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        table.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    private TableColumnModelListener widthListener() {
        return new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(javax.swing.event.ChangeEvent e) {
                heights.restart();
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        };
    }

    private void sizeRowNumberColumn() {
        if (table.getColumnCount() > 0) {
            var c = table.getColumnModel().getColumn(0);
            c.setMinWidth(44);
            c.setMaxWidth(60);
            c.setPreferredWidth(50);
        }
    }

    JTable table() {
        return table;
    }

    AlignedTableModel model() {
        return model;
    }

    CellRenderer renderer() {
        return renderer;
    }

    OverviewStrip strip() {
        return strip;
    }

    void onPopup(java.util.function.Consumer<MouseEvent> c) {
        popup = c;
    }

    private void rememberClick(Point p) {
        int row = table.rowAtPoint(p);
        int col = table.columnAtPoint(p);
        clickRow = -1;
        if (row < 0 || col < 1) {
            return;
        }
        Rectangle cellRect = table.getCellRect(row, col, false);
        TableContent.Cell cell = (TableContent.Cell) model.getValueAt(row, col);
        TableContent.Row tr = model.content().rows().get(model.modelRow(row));
        int offset = renderer.offsetAt(cell, tr, cellRect.width, cellRect.height, new Point(p.x - cellRect.x, p.y - cellRect.y));
        clickRow = model.modelRow(row);
        clickVersion = col - 1;
        clickOffset = offset < 0 ? -1 : cell.docOffset(offset);
    }

    /** The version an edit applies to: the column last clicked or moved to in the selected row (the first version if none). */
    int targetVersion() {
        int col = table.getSelectedColumn();
        if (col >= 1) {
            return col - 1;
        }
        return selectedModelRow() == clickRow && clickVersion >= 0 ? clickVersion : 0;
    }

    /** The document offset the user clicked in the target cell, or -1 when the click was elsewhere. */
    int targetOffset() {
        return selectedModelRow() == clickRow && targetVersion() == clickVersion ? clickOffset : -1;
    }

    private void repaintCells(List<int[]> cells) {
        Rectangle area = null;
        for (int[] c : cells) {
            if (c[0] < table.getRowCount() && c[1] < table.getColumnCount()) {
                Rectangle r = table.getCellRect(c[0], c[1], false);
                area = area == null ? r : area.union(r);
            }
        }
        if (area != null) {
            table.repaint(area);
        }
    }

    void onSelect(IntConsumer c) {
        onSelect = c;
    }

    void evidenceTip(BiFunction<Integer, Integer, String> f) {
        evidenceTip = f;
    }

    void show(TableContent content) {
        showGeneration++;
        int keep = selectedModelRow();
        boolean newRows = content.rows().size() != model.content().rows().size();
        model.setContent(content);
        if (newRows) {
            // Until each row is measured, rows are a few lines tall: at the default 16 px the first paint would lay
            // out the wrapped text of a hundred rows at once and hold the window for a few hundred milliseconds.
            table.setRowHeight(UNMEASURED_ROW_HEIGHT);
            heights.restart();
        }
        if (keep >= 0 && keep < content.rows().size()) {
            selectModelRow(keep, false);
        }
    }

    /**
     * Shows a new comparison after laying out its first screenful of cells off-screen, in slices of a few
     * milliseconds: the first layout of wrapped Chinese text loads glyphs and runs cold code, and done inside the
     * first paint it held the window for 200–300 ms.
     */
    void showNew(TableContent content) {
        int gen = ++showGeneration;
        int versions = Math.max(1, content.comparison().versions().size());
        int width = Math.max(200, (scroll.getViewport().getWidth() - 50) / versions);
        premeasure(content, 0, Math.min(content.rows().size(), PREMEASURED_ROWS), width, gen);
    }

    private void premeasure(TableContent content, int from, int to, int width, int gen) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            if (gen != showGeneration) {
                return; // something newer was shown meanwhile
            }
            long until = System.nanoTime() + RowHeights.SLICE_NANOS;
            int r = from;
            while (r < to && System.nanoTime() < until) {
                TableContent.Row row = content.rows().get(r);
                for (TableContent.Cell cell : row.cells()) {
                    renderer.height(cell, row, width);
                }
                r++;
            }
            if (r < to) {
                premeasure(content, r, to, width, gen);
            } else {
                show(content);
            }
        });
    }

    void setTextFont(Font f) {
        renderer.setTextFont(f);
        heights.restart();
        table.repaint();
    }

    int selectedModelRow() {
        int v = table.getSelectedRow();
        return v < 0 || v >= model.getRowCount() ? -1 : model.modelRow(v);
    }

    /** Selects a comparison row and scrolls to it; a row hidden by "only rows that differ" shows all rows first. */
    void selectModelRow(int modelRow, boolean scrollTo) {
        int v = model.viewRow(modelRow);
        if (v < 0 && model.onlyDiffering()) {
            model.setOnlyDiffering(false);
            v = model.viewRow(modelRow);
        }
        if (v >= 0) {
            table.setRowSelectionInterval(v, v);
            if (scrollTo) {
                Rectangle r = table.getCellRect(v, 0, true);
                r.height = Math.min(r.height, scroll.getViewport().getHeight());
                table.scrollRectToVisible(r);
            }
        }
    }

    private void selectViewRow(int viewRow) {
        selectModelRow(model.modelRow(viewRow), true);
    }

    /** The reasons of the flags under the mouse, else the evidence of the row's match, as HTML. */
    String tooltip(Point p) {
        int row = table.rowAtPoint(p);
        int col = table.columnAtPoint(p);
        if (row < 0 || col < 1) {
            return null;
        }
        Rectangle cellRect = table.getCellRect(row, col, false);
        TableContent.Cell cell = (TableContent.Cell) model.getValueAt(row, col);
        int modelRow = model.modelRow(row);
        TableContent.Row tr = model.content().rows().get(modelRow);
        int offset = renderer.offsetAt(cell, tr, cellRect.width, cellRect.height, new Point(p.x - cellRect.x, p.y - cellRect.y));
        List<String> reasons = new ArrayList<>();
        List<Flag> flags = model.content().comparison().flags();
        for (TableContent.Mark m : cell.marks()) {
            if (offset >= m.start() && offset < m.end()) {
                Flag f = flags.get(m.flag());
                String line = "<b>" + Messages.get("kind." + f.kind()) + "</b> (" + Messages.get("severity." + f.severity()) + "): " + Html.esc(Messages.reason(f));
                if (!reasons.contains(line)) {
                    reasons.add(line);
                }
            }
        }
        String evidence = evidenceTip.apply(modelRow, col - 1);
        if (reasons.isEmpty() && evidence == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("<html><body style='width:420px'>");
        sb.append(String.join("<br>", reasons));
        if (evidence != null) {
            sb.append(reasons.isEmpty() ? "" : "<hr>").append(evidence);
        }
        return sb.append("</body></html>").toString();
    }
}
