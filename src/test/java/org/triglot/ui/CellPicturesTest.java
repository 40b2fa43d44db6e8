package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.triglot.model.Flag;

import javax.swing.JTable;
import javax.swing.SwingUtilities;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellPicturesTest {
    private static CellPictures.Key key(String text, int width) {
        return new CellPictures.Key(text, List.of(), false, false, false, false, false, width, 10, 1.0);
    }

    @Test
    void aCellIsSeenOnceBeforeItIsPictured() {
        CellPictures p = new CellPictures(1000);
        assertThat(p.firstSight(key("a", 10))).isTrue();
        assertThat(p.firstSight(key("a", 10))).isFalse();
        p.clear();
        assertThat(p.firstSight(key("a", 10))).isTrue();
    }

    @Test
    void theLeastRecentlyUsedPicturesGoFirstWhenThePixelBudgetIsSpent() {
        CellPictures p = new CellPictures(250);
        p.put(key("a", 10), new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        p.put(key("b", 10), new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        assertThat(p.get(key("a", 10))).isNotNull(); // a is now the most recently used
        p.put(key("c", 10), new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        assertThat(p.get(key("b", 10))).isNull();
        assertThat(p.get(key("a", 10))).isNotNull();
        assertThat(p.get(key("c", 10))).isNotNull();
        assertThat(p.pixels()).isEqualTo(200);
        // The same text at another width is another picture.
        assertThat(p.get(key("a", 11))).isNull();
        p.clear();
        assertThat(p.size()).isZero();
        assertThat(p.pixels()).isZero();
    }

    /**
     * A repaint of unchanged cells copies their pictures; selecting a row paints that row's cells again; what is
     * painted is what the text area itself paints.
     */
    @Test
    void unchangedCellsArePaintedOnceAndLookTheSameAsTheTextArea() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            CellRenderer renderer = new CellRenderer(new Font(Font.DIALOG, Font.PLAIN, 14));
            JTable table = fixtureTable(renderer);
            AlignedTableModel model = (AlignedTableModel) table.getModel();
            int textCells = 3 * 3;

            // The first paint draws the text; the second makes the pictures; the third only copies them.
            BufferedImage first = paint(table);
            assertThat(renderer.pictures().rendered()).isZero();
            BufferedImage second = paint(table);
            assertThat(renderer.pictures().rendered()).isEqualTo(textCells);
            paint(table);
            assertThat(renderer.pictures().rendered()).isEqualTo(textCells);
            assertThat(differingPixels(first, second)).isZero();
            table.setRowSelectionInterval(1, 1);
            paint(table);
            paint(table);
            assertThat(renderer.pictures().rendered()).isEqualTo(textCells + 3);

            // Row 0, the Chinese version (column 1): the picture against the text area painted directly.
            java.awt.Rectangle r = table.getCellRect(0, 1, false);
            BufferedImage shown = paint(table).getSubimage(r.x, r.y, r.width, r.height);
            TableContent.Row row = model.content().rows().get(0);
            javax.swing.JTextArea area = renderer.configure(row.cells().get(0), row, false, false, table);
            area.setBounds(0, 0, r.width, r.height);
            BufferedImage direct = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = direct.createGraphics();
            area.paint(g);
            g.dispose();
            assertThat(differingPixels(shown, direct)).isZero();

        });
    }

    /**
     * Past its deadline a paint lays out one cell and leaves the others' text for a paint of their own; that paint,
     * with time to spare, draws them as if nothing had been left out.
     */
    @Test
    void aPaintPastItsDeadlineLeavesTheRestOfTheCellsForTheNextPaint() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            CellRenderer renderer = new CellRenderer(new Font(Font.DIALOG, Font.PLAIN, 14));
            JTable table = fixtureTable(renderer);

            renderer.paintUntil(System.nanoTime() - 1);
            BufferedImage hurried = paint(table);
            java.util.List<int[]> left = renderer.takeDeferred();
            assertThat(left).hasSize(3 * 3 - 1);
            assertThat(left).noneMatch(c -> c[0] == 0 && c[1] == 1); // the first text cell is painted
            assertThat(renderer.takeDeferred()).isEmpty();

            renderer.paintUntil(Long.MAX_VALUE);
            BufferedImage full = paint(table);
            assertThat(renderer.takeDeferred()).isEmpty();
            java.awt.Rectangle first = table.getCellRect(0, 1, false);
            assertThat(differingPixels(hurried.getSubimage(first.x, first.y, first.width, first.height),
                    full.getSubimage(first.x, first.y, first.width, first.height))).isZero();
            java.awt.Rectangle later = table.getCellRect(2, 3, false);
            assertThat(differingPixels(hurried.getSubimage(later.x, later.y, later.width, later.height),
                    full.getSubimage(later.x, later.y, later.width, later.height))).isPositive();
        });
    }

    /** The three-version fixture in a table of 600 × 180 px with rows of 60 px, painted by this renderer. */
    private static JTable fixtureTable(CellRenderer renderer) {
        AlignedTableModel model = new AlignedTableModel();
        model.setContent(TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR));
        JTable table = new JTable(model);
        table.setDefaultRenderer(TableContent.Cell.class, renderer);
        table.setRowHeight(60);
        table.setSize(600, 180);
        return table;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return differing;
    }

    private static BufferedImage paint(JTable table) {
        BufferedImage img = new BufferedImage(table.getWidth(), table.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        table.paint(g);
        g.dispose();
        return img;
    }
}
