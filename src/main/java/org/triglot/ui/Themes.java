package org.triglot.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.triglot.model.Flag;

import javax.swing.UIManager;
import java.awt.Color;
import java.util.Locale;

/**
 * FlatLaf light and dark themes with Triglot's own colours (one per flag kind, divergence, reviewed rows) read from
 * {@code org/triglot/ui/theme/FlatLightLaf.properties} and {@code FlatDarkLaf.properties}, so code never names a colour.
 */
public final class Themes {
    private Themes() {
    }

    /** Installs the theme; call before the first window is made, or follow it with {@code FlatLaf.updateUI()}. */
    public static void install(UiSettings.Theme theme) {
        FlatLaf.registerCustomDefaultsSource("org.triglot.ui.theme");
        if (dark(theme)) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    static boolean dark(UiSettings.Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark();
        };
    }

    /** Linux desktops say it in GTK_THEME (e.g. "Adwaita:dark"); elsewhere FlatLaf's default light theme is used. */
    private static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
    }

    public static Color flagColor(Flag.Kind kind) {
        return color("Triglot.flag." + kind.name(), new Color(0xFFE08A));
    }

    public static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }
}
