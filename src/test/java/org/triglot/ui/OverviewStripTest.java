package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.triglot.model.Flag;

import javax.swing.JTable;
import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewStripTest {
    private static final Color SAME = new Color(0x2E7D32);
    private static final Color DIFFERS = new Color(0xC62828);

    @Test
    void eachRowGetsABandInItsDivergenceColourAndTheFilterRedrawsThem() {
        AlignedTableModel model = new AlignedTableModel();
        model.setContent(TableContent.of(UiFixture.analysis(), Flag.Severity.MINOR));
        JTable table = new JTable(model);
        table.setRowHeight(100);
        javax.swing.UIManager.put("Triglot.overview.same", SAME);
        javax.swing.UIManager.put("Triglot.overview.differs", DIFFERS);
        try {
            OverviewStrip strip = new OverviewStrip(table, r -> { });
            strip.setSize(OverviewStrip.WIDTH, 300);
            // Rows: divergence 0.1, an empty cell (counts as fully divergent), 0.4; 100 px each onto 300 px.
            BufferedImage all = paint(strip);
            assertThat(new Color(all.getRGB(8, 50))).isEqualTo(OverviewStrip.band(model.content().rows().get(0), SAME, DIFFERS));
            assertThat(new Color(all.getRGB(8, 150))).isEqualTo(DIFFERS);
            assertThat(new Color(all.getRGB(8, 250))).isEqualTo(OverviewStrip.band(model.content().rows().get(2), SAME, DIFFERS));

            model.setOnlyDiffering(true);
            BufferedImage differing = paint(strip);
            assertThat(table.getRowCount()).isEqualTo(1);
            assertThat(new Color(differing.getRGB(8, 50))).isEqualTo(DIFFERS);
            assertThat(new Color(differing.getRGB(8, 250))).isEqualTo(DIFFERS);
        } finally {
            javax.swing.UIManager.put("Triglot.overview.same", null);
            javax.swing.UIManager.put("Triglot.overview.differs", null);
        }
    }

    private static BufferedImage paint(OverviewStrip strip) {
        BufferedImage img = new BufferedImage(strip.getWidth(), strip.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        strip.paint(g);
        g.dispose();
        return img;
    }
}
