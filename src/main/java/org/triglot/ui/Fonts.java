package org.triglot.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
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
}
