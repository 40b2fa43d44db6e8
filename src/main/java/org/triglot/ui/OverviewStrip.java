package org.triglot.ui;

import org.triglot.model.Flag;

import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.image.BufferedImage;
import java.awt.event.MouseEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The strip beside the scroll bar: the whole comparison at a glance, one band per row, coloured from "the same" to
 * "differs" by the row's divergence, with a mark in its worst flag's colour; the visible part is outlined. A click
 * jumps to the row.
 */
final class OverviewStrip extends JComponent {
    static final int WIDTH = 18;
    private final JTable table;
    private final IntConsumer jump;

    OverviewStrip(JTable table, IntConsumer jumpToViewRow) {
        this.table = table;
        this.jump = jumpToViewRow;
        setPreferredSize(new Dimension(WIDTH, 100));
        setToolTipText(Messages.get("overview.tip"));
        MouseAdapter m = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                int row = rowAt(e.getY());
                if (row >= 0) {
                    jump.accept(row);
                }
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                mousePressed(e);
            }
        };
        addMouseListener(m);
        addMouseMotionListener(m);
    }

    /** The view row under a y position: the strip maps the rows' total height onto its own. */
    int rowAt(int y) {
        int n = table.getRowCount();
        if (n == 0 || getHeight() == 0) {
            return -1;
        }
        double total = table.getPreferredSize().getHeight();
        int tableY = (int) (y * total / getHeight());
        int r = table.rowAtPoint(new java.awt.Point(0, tableY));
        return r >= 0 ? r : n - 1;
    }

    /** The colour of a row's band: divergence blends the "same" colour into the "differs" colour. */
    static Color band(TableContent.Row r, Color same, Color differs) {
        double d = Math.max(0, Math.min(1, r.divergence()));
        if (r.cells().stream().anyMatch(TableContent.Cell::empty)) {
            d = 1;
        }
        return new Color((int) (same.getRed() + (differs.getRed() - same.getRed()) * d),
                (int) (same.getGreen() + (differs.getGreen() - same.getGreen()) * d),
                (int) (same.getBlue() + (differs.getBlue() - same.getBlue()) * d));
    }

    /**
     * The bands are drawn once into an image and reused while nothing they show has changed: the strip is repainted
     * on every scroll and every slice of row measuring, and walking 2,000 rows each time showed up in EDT samples.
     */
    private BufferedImage bands;
    private BandsKey bandsKey;

    /** What the bands depend on; the content and the look and feel by identity (a record's equals would walk every row). */
    private record BandsKey(Object content, boolean filtered, int rows, double total, int width, int height, Object laf) {
        boolean sameAs(BandsKey o) {
            return o != null && content == o.content && laf == o.laf && filtered == o.filtered && rows == o.rows && total == o.total
                    && width == o.width && height == o.height;
        }
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        int n = table.getRowCount();
        double total = Math.max(1, table.getPreferredSize().getHeight());
        AlignedTableModel model = (AlignedTableModel) table.getModel();
        BandsKey key = new BandsKey(model.content(), model.onlyDiffering(), n, total, getWidth(), getHeight(),
                UIManager.getLookAndFeel());
        if (bands == null || !key.sameAs(bandsKey)) {
            bands = drawBands(n, total);
            bandsKey = key;
        }
        g.drawImage(bands, 0, 0, null);
        if (n == 0) {
            return;
        }
        double scale = getHeight() / total;
        Rectangle vis = table.getVisibleRect();
        g.setColor(Themes.color("Triglot.overview.viewport", Color.BLUE));
        g.drawRect(1, (int) (vis.y * scale), WIDTH - 3, Math.max(3, (int) (vis.height * scale)));
    }

    /**
     * Draws the bands straight into the image's pixels: a strip a few hundred pixels high shows thousands of rows, and
     * a fill per row through Java2D cost tens of milliseconds each time the table's height changed while rows were
     * measured.
     */
    private BufferedImage drawBands(int n, double total) {
        int w = Math.max(1, getWidth());
        int h = Math.max(1, getHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(px, Themes.color("Panel.background", Color.WHITE).getRGB());
        AlignedTableModel model = (AlignedTableModel) table.getModel();
        double scale = h / total;
        Color same = Themes.color("Triglot.overview.same", Color.GREEN);
        Color differs = Themes.color("Triglot.overview.differs", Color.RED);
        Map<Flag.Kind, Integer> marks = new EnumMap<>(Flag.Kind.class);
        int y = 0;
        for (int v = 0; v < n; v++) {
            int rowHeight = table.getRowHeight(v);
            int y0 = (int) Math.floor(y * scale);
            int y1 = Math.max(y0 + 1, (int) Math.ceil((y + rowHeight) * scale));
            y += rowHeight;
            TableContent.Row r = model.content().rows().get(model.modelRow(v));
            fill(px, w, h, 3, WIDTH - 3, y0, y1, band(r, same, differs).getRGB());
            if (r.worst() != null && r.worst() != Flag.Severity.INFO) {
                int mark = marks.computeIfAbsent(r.kinds().iterator().next(), k -> Themes.flagColor(k).darker().getRGB());
                fill(px, w, h, WIDTH - 5, WIDTH - 1, y0, Math.max(y0 + 2, y1), mark);
            }
        }
        return img;
    }

    /** Fills columns [x0, x1) of pixel rows [y0, y1), clipped to the image. */
    private static void fill(int[] px, int w, int h, int x0, int x1, int y0, int y1, int rgb) {
        int left = Math.max(0, x0);
        int right = Math.min(x1, w);
        if (left >= right) {
            return;
        }
        for (int yy = Math.max(0, y0); yy < Math.min(y1, h); yy++) {
            java.util.Arrays.fill(px, yy * w + left, yy * w + right, rgb);
        }
    }
}
