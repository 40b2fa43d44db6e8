package org.triglot.ui;

import org.triglot.model.Flag;

import javax.swing.BorderFactory;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;

/**
 * Paints a version's cell: wrapped text with the flagged words highlighted in their kind's theme colour, a muted
 * "no counterpart" for an empty cell, and the row's state (reviewed, uncertain, found) as the background.
 */
final class CellRenderer implements TableCellRenderer {
    private final JTextArea area = new JTextArea();
    /** About 30 MB of pictures: a dozen screens of cells. */
    static final long PICTURE_PIXELS = 8_000_000L;
    private final CellPictures pictures = new CellPictures(PICTURE_PIXELS);
    private final PictureCell picture = new PictureCell();
    private final Map<Flag.Kind, Highlighter.HighlightPainter> painters = new EnumMap<>(Flag.Kind.class);
    private Font textFont;
    private Font emptyFont;
    private int foundRow = -1;
    /** Until when ({@link System#nanoTime()}) this paint may still lay out text; see {@link #paintUntil}. */
    private long paintDeadline = Long.MAX_VALUE;
    private boolean laidOutThisPaint;
    /** Cells left for a later paint as {row, column} in view coordinates. */
    private final java.util.List<int[]> deferred = new java.util.ArrayList<>();

    CellRenderer(Font textFont) {
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setEditable(false);
        area.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        setTextFont(textFont);
        updateColours();
    }

    void setTextFont(Font f) {
        textFont = f;
        emptyFont = f.deriveFont(Font.ITALIC);
        area.setFont(f);
        pictures.clear();
    }

    Font textFont() {
        return textFont;
    }

    /** Re-reads the theme colours (after a theme switch). */
    void updateColours() {
        // The text area is never in the window (the table paints its pictures), so a new look and feel reaches it here.
        area.updateUI();
        pictures.clear();
        painters.clear();
        for (Flag.Kind k : Flag.Kind.values()) {
            painters.put(k, new DefaultHighlighter.DefaultHighlightPainter(Themes.flagColor(k)));
        }
    }

    void setFoundRow(int modelRow) {
        foundRow = modelRow;
    }

    /**
     * Starts a paint that may lay out text until {@code deadlineNanos} ({@link Long#MAX_VALUE}: no limit). A cell with
     * no picture yet costs 2-10 ms to lay out, and a screenful of them painted in one go held the window for over
     * 100 ms when a new comparison was shown; past the deadline such cells get only their background and are listed
     * in {@link #takeDeferred()} for a paint of their own. At least one cell is laid out in each paint.
     */
    void paintUntil(long deadlineNanos) {
        paintDeadline = deadlineNanos;
        laidOutThisPaint = false;
        deferred.clear();
    }

    /** The cells the last paint left out, as {row, column} in view coordinates, and ends its deadline. */
    java.util.List<int[]> takeDeferred() {
        paintDeadline = Long.MAX_VALUE;
        java.util.List<int[]> d = java.util.List.copyOf(deferred);
        deferred.clear();
        return d;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus, int row, int column) {
        TableContent.Cell cell = (TableContent.Cell) value;
        AlignedTableModel model = (AlignedTableModel) table.getModel();
        TableContent.Row r = model.content().rows().get(model.modelRow(row));
        picture.show(cell, r, isSelected, model.modelRow(row) == foundRow, table, row, column);
        return picture;
    }

    /** The cell pictures kept (for tests). */
    CellPictures pictures() {
        return pictures;
    }

    /**
     * What the table paints for a text cell: the text area the first time, then the cell's picture, painted once with
     * the text area and then copied.
     */
    private final class PictureCell extends javax.swing.JComponent {
        private TableContent.Cell cell;
        private TableContent.Row row;
        private boolean selected;
        private boolean found;
        private JTable table;
        private int viewRow;
        private int viewColumn;

        PictureCell() {
            setOpaque(true);
        }

        void show(TableContent.Cell cell, TableContent.Row row, boolean selected, boolean found, JTable table, int viewRow, int viewColumn) {
            this.cell = cell;
            this.row = row;
            this.selected = selected;
            this.found = found;
            this.table = table;
            this.viewRow = viewRow;
            this.viewColumn = viewColumn;
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            int w = getWidth();
            int h = getHeight();
            if (w <= 0 || h <= 0 || cell == null) {
                return;
            }
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g;
            double scale = Math.max(1.0, g2.getTransform().getScaleX());
            CellPictures.Key key = new CellPictures.Key(cell.text(), cell.marks(), cell.empty(), row.reviewed(), row.uncertain(), selected,
                    found, w, h, scale);
            java.awt.image.BufferedImage img = pictures.get(key);
            if (img == null && laidOutThisPaint && System.nanoTime() > paintDeadline) {
                g2.setColor(background(cell, row, selected, found, table));
                g2.fillRect(0, 0, w, h);
                deferred.add(new int[] {viewRow, viewColumn});
                return;
            }
            if (img == null) {
                laidOutThisPaint = true;
            }
            if (img == null && pictures.firstSight(key)) {
                configure(cell, row, selected, found, table);
                area.setBounds(0, 0, w, h);
                area.paint(g2);
                return;
            }
            if (img == null) {
                configure(cell, row, selected, found, table);
                area.setBounds(0, 0, w, h);
                img = g2.getDeviceConfiguration().createCompatibleImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale));
                java.awt.Graphics2D ig = img.createGraphics();
                ig.scale(scale, scale);
                area.paint(ig);
                ig.dispose();
                pictures.put(key, img);
            }
            g2.drawImage(img, 0, 0, w, h, null);
        }
    }

    /** Sets the text area up for a cell; also used to measure row heights and to find the word under the mouse. */
    JTextArea configure(TableContent.Cell cell, TableContent.Row row, boolean selected, boolean found, JTable table) {
        area.getHighlighter().removeAllHighlights();
        if (cell.empty()) {
            area.setFont(emptyFont);
            area.setText(Messages.get("cell.noCounterpart"));
            area.setForeground(UIManager.getColor("Label.disabledForeground"));
        } else {
            area.setFont(textFont);
            area.setText(cell.text());
            area.setForeground(selected && table != null ? table.getSelectionForeground() : UIManager.getColor("Table.foreground"));
            for (TableContent.Mark m : cell.marks()) {
                try {
                    area.getHighlighter().addHighlight(m.start(), m.end(), painters.get(m.kind()));
                } catch (BadLocationException e) {
                    throw new IllegalStateException("a flag mark lies outside its cell: " + m, e);
                }
            }
        }
        area.setBackground(background(cell, row, selected, found, table));
        return area;
    }

    private static Color background(TableContent.Cell cell, TableContent.Row row, boolean selected, boolean found, JTable table) {
        Color bg;
        if (selected && table != null) {
            bg = table.getSelectionBackground();
        } else if (found) {
            bg = Themes.color("Triglot.row.found", Color.YELLOW);
        } else if (cell.empty()) {
            bg = Themes.color("Triglot.row.empty", Color.LIGHT_GRAY);
        } else if (row.reviewed()) {
            bg = Themes.color("Triglot.row.reviewed", Color.WHITE);
        } else if (row.uncertain()) {
            bg = Themes.color("Triglot.row.uncertain", Color.WHITE);
        } else {
            bg = UIManager.getColor("Table.background");
        }
        return bg;
    }

    /** The height the cell needs at this width. */
    int height(TableContent.Cell cell, TableContent.Row row, int width) {
        configure(cell, row, false, false, null);
        area.setSize(Math.max(width, 40), Short.MAX_VALUE);
        return area.getPreferredSize().height;
    }

    /** The character offset under a point of a cell laid out at this size, or -1. */
    int offsetAt(TableContent.Cell cell, TableContent.Row row, int width, int height, java.awt.Point p) {
        if (cell.empty()) {
            return -1;
        }
        configure(cell, row, false, false, null);
        area.setSize(width, height);
        return area.viewToModel2D(p);
    }

    /**
     * The renderer of column 0: the row's number, its state (✓ reviewed, ? uncertain), its main kind of flag and
     * whether it is expanded. Painted directly: an HTML label per row would cost milliseconds each on the EDT.
     */
    static final class RowHeader extends javax.swing.JComponent implements TableCellRenderer {
        private final java.util.List<String> lines = new java.util.ArrayList<>();
        private Color background;

        RowHeader() {
            setOpaque(true);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus, int row, int column) {
            AlignedTableModel model = (AlignedTableModel) table.getModel();
            int r = model.modelRow(row);
            TableContent.Row tr = (TableContent.Row) value;
            lines.clear();
            lines.add(Integer.toString(r + 1));
            if (tr.reviewed()) {
                lines.add("✓");
            }
            if (tr.uncertain()) {
                lines.add("?");
            }
            if (!tr.kinds().isEmpty()) {
                lines.add(tr.kinds().size() == 1 ? Messages.get("kind.short." + tr.kinds().iterator().next()) : "⚑ " + tr.kinds().size());
            }
            lines.add(model.isExpanded(r) ? "▾" : "▸");
            Color kind = tr.worst() == Flag.Severity.MAJOR ? Themes.flagColor(tr.kinds().iterator().next()) : null;
            background = isSelected ? table.getSelectionBackground() : kind != null ? kind : UIManager.getColor("TableHeader.background");
            setForeground(isSelected ? table.getSelectionForeground() : UIManager.getColor("Table.foreground"));
            setFont(table.getFont());
            return this;
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            g.setColor(background);
            g.fillRect(0, 0, getWidth(), getHeight());
            ((java.awt.Graphics2D) g).setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(getForeground());
            java.awt.FontMetrics fm = g.getFontMetrics(getFont());
            int y = 6 + fm.getAscent();
            for (int i = 0; i < lines.size(); i++) {
                g.setFont(i == 0 ? getFont().deriveFont(Font.BOLD) : getFont().deriveFont(getFont().getSize2D() - 1f));
                String s = lines.get(i);
                int x = (getWidth() - g.getFontMetrics().stringWidth(s)) / 2;
                g.drawString(s, Math.max(2, x), y);
                y += fm.getHeight();
                if (y > getHeight()) {
                    break;
                }
            }
        }
    }
}
