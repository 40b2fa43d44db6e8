package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.app.Progress;
import org.triglot.export.ExportFormat;
import org.triglot.export.ExportOptions;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Lang;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ButtonGroup;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's catalogue of actions (name, shortcut, what it does), from which the menus and the toolbar are built,
 * and the tasks behind them: open and add versions, align and compare, find, export, save and exit.
 */
final class WindowActions {
    private static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final MainWindow w;
    final Action openVersions;
    final Action addVersion;
    final Action pasteVersion;
    final Action openSample;
    final Action saveProject;
    final Action saveProjectAs;
    final Action openProject;
    final Action realign;
    final Action find;
    final Action findNext;
    final Action expandAll;
    final Action collapseAll;
    final Action about;
    final Action preferences;
    final Action exitAction;
    final List<Action> exportActions = new ArrayList<>();
    private final JToggleButton onlyDiffering = new JToggleButton();
    private final JCheckBoxMenuItem onlyDifferingItem = new JCheckBoxMenuItem();
    private final JTextField findField = new JTextField(16);
    private Path lastFolder;

    WindowActions(MainWindow w) {
        this.w = w;
        openVersions = action("action.openVersions", KeyStroke.getKeyStroke(KeyEvent.VK_O, MENU), this::chooseVersions);
        addVersion = action("action.addVersion", null, this::chooseVersionToAdd);
        pasteVersion = action("action.pasteVersion", KeyStroke.getKeyStroke(KeyEvent.VK_V, MENU | InputEvent.SHIFT_DOWN_MASK), this::pasteVersion);
        openSample = action("action.openSample", null, () -> {
            if (w.confirmDiscard()) {
                w.openSample();
            }
        });
        openProject = action("action.openProject", KeyStroke.getKeyStroke(KeyEvent.VK_O, MENU | InputEvent.SHIFT_DOWN_MASK), this::chooseProject);
        saveProject = action("action.saveProject", KeyStroke.getKeyStroke(KeyEvent.VK_S, MENU), this::saveProjectNow);
        saveProjectAs = action("action.saveProjectAs", KeyStroke.getKeyStroke(KeyEvent.VK_S, MENU | InputEvent.SHIFT_DOWN_MASK), () -> saveAs());
        realign = action("action.realign", KeyStroke.getKeyStroke(KeyEvent.VK_R, MENU | InputEvent.SHIFT_DOWN_MASK), this::realign);
        find = action("action.find", KeyStroke.getKeyStroke(KeyEvent.VK_F, MENU), () -> findField.requestFocusInWindow());
        findNext = action("action.findNext", KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0), () -> findNext(true));
        expandAll = action("action.expandAll", KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU), () -> w.view.model().setAllExpanded(true));
        collapseAll = action("action.collapseAll", KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU | InputEvent.SHIFT_DOWN_MASK),
                () -> w.view.model().setAllExpanded(false));
        about = action("action.about", null, () -> AboutDialog.show(w.frame));
        preferences = action("action.preferences", KeyStroke.getKeyStroke(KeyEvent.VK_COMMA, MENU), () -> PreferencesDialog.show(w));
        exitAction = action("action.exit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, MENU), this::exit);
        for (ExportFormat f : ExportFormat.values()) {
            exportActions.add(action("export." + f.name(), null, () -> export(f)));
        }
        Action toggleDiff = action("action.onlyDiffering", KeyStroke.getKeyStroke(KeyEvent.VK_D, MENU), () -> setOnlyDiffering(!w.view.model().onlyDiffering()));
        onlyDiffering.setAction(toggleDiff);
        onlyDifferingItem.setAction(toggleDiff);
        findField.putClientProperty("JTextField.placeholderText", Messages.get("find.placeholder"));
        findField.putClientProperty("JTextField.showClearButton", true);
        findField.addActionListener(e -> findNext(true));
        findField.setMaximumSize(findField.getPreferredSize());
        findField.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "findPrevious");
        findField.getActionMap().put("findPrevious", action("action.findPrevious", null, () -> findNext(false)));
        updateEnabled();
    }

    static Action action(String key, KeyStroke accelerator, Runnable run) {
        Action a = new AbstractAction(Messages.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.ACTION_COMMAND_KEY, key);
        if (accelerator != null) {
            a.putValue(Action.ACCELERATOR_KEY, accelerator);
        }
        String tip = Messages.get(key + ".tip");
        if (!tip.equals(key + ".tip")) {
            a.putValue(Action.SHORT_DESCRIPTION, tip);
        }
        return a;
    }

    void updateEnabled() {
        boolean has = !w.session.comparison().versions().isEmpty();
        for (Action a : List.of(saveProject, saveProjectAs, realign, expandAll, collapseAll, find, findNext)) {
            a.setEnabled(has);
        }
        exportActions.forEach(a -> a.setEnabled(has));
        onlyDiffering.setSelected(w.view.model().onlyDiffering());
        onlyDifferingItem.setSelected(w.view.model().onlyDiffering());
    }

    JMenuBar menuBar(EditController edits) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file", KeyEvent.VK_F);
        file.add(openVersions);
        file.add(addVersion);
        file.add(pasteVersion);
        file.add(openSample);
        file.addSeparator();
        file.add(openProject);
        file.add(saveProject);
        file.add(saveProjectAs);
        file.add(edits.recentMenu());
        file.addSeparator();
        JMenu export = new JMenu(Messages.get("menu.export"));
        exportActions.forEach(export::add);
        file.add(export);
        file.addSeparator();
        file.add(preferences);
        file.add(exitAction);
        JMenu edit = menu("menu.edit", KeyEvent.VK_E);
        edit.add(edits.undo);
        edit.add(edits.redo);
        edit.addSeparator();
        edits.rowActions().forEach(edit::add);
        edit.add(edits.rename);
        edit.addSeparator();
        edit.add(find);
        edit.add(findNext);
        JMenu view = menu("menu.view", KeyEvent.VK_V);
        view.add(onlyDifferingItem);
        view.add(expandAll);
        view.add(collapseAll);
        view.addSeparator();
        JCheckBoxMenuItem info = new JCheckBoxMenuItem(Messages.get("action.showInfo"));
        info.addActionListener(e -> {
            w.minSeverity = info.isSelected() ? org.triglot.model.Flag.Severity.INFO : org.triglot.model.Flag.Severity.MINOR;
            w.refresh();
        });
        view.add(info);
        view.add(themeMenu());
        view.addSeparator();
        view.add(realign);
        JMenu help = menu("menu.help", KeyEvent.VK_H);
        help.add(about);
        bar.add(file);
        bar.add(edit);
        bar.add(view);
        bar.add(help);
        return bar;
    }

    private JMenu themeMenu() {
        JMenu m = new JMenu(Messages.get("menu.theme"));
        ButtonGroup g = new ButtonGroup();
        for (UiSettings.Theme t : UiSettings.Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(Messages.get("theme." + t));
            item.setSelected(w.settings.theme() == t);
            item.addActionListener(e -> PreferencesDialog.applyTheme(w, t));
            g.add(item);
            m.add(item);
        }
        return m;
    }

    private static JMenu menu(String key, int mnemonic) {
        JMenu m = new JMenu(Messages.get(key));
        m.setMnemonic(mnemonic);
        return m;
    }

    JToolBar toolBar(EditController edits) {
        JToolBar tb = new JToolBar();
        tb.setFloatable(false);
        tb.add(openVersions);
        tb.add(openProject);
        tb.add(saveProject);
        tb.addSeparator();
        tb.add(edits.undo);
        tb.add(edits.redo);
        tb.add(edits.merge);
        tb.add(edits.split);
        tb.add(edits.review);
        tb.addSeparator();
        tb.add(onlyDiffering);
        tb.add(expandAll);
        tb.add(collapseAll);
        tb.addSeparator();
        tb.add(findField);
        tb.add(findNext);
        return tb;
    }

    void setOnlyDiffering(boolean on) {
        w.view.model().setOnlyDiffering(on);
        updateEnabled();
        w.status.message(on ? Messages.get("status.onlyDiffering", w.view.model().getRowCount(), w.session.comparison().rows().size()) : "");
    }

    void findNext(boolean forward) {
        String q = findField.getText();
        int from = Math.max(-1, w.view.selectedModelRow());
        int r = w.view.model().find(q, from < 0 ? (forward ? -1 : 0) : from, forward);
        if (r < 0) {
            w.status.message(Messages.get("find.none", q));
            w.view.renderer().setFoundRow(-1);
        } else {
            w.view.renderer().setFoundRow(r);
            w.view.selectModelRow(r, true);
            w.status.message(Messages.get("find.at", q, r + 1));
        }
        w.view.table().repaint();
    }

    // ---- versions ----

    private JFileChooser chooser(boolean multi) {
        JFileChooser fc = new JFileChooser(lastFolder != null ? lastFolder.toFile() : null);
        fc.setMultiSelectionEnabled(multi);
        return fc;
    }

    private void chooseVersions() {
        List<Path> files = chooseFiles("action.openVersions");
        if (!files.isEmpty()) {
            dropFiles(files);
        }
    }

    private void chooseVersionToAdd() {
        List<Path> files = chooseFiles("action.addVersion");
        if (!files.isEmpty()) {
            addFiles(files);
        }
    }

    /** The files the user picks (none when cancelled); the next chooser opens in their folder. */
    private List<Path> chooseFiles(String titleKey) {
        JFileChooser fc = chooser(true);
        fc.setDialogTitle(Messages.get(titleKey));
        List<Path> files = new ArrayList<>();
        if (fc.showOpenDialog(w.frame) == JFileChooser.APPROVE_OPTION) {
            for (File f : fc.getSelectedFiles()) {
                files.add(f.toPath());
            }
        }
        if (!files.isEmpty()) {
            lastFolder = files.get(0).getParent();
        }
        return files;
    }

    /** Several files start a new comparison; one file joins the current one (both by Open and by drag-and-drop). */
    void dropFiles(List<Path> files) {
        if (files.size() == 1 && !w.session.comparison().versions().isEmpty()) {
            addFiles(files);
        } else if (files.size() == 1) {
            w.status.message(Messages.get("versions.needTwo"));
            addFiles(files);
        } else if (w.confirmDiscard()) {
            buildComparison(files, null, null);
        }
    }

    private void addFiles(List<Path> files) {
        if (!w.edits.confirmReplaceEdits()) {
            return;
        }
        buildComparison(files, null, w.versions());
    }

    private void pasteVersion() {
        PasteDialog.Result r = PasteDialog.show(w.frame);
        if (r == null || !w.edits.confirmReplaceEdits()) {
            return;
        }
        List<Document> existing = w.versions();
        List<String> labels = new ArrayList<>(w.session.comparison().labels());
        w.tasks.run(Messages.get("task.import"), (progress, cancelled) -> {
            progress.update(0, 1, Progress.Stage.IMPORT, r.label());
            Document d = w.workbench().importText(r.label(), r.text());
            if (r.lang() != null) {
                d = Versions.withLang(d, r.lang());
            }
            return prepared(alignAndCompare(Versions.append(existing, List.of(d)), Versions.append(labels, List.of(r.label())), progress, cancelled));
        }, this::realigned);
    }

    /**
     * Imports files (off the window's thread), joins them to {@code existing} (null: a new comparison), orders the
     * versions by language (Chinese, Russian, English), aligns and compares them, and shows the result.
     */
    void buildComparison(List<Path> files, List<String> givenLabels, List<Document> existing) {
        List<String> oldLabels = existing == null ? List.of() : new ArrayList<>(w.session.comparison().labels());
        w.tasks.run(Messages.get("task.open"), (progress, cancelled) -> {
            List<Document> docs = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                progress.update(i, files.size(), Progress.Stage.IMPORT, files.get(i).getFileName().toString());
                docs.add(w.workbench().importFile(files.get(i)));
                labels.add(givenLabels != null ? givenLabels.get(i) : Versions.defaultLabel(files.get(i)));
            }
            List<Document> all = existing == null ? docs : Versions.append(existing, docs);
            List<String> allLabels = existing == null ? labels : Versions.append(oldLabels, labels);
            if (givenLabels == null) {
                Versions.sortByLanguage(all, allLabels);
            }
            if (all.size() < 2) {
                return prepared(alone(all, allLabels));
            }
            return prepared(alignAndCompare(all, allLabels, progress, cancelled));
        }, p -> {
            if (existing == null) {
                w.startSession(p.analysis(), null, false, p.content(), p.history());
            } else {
                w.startSession(p.analysis(), w.session.projectFile(), w.session.projectFile() != null, p.content(), p.history());
            }
            report(p);
        });
    }

    /** One version alone (or none): one row per paragraph, so it can be read while the next version is added. */
    static Analysis alone(List<Document> all, List<String> labels) {
        List<org.triglot.model.AlignedRow> rows = new ArrayList<>();
        for (int i = 0; all.size() == 1 && i < all.get(0).paragraphs().size(); i++) {
            rows.add(new org.triglot.model.AlignedRow(List.of(List.of(i)), 1.0, false));
        }
        Comparison one = new Comparison(all, labels, "paragraphs", rows, List.of(), java.util.Collections.nCopies(rows.size(), false));
        return new Analysis(one, java.util.Collections.nCopies(rows.size(), 0.0), List.of());
    }

    Analysis alignAndCompare(List<Document> docs, List<String> labels, Progress progress, java.util.function.BooleanSupplier cancelled) {
        if (docs.size() > 4) {
            throw new IllegalArgumentException(Messages.get("versions.tooMany", docs.size()));
        }
        for (Document d : docs) {
            if (d.lang() == Lang.OTHER) {
                throw new IllegalArgumentException(Messages.get("versions.otherLanguage", d.name()));
            }
        }
        Comparison c = w.workbench().alignVersions(docs, labels, progress, cancelled);
        return w.workbench().analyse(c, progress, cancelled);
    }

    /** A result made ready off the window's thread: its table content and its undo history (which checks it). */
    record Prepared(Analysis analysis, TableContent content, org.triglot.edit.EditHistory history) {
    }

    private Prepared prepared(Analysis a) {
        return new Prepared(a, TableContent.of(a, w.minSeverity), new org.triglot.edit.EditHistory(a.comparison()));
    }

    /** A new alignment of the current project's versions (added, removed, re-aligned, language changed). */
    private void realigned(Prepared p) {
        w.startSession(p.analysis(), w.session.projectFile(), w.session.projectFile() != null, p.content(), p.history());
        report(p);
    }

    private void report(Prepared p) {
        Analysis a = p.analysis();
        int n = a.comparison().versions().size();
        if (n < 2) {
            w.status.message(Messages.get("versions.needTwo"));
        } else {
            long differing = p.content().rows().stream().filter(r -> r.differs(a.comparison().flags(), p.content().minSeverity())).count();
            w.status.message(Messages.get("status.compared", n, a.comparison().rows().size(), differing, a.comparison().flags().size()));
        }
    }

    private void realign() {
        List<Document> docs = w.versions();
        List<String> labels = new ArrayList<>(w.session.comparison().labels());
        if (docs.size() < 2 || !w.edits.confirmReplaceEdits()) {
            return;
        }
        alignAgain(docs, labels);
    }

    /** Changes a version's language (the detection was wrong) and aligns again. */
    void setLanguage(int version, Lang lang) {
        if (!w.edits.confirmReplaceEdits()) {
            return;
        }
        List<Document> docs = w.versions();
        docs.set(version, Versions.withLang(docs.get(version), lang));
        List<String> labels = new ArrayList<>(w.session.comparison().labels());
        alignAgain(docs, labels);
    }

    /** Aligns and compares these versions again in the background; the result replaces the comparison. */
    private void alignAgain(List<Document> docs, List<String> labels) {
        w.tasks.run(Messages.get("task.realign"), (p, c) -> prepared(alignAndCompare(docs, labels, p, c)), this::realigned);
    }

    /** Takes a version out of the comparison and aligns the others again. */
    void removeVersion(int version) {
        if (!w.edits.confirmReplaceEdits()) {
            return;
        }
        List<Document> docs = w.versions();
        List<String> labels = new ArrayList<>(w.session.comparison().labels());
        docs.remove(version);
        labels.remove(version);
        if (docs.size() < 2) {
            realigned(prepared(alone(docs, labels)));
            return;
        }
        alignAgain(docs, labels);
    }

    // ---- projects and export ----

    private void chooseProject() {
        if (!w.confirmDiscard()) {
            return;
        }
        JFileChooser fc = chooser(false);
        fc.setFileFilter(new FileNameExtensionFilter(Messages.get("project.filter"), "triglot"));
        if (fc.showOpenDialog(w.frame) == JFileChooser.APPROVE_OPTION) {
            openProject(fc.getSelectedFile().toPath());
        }
    }

    void openProject(Path file) {
        w.tasks.run(Messages.get("task.openProject"), (progress, cancelled) -> {
            progress.update(0, 1, Progress.Stage.IMPORT, file.getFileName().toString());
            Comparison c = w.workbench().openProject(file);
            return prepared(w.workbench().analyse(c, progress, cancelled));
        }, p -> {
            w.startSession(p.analysis(), file, false, p.content(), p.history());
            w.edits.addRecent(file);
            report(p);
        });
    }

    /** Saves to the project's file, asking for one the first time; true when saved. */
    boolean saveProjectNow() {
        Path file = w.session.projectFile();
        return file == null ? saveAs() : writeProject(file);
    }

    private boolean saveAs() {
        JFileChooser fc = chooser(false);
        fc.setFileFilter(new FileNameExtensionFilter(Messages.get("project.filter"), "triglot"));
        if (fc.showSaveDialog(w.frame) != JFileChooser.APPROVE_OPTION) {
            return false;
        }
        Path file = fc.getSelectedFile().toPath();
        if (!file.getFileName().toString().endsWith(".triglot")) {
            file = file.resolveSibling(file.getFileName() + ".triglot");
        }
        return writeProject(file);
    }

    /** A project is a few hundred kilobytes of JSON: written on the spot so a "save before closing" is really done. */
    private boolean writeProject(Path file) {
        Comparison c = w.session.comparison();
        try {
            w.workbench().saveProject(c, file);
        } catch (Exception e) {
            ErrorDialog.show(w.frame, Messages.get("action.saveProject"), TaskRunner.sentence(e), e);
            return false;
        }
        w.session.saved(file);
        w.edits.saved(file);
        w.updateTitle();
        w.status.message(Messages.get("project.saved", file.getFileName()));
        return true;
    }

    private void export(ExportFormat format) {
        JFileChooser fc = chooser(false);
        fc.setDialogTitle(Messages.get("export." + format.name()));
        fc.setFileFilter(new FileNameExtensionFilter(format.name(), format.extension()));
        if (fc.showSaveDialog(w.frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = fc.getSelectedFile().toPath();
        Path file = chosen.getFileName().toString().contains(".") ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + format.extension());
        Comparison c = w.session.comparison();
        w.tasks.run(Messages.get("task.export", format.name()), (progress, cancelled) -> {
            progress.update(0, 1, Progress.Stage.EXPORT, file.getFileName().toString());
            w.workbench().export(c, format, ExportOptions.DEFAULTS, file);
            return file;
        }, f -> w.status.message(Messages.get("export.done", f)));
    }

    void exit() {
        if (w.confirmDiscard()) {
            w.edits.exitCleanly();
            w.frame.dispose();
            System.exit(0);
        }
    }
}
