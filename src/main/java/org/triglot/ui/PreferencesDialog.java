package org.triglot.ui;

import com.formdev.flatlaf.FlatLaf;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Theme, text size, window language and extra glossary files; saved in the settings file and applied at once where possible. */
final class PreferencesDialog {
    private static final String[] LANGUAGES = {"system", "en", "zh", "ru"};

    private PreferencesDialog() {
    }

    static void show(MainWindow w) {
        UiSettings s = w.settings;
        JComboBox<String> theme = new JComboBox<>();
        for (UiSettings.Theme t : UiSettings.Theme.values()) {
            theme.addItem(Messages.get("theme." + t));
        }
        theme.setSelectedIndex(s.theme().ordinal());
        JSpinner size = new JSpinner(new SpinnerNumberModel(s.fontSize(), 9, 32, 1));
        JComboBox<String> lang = new JComboBox<>();
        for (String l : LANGUAGES) {
            lang.addItem(Messages.get("language." + l));
        }
        int li = List.of(LANGUAGES).indexOf(s.language());
        lang.setSelectedIndex(Math.max(0, li));
        DefaultListModel<Path> glossaries = new DefaultListModel<>();
        s.glossaries().forEach(glossaries::addElement);
        JList<Path> list = new JList<>(glossaries);
        JButton add = new JButton(Messages.get("prefs.addGlossary"));
        JButton remove = new JButton(Messages.get("prefs.removeGlossary"));
        add.addActionListener(e -> {
            JFileChooser fc = new JFileChooser();
            if (fc.showOpenDialog(w.frame) == JFileChooser.APPROVE_OPTION) {
                glossaries.addElement(fc.getSelectedFile().toPath());
            }
        });
        remove.addActionListener(e -> {
            int i = list.getSelectedIndex();
            if (i >= 0) {
                glossaries.remove(i);
            }
        });
        JPanel form = new JPanel(new GridLayout(3, 2, 8, 6));
        form.add(new JLabel(Messages.get("prefs.theme")));
        form.add(theme);
        form.add(new JLabel(Messages.get("prefs.fontSize")));
        form.add(size);
        form.add(new JLabel(Messages.get("prefs.language")));
        form.add(lang);
        JPanel gl = new JPanel(new BorderLayout(4, 4));
        gl.add(new JLabel(Messages.get("prefs.glossaries")), BorderLayout.NORTH);
        JScrollPane sp = new JScrollPane(list);
        sp.setPreferredSize(new Dimension(420, 100));
        gl.add(sp, BorderLayout.CENTER);
        JPanel buttons = new JPanel();
        buttons.add(add);
        buttons.add(remove);
        gl.add(buttons, BorderLayout.SOUTH);
        JPanel panel = new JPanel(new BorderLayout(0, 12));
        panel.add(form, BorderLayout.NORTH);
        panel.add(gl, BorderLayout.CENTER);
        if (JOptionPane.showConfirmDialog(w.frame, panel, Messages.get("action.preferences"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        List<Path> newGlossaries = new ArrayList<>(Collections.list(glossaries.elements()));
        UiSettings next = new UiSettings(UiSettings.Theme.values()[theme.getSelectedIndex()], (Integer) size.getValue(),
                LANGUAGES[lang.getSelectedIndex()], newGlossaries);
        boolean languageChanged = !next.language().equals(s.language());
        w.settings = next;
        save(w);
        applyTheme(w, next.theme());
        Font f = Fonts.textFont(next.fontSize());
        w.view.setTextFont(f != null ? f : new Font(Font.DIALOG, Font.PLAIN, next.fontSize()));
        for (Path g : newGlossaries) {
            if (!s.glossaries().contains(g)) {
                w.tasks.run(Messages.get("task.glossary"), (p, c) -> w.workbench().loadGlossary(g),
                        n -> w.status.message(Messages.get("glossary.loaded", n, g.getFileName())));
            }
        }
        if (languageChanged) {
            JOptionPane.showMessageDialog(w.frame, Messages.get("prefs.restart"));
        }
    }

    static void applyTheme(MainWindow w, UiSettings.Theme t) {
        w.settings = w.settings.withTheme(t);
        Themes.install(t);
        FlatLaf.updateUI();
        w.view.renderer().updateColours();
        w.view.table().repaint();
        save(w);
    }

    private static void save(MainWindow w) {
        try {
            w.settings.save(UiSettings.home());
        } catch (IOException e) {
            w.status.message(Messages.get("prefs.notSaved", e.getMessage()));
        }
    }
}
