package org.triglot.ui;

import javax.swing.JEditorPane;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import java.awt.Component;
import java.awt.Dimension;

/** Credits the bundled data (CC-CEDICT, the Mueller dictionary, the sample's publishers) and the libraries, and the licence. */
final class AboutDialog {
    private AboutDialog() {
    }

    static String html() {
        return "<html><body style='font-family:sans-serif'><h2>" + Html.esc(Messages.get("app.title")) + "</h2>"
                + "<p>" + Html.esc(Messages.get("about.what")) + "</p>"
                + "<p>" + Html.esc(Messages.get("about.licence")) + "</p>"
                + "<h3>" + Html.esc(Messages.get("about.data")) + "</h3><ul>"
                + "<li><b>CC-CEDICT</b> — MDBG and the CC-CEDICT contributors, Creative Commons Attribution-ShareAlike 4.0.</li>"
                + "<li><b>Mueller English–Russian Dictionary</b>, 7th ed. — © 1996 S. Starostin, © 1999–2000 E.S. Cymbalyuk (V.K. Mueller, 1961), GNU GPL 2 or later.</li>"
                + "<li>" + Html.esc(Messages.get("about.glossary")) + "</li>"
                + "<li>" + Html.esc(Messages.get("about.sample")) + "</li></ul>"
                + "<h3>" + Html.esc(Messages.get("about.libraries")) + "</h3>"
                + "<p>Apache Tika, Apache OpenNLP, Apache POI, PDFBox (Apache 2.0) · Lingua (Apache 2.0) · ICU4J (Unicode License V3) · "
                + "HanLP (Apache 2.0) · morfologik (BSD) with LanguageTool's Russian dictionary (LGPL 2.1+) · picocli, Jackson, "
                + "java-diff-utils, FlatLaf (Apache 2.0) · SLF4J (MIT).</p></body></html>";
    }

    static void show(Component parent) {
        JEditorPane pane = new JEditorPane("text/html", html());
        pane.setEditable(false);
        pane.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        JScrollPane sp = new JScrollPane(pane);
        sp.setPreferredSize(new Dimension(620, 460));
        JOptionPane.showMessageDialog(parent, sp, Messages.get("action.about"), JOptionPane.PLAIN_MESSAGE);
    }
}
