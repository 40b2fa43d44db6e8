package org.triglot.ui;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pictures of painted cells, by what they show, up to a budget of pixels (least recently used first out). A table
 * repaints every visible cell whenever a row height is given, the selection moves or the window is uncovered, and
 * laying out wrapped Chinese and Russian text again each time cost the Event Dispatch Thread 20–100 ms per repaint
 * while a large comparison was being shown; copying the pixels costs well under a millisecond per cell.
 */
final class CellPictures {
    /** What a cell's picture depends on. {@code scale} is the screen's (HiDPI) scale; the picture is in device pixels. */
    record Key(String text, List<TableContent.Mark> marks, boolean empty, boolean reviewed, boolean uncertain, boolean selected,
               boolean found, int width, int height, double scale) {
    }

    private final long maxPixels;
    private long pixels;
    private int rendered;
    private final LinkedHashMap<Key, BufferedImage> pictures = new LinkedHashMap<>(64, 0.75f, true);
    /** Cells painted once, without a picture yet, most recent last (bounded). */
    private final LinkedHashMap<Key, Boolean> seen = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > MAX_SEEN;
        }
    };
    static final int MAX_SEEN = 4096;

    CellPictures(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The picture for this key, or null. */
    BufferedImage get(Key k) {
        return pictures.get(k);
    }

    /**
     * Whether this is the first time the cell is painted as it is (and remembers it). A cell is pictured only from its
     * second paint: while rows are being measured a visible row's height changes a few times, and a picture for each
     * height would cost more than painting the text directly.
     */
    boolean firstSight(Key k) {
        return seen.put(k, Boolean.TRUE) == null;
    }

    void put(Key k, BufferedImage picture) {
        seen.remove(k);
        rendered++;
        BufferedImage old = pictures.put(k, picture);
        pixels += size(picture) - (old == null ? 0 : size(old));
        Iterator<Map.Entry<Key, BufferedImage>> it = pictures.entrySet().iterator();
        while (pixels > maxPixels && it.hasNext()) {
            Map.Entry<Key, BufferedImage> eldest = it.next();
            if (eldest.getKey().equals(k)) {
                continue;
            }
            pixels -= size(eldest.getValue());
            it.remove();
        }
    }

    /** Forgets every picture (the font or the theme's colours changed). */
    void clear() {
        pictures.clear();
        seen.clear();
        pixels = 0;
    }

    int size() {
        return pictures.size();
    }

    long pixels() {
        return pixels;
    }

    /** How many pictures were painted so far (for tests: a repaint of unchanged cells paints none). */
    int rendered() {
        return rendered;
    }

    private static long size(BufferedImage b) {
        return (long) b.getWidth() * b.getHeight();
    }
}
