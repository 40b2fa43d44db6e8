package org.triglot.ui;

import javax.swing.UIManager;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the font the versions' text is shown in: one that has Chinese and Cyrillic glyphs (Noto CJK, Source Han,
 * WenQuanYi, the Windows and macOS CJK fonts), so a row of Chinese, Russian and English never shows boxes. When no
 * such font is installed the window says so instead of failing silently.
 */
public final class Fonts {
    /** Text that every version font must be able to show. */
    static final String PROBE = "王毅會見拉夫罗夫 Лавров Wang Yi «»—";
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Noto Sans CJK JP", "Droid Sans Fallback", "SimSun", "AR PL UMing CN");

    private Fonts() {
    }

    /** A text font of this size that shows Chinese and Cyrillic, or null when no installed font does. */
    public static Font textFont(int size) {
        Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        installed.addAll(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String family : PREFERRED) {
            if (installed.contains(family)) {
                Font f = new Font(family, Font.PLAIN, size);
                if (f.canDisplayUpTo(PROBE) < 0) {
                    return f;
                }
            }
        }
        // The logical font falls back through the system's font configuration and may still cover both scripts.
        Font dialog = new Font(Font.DIALOG, Font.PLAIN, size);
        return dialog.canDisplayUpTo(PROBE) < 0 ? dialog : null;
    }

    /** The look and feel's fonts that show version text (labels, lists, tables, text areas); read on the EDT. */
    static List<Font> uiFonts() {
        List<Font> out = new ArrayList<>();
        for (String key : List.of("Label.font", "List.font", "Table.font", "TextArea.font", "TextPane.font", "ToolTip.font")) {
            Font f = UIManager.getFont(key);
            if (f != null && !out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Lays out Chinese, Cyrillic and Latin text in these fonts (plain and bold) off the EDT, so the font files' character
     * maps and first glyphs are read before the first row of a version is painted. Reading them on first paint held
     * the EDT for over 100 ms with a large CJK font.
     */
    static void warmUp(Font text, List<Font> ui) {
        List<Font> fonts = new ArrayList<>(ui);
        if (text != null) {
            fonts.add(text);
        }
        FontRenderContext frc = new FontRenderContext(null, true, false);
        for (Font f : fonts) {
            for (Font g : List.of(f, f.deriveFont(Font.BOLD))) {
                g.createGlyphVector(frc, PROBE + " 习近平普京会谈 Путин Си Цзиньпин 0123456789").getVisualBounds();
            }
        }
    }
}
