package org.triglot.ui;

import javax.swing.JButton;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Component;
import java.awt.Dimension;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One clear sentence about what went wrong, with a Details button that shows the full cause for a bug report. */
final class ErrorDialog {
    private ErrorDialog() {
    }

    static void show(Component parent, String title, String sentence, Throwable cause) {
        JButton detailsButton = new JButton(Messages.get("error.details"));
        Object[] options = {Messages.get("error.ok"), detailsButton};
        JOptionPane pane = new JOptionPane(sentence, JOptionPane.ERROR_MESSAGE, JOptionPane.DEFAULT_OPTION, null, options, options[0]);
        var dialog = pane.createDialog(parent, title);
        detailsButton.addActionListener(e -> {
            JTextArea area = new JTextArea(trace(cause));
            area.setEditable(false);
            area.setCaretPosition(0);
            JScrollPane sp = new JScrollPane(area);
            sp.setPreferredSize(new Dimension(720, 360));
            JOptionPane.showMessageDialog(dialog, sp, Messages.get("error.details"), JOptionPane.PLAIN_MESSAGE);
        });
        dialog.setVisible(true);
        dialog.dispose();
    }

    static String trace(Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
