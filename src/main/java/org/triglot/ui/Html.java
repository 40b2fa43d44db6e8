package org.triglot.ui;

/** Escapes text for Swing's HTML labels and tooltips (the export's escaping: one rule for all HTML Triglot writes). */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return org.triglot.export.HtmlText.escape(s);
    }
}
