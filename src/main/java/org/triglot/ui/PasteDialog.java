package org.triglot.ui;

import org.triglot.model.Lang;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;

/** Asks for a pasted version: its text, a label ("Xinhua English") and its language (or "detect"). */
final class PasteDialog {
    record Result(String label, String text, Lang lang) {
    }

    private PasteDialog() {
    }

    static Result show(Component parent) {
        JTextField label = new JTextField(Messages.get("paste.defaultLabel"), 24);
        JComboBox<String> lang = new JComboBox<>(new String[]{Messages.get("paste.detect"), "中文 (zh)", "Русский (ru)", "English (en)"});
        JTextArea text = new JTextArea(16, 60);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        JPanel top = new JPanel(new GridLayout(2, 2, 6, 4));
        top.add(new JLabel(Messages.get("paste.label")));
        top.add(label);
        top.add(new JLabel(Messages.get("paste.language")));
        top.add(lang);
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.add(top, BorderLayout.NORTH);
        JScrollPane sp = new JScrollPane(text);
        sp.setPreferredSize(new Dimension(640, 320));
        panel.add(sp, BorderLayout.CENTER);
        int ok = JOptionPane.showConfirmDialog(parent, panel, Messages.get("action.pasteVersion"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (ok != JOptionPane.OK_OPTION || text.getText().isBlank()) {
            return null;
        }
        Lang l = switch (lang.getSelectedIndex()) {
            case 1 -> Lang.ZH;
            case 2 -> Lang.RU;
            case 3 -> Lang.EN;
            default -> null;
        };
        String lb = label.getText().isBlank() ? Messages.get("paste.defaultLabel") : label.getText().strip();
        return new Result(lb, text.getText(), l);
    }
}
