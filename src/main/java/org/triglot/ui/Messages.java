package org.triglot.ui;

import org.triglot.app.Workbench;
import org.triglot.model.Flag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's text in the user's language (English, Simplified Chinese or Russian), from
 * {@code resources/i18n/Messages*.properties}. Arguments follow {@link MessageFormat}: {@code {0}}, {@code {1}}.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.Messages";

    private static volatile ResourceBundle bundle = load(Locale.getDefault());
    private static volatile Locale locale = Locale.getDefault();

    private Messages() {
    }

    static ResourceBundle load(Locale l) {
        // The English file is the base bundle; never fall back to the machine's default locale for a missing one.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void setLocale(Locale l) {
        bundle = load(l);
        locale = l;
    }

    public static Locale locale() {
        return locale;
    }

    /** A flag's reason in the window's language (the engine words it; see {@link Workbench#reasonText}). */
    public static String reason(Flag f) {
        return Workbench.reasonText(f, locale);
    }

    /** The text for {@code key}; a missing key shows as the key itself (a test checks that none is missing). */
    public static String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            s = key;
        }
        return args.length == 0 ? s : new MessageFormat(s, locale).format(args);
    }
}
