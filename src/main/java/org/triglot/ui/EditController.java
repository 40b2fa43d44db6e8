package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.app.Autosave;
import org.triglot.app.ProjectStore;
import org.triglot.app.StoreException;
import org.triglot.edit.Edit;
import org.triglot.edit.EditHistory;
import org.triglot.edit.EditResult;
import org.triglot.edit.EditText;
import org.triglot.edit.MarkReviewed;
import org.triglot.edit.MergeRows;
import org.triglot.edit.MoveUnit;
import org.triglot.edit.NoCounterpart;
import org.triglot.edit.RenameVersion;
import org.triglot.edit.SplitAtSentence;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Sentence;

import javax.swing.Action;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hand correction in the window: the edit actions on the selected row and cell, undo and redo, comparing the
 * corrected rows again in the background, autosave every {@value #AUTOSAVE_SECONDS} seconds with recovery after a
 * crash, and the recent-projects list. Every change goes through the session's {@link EditHistory}.
 */
final class EditController {
    static final int AUTOSAVE_SECONDS = 20;
    private static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final MainWindow w;
    private final ProjectStore store = ProjectStore.standard();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triglot-compare-again");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger generation = new AtomicInteger();
    private Comparison autosaved;
    final Action undo;
    final Action redo;
    final Action merge;
    final Action split;
    final Action moveUp;
    final Action moveDown;
    final Action noCounterpart;
    final Action editText;
    final Action review;
    final Action rename;

    EditController(MainWindow w) {
        this.w = w;
        undo = WindowActions.action("action.undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, MENU), this::undo);
        redo = WindowActions.action("action.redo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, MENU | InputEvent.SHIFT_DOWN_MASK), this::redo);
        merge = WindowActions.action("action.merge", KeyStroke.getKeyStroke(KeyEvent.VK_M, MENU), () -> onRow(r -> apply(new MergeRows(r))));
        split = WindowActions.action("action.split", KeyStroke.getKeyStroke(KeyEvent.VK_K, MENU), this::split);
        moveUp = WindowActions.action("action.moveUp", KeyStroke.getKeyStroke(KeyEvent.VK_UP, MENU | InputEvent.ALT_DOWN_MASK),
                () -> onRow(r -> apply(new MoveUnit(r, w.view.targetVersion(), MoveUnit.Direction.UP))));
        moveDown = WindowActions.action("action.moveDown", KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, MENU | InputEvent.ALT_DOWN_MASK),
                () -> onRow(r -> apply(new MoveUnit(r, w.view.targetVersion(), MoveUnit.Direction.DOWN))));
        noCounterpart = WindowActions.action("action.noCounterpart", KeyStroke.getKeyStroke(KeyEvent.VK_N, MENU | InputEvent.ALT_DOWN_MASK),
                () -> onRow(r -> apply(new NoCounterpart(r, w.view.targetVersion()))));
        editText = WindowActions.action("action.editText", KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), this::editText);
        review = WindowActions.action("action.review", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, MENU), () -> onRow(r -> {
            boolean reviewed = w.session.comparison().reviewed().get(r);
            apply(MarkReviewed.row(r, !reviewed));
            if (!reviewed) {
                selectNextUnreviewed(r);
            }
        }));
        rename = WindowActions.action("action.rename", null, () -> rename(w.view.targetVersion()));
        w.view.table().getInputMap().put((KeyStroke) undo.getValue(Action.ACCELERATOR_KEY), "none");
        Timer autosave = new Timer(AUTOSAVE_SECONDS * 1000, e -> autosave());
        autosave.start();
        updateEnabled();
    }

    List<Action> rowActions() {
        return List.of(merge, split, moveUp, moveDown, noCounterpart, editText, review);
    }

    void attach(Session s) {
        s.history().addListener((h, change) -> SwingUtilities.invokeLater(() -> {
            updateEnabled();
            w.updateTitle();
        }));
        autosaved = s.comparison();
        updateEnabled();
    }

    /** The old session's autosave is dropped when the user moves on (its work was saved or knowingly discarded). */
    void forget(Session s) {
        generation.incrementAndGet();
        String id = s.autosaveId();
        background.submit(() -> discardQuietly(id));
    }

    void updateEnabled() {
        EditHistory h = w.session.history();
        undo.setEnabled(h.canUndo());
        redo.setEnabled(h.canRedo());
        undo.putValue(Action.NAME, h.undoKey().map(k -> Messages.get("action.undoNamed", Messages.get(k))).orElse(Messages.get("action.undo")));
        redo.putValue(Action.NAME, h.redoKey().map(k -> Messages.get("action.redoNamed", Messages.get(k))).orElse(Messages.get("action.redo")));
        boolean rows = !w.session.comparison().rows().isEmpty();
        rowActions().forEach(a -> a.setEnabled(rows));
        rename.setEnabled(rows);
    }

    private void onRow(java.util.function.IntConsumer edit) {
        int r = w.view.selectedModelRow();
        if (r < 0) {
            w.status.message(Messages.get("edit.selectRow"));
            return;
        }
        edit.accept(r);
    }

    /** Applies an edit; a refused one says why in the status bar and changes nothing. */
    void apply(Edit e) {
        EditResult r;
        Comparison before = w.session.comparison();
        try {
            r = w.session.history().apply(e);
        } catch (IllegalArgumentException refused) {
            w.status.message(refused.getMessage());
            Toolkit.getDefaultToolkit().beep();
            return;
        }
        w.refresh();
        w.view.selectModelRow(r.firstRow(), true);
        w.status.message(Messages.get("edit.done", Messages.get(e.key())));
        if (r.recompare()) {
            // The edit's rows say what to compare again when the last analysis is of the state it was applied to;
            // otherwise (an earlier compare still running) the changed rows are found by comparing the two.
            compareAgain(w.session.lastAnalysis().comparison() == before ? r : null);
        } else if (w.session.lastAnalysis().comparison() == before) {
            // A review mark or a new label changes no row: the divergence and sentence links still hold.
            w.session.analysed(new Analysis(r.after(), w.session.lastAnalysis().divergence(), w.session.lastAnalysis().sentenceLinks()));
        }
    }

    void undo() {
        if (w.session.history().canUndo()) {
            String key = w.session.history().undoKey().orElse("action.undo");
            w.session.history().undo();
            w.refresh();
            w.status.message(Messages.get("edit.undone", Messages.get(key)));
            afterUndoOrRedo();
        }
    }

    void redo() {
        if (w.session.history().canRedo()) {
            String key = w.session.history().redoKey().orElse("action.redo");
            w.session.history().redo();
            w.refresh();
            w.status.message(Messages.get("edit.redone", Messages.get(key)));
            afterUndoOrRedo();
        }
    }

    /**
     * A state undone or redone to keeps its flags in the history and its analysis in the session: shown as it is. Only
     * one never compared (its compare was still running when the user moved on) is compared again. Either way a
     * compare still running is for another state now and is dropped.
     */
    private void afterUndoOrRedo() {
        if (w.session.analysedNow()) {
            generation.incrementAndGet();
            w.status.engine(Messages.get("edit.compared"));
        } else {
            compareAgain(null);
        }
    }

    /**
     * Compares the current comparison again in the background, incrementally from the session's last analysis (only
     * the rows that changed are aligned again; the result equals a full compare), and files the fresh flags,
     * divergence and sentence links under it without an undo step. An edit made meanwhile makes this result stale:
     * it is dropped and the newer state is compared instead.
     *
     * @param edit the edit just applied to the last analysed state, or null to find the changed rows by comparison
     */
    private void compareAgain(EditResult edit) {
        int gen = generation.incrementAndGet();
        Session s = w.session;
        Comparison c = s.comparison();
        Analysis previous = s.lastAnalysis();
        w.status.engine(Messages.get("task.compare"));
        background.submit(() -> {
            if (gen != generation.get()) {
                return;
            }
            try {
                java.util.function.BooleanSupplier stale = () -> gen != generation.get();
                Analysis a = edit != null
                        ? w.workbench().reanalyse(previous, c, edit.firstRow(), edit.lastRow(), org.triglot.app.Progress.NONE, stale)
                        : w.workbench().reanalyse(previous, c, org.triglot.app.Progress.NONE, stale);
                SwingUtilities.invokeLater(() -> {
                    if (gen != generation.get() || w.session != s) {
                        return;
                    }
                    if (s.analysed(a)) {
                        w.refresh();
                        w.status.engine(Messages.get("edit.compared"));
                    } else {
                        compareAgain(null);
                    }
                });
            } catch (java.util.concurrent.CancellationException superseded) {
                // a newer edit started its own comparison
            } catch (RuntimeException e) {
                SwingUtilities.invokeLater(() -> w.showFailure(new TaskRunner.Failure(Messages.get("task.compare"), TaskRunner.sentence(e), e)));
            }
        });
    }

    private void split() {
        onRow(r -> {
            int v = w.view.targetVersion();
            Comparison c = w.session.comparison();
            int sentence = Versions.sentenceAt(c, r, v, w.view.targetOffset());
            if (sentence < 0) {
                w.status.message(Messages.get("edit.clickSentence"));
                return;
            }
            apply(new SplitAtSentence(r, v, sentence));
        });
    }

    private void editText() {
        onRow(r -> {
            int v = w.view.targetVersion();
            Comparison c = w.session.comparison();
            List<Integer> units = c.rows().get(r).cells().get(v);
            if (units.isEmpty()) {
                w.status.message(Messages.get("edit.emptyCell"));
                return;
            }
            Document d = c.versions().get(v);
            boolean sentences = "sentences".equals(c.units());
            int unit = units.get(0);
            int offset = w.view.targetOffset();
            for (int u : units) {
                var span = sentences ? d.sentences().get(u).span() : d.paragraphs().get(u).span();
                if (offset >= span.start() && offset < span.end()) {
                    unit = u;
                }
            }
            String old = sentences ? d.sentences().get(unit).text() : d.paragraphs().get(unit).text();
            JTextArea area = new JTextArea(old, 8, 60);
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            area.setFont(w.view.renderer().textFont());
            JScrollPane sp = new JScrollPane(area);
            sp.setPreferredSize(new Dimension(640, 220));
            int ok = JOptionPane.showConfirmDialog(w.frame, sp, Messages.get("action.editText") + " — " + c.labels().get(v),
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            String text = area.getText().strip();
            if (ok != JOptionPane.OK_OPTION || text.equals(old)) {
                return;
            }
            if (text.isEmpty()) {
                w.status.message(Messages.get("edit.emptyText"));
                return;
            }
            if (sentences) {
                apply(EditText.sentence(v, unit, text));
            } else {
                apply(new EditText(v, unit, text, w.workbench().sentenceTexts(text, d.lang())));
            }
        });
    }

    void rename(int version) {
        Comparison c = w.session.comparison();
        if (version < 0 || version >= c.labels().size()) {
            return;
        }
        Object label = JOptionPane.showInputDialog(w.frame, Messages.get("rename.prompt"), Messages.get("action.rename"),
                JOptionPane.PLAIN_MESSAGE, null, null, c.labels().get(version));
        if (label != null && !label.toString().isBlank()) {
            apply(new RenameVersion(version, label.toString()));
        }
    }

    private void selectNextUnreviewed(int from) {
        List<Boolean> reviewed = w.session.comparison().reviewed();
        for (int r = from + 1; r < reviewed.size(); r++) {
            if (!reviewed.get(r)) {
                w.view.selectModelRow(r, true);
                return;
            }
        }
    }

    boolean confirmReplaceEdits() {
        if (!w.session.history().canUndo()) {
            return true;
        }
        return JOptionPane.showConfirmDialog(w.frame, Messages.get("edit.replaceWarning"), Messages.get("task.realign"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    // ---- autosave, recovery, recent projects ----

    /** Writes the current state when it changed since the last autosave and differs from the saved file. */
    private void autosave() {
        Session s = w.session;
        Comparison c = s.comparison();
        if (c == autosaved || !s.dirty()) {
            return;
        }
        autosaved = c;
        Path project = s.projectFile();
        background.submit(() -> {
            try {
                store.autosave(s.autosaveId(), c, project);
            } catch (StoreException e) {
                SwingUtilities.invokeLater(() -> w.status.message(e.getMessage()));
            }
        });
    }

    void saved(Path file) {
        autosaved = w.session.comparison();
        String id = w.session.autosaveId();
        background.submit(() -> discardQuietly(id));
        addRecent(file);
    }

    private void discardQuietly(String id) {
        try {
            store.discard(id);
        } catch (StoreException e) {
            SwingUtilities.invokeLater(() -> w.status.message(e.getMessage()));
        }
    }

    void addRecent(Path file) {
        try {
            store.addRecent(file);
        } catch (StoreException e) {
            w.status.message(e.getMessage());
        }
    }

    /** On a clean exit this run's autosaves go: nothing needs recovering. */
    void exitCleanly() {
        try {
            store.discardThisRun();
        } catch (StoreException e) {
            System.err.println("Triglot: " + e.getMessage());
        }
    }

    /** Offers the newest autosave a crashed run left; true when the user took it (it then opens instead of the sample). */
    boolean offerRecovery() {
        List<Autosave> left;
        try {
            left = store.recoverable();
        } catch (StoreException e) {
            w.status.message(e.getMessage());
            return false;
        }
        Autosave a = left.stream().filter(Autosave::recoverable).findFirst().orElse(null);
        if (a == null) {
            return false;
        }
        Object[] options = {Messages.get("recovery.recover"), Messages.get("recovery.discard")};
        int choice = JOptionPane.showOptionDialog(w.frame, Messages.get("recovery.message", a.title() + " — " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(java.time.ZoneId.systemDefault()).format(a.savedAt())),
                Messages.get("recovery.title"), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
        if (choice != 0) {
            discardQuietly(a.id());
            return false;
        }
        w.tasks.run(Messages.get("recovery.title"), (p, cancelled) -> {
            Comparison c = store.recover(a);
            return w.workbench().analyse(c, p, cancelled);
        }, an -> {
            w.startSession(an, a.project().orElse(null), true);
            discardQuietly(a.id());
        });
        return true;
    }

    JMenu recentMenu() {
        JMenu m = new JMenu(Messages.get("menu.recent"));
        m.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                m.removeAll();
                List<Path> recent;
                try {
                    recent = store.recentProjects();
                } catch (StoreException ex) {
                    w.status.message(ex.getMessage());
                    recent = List.of();
                }
                if (recent.isEmpty()) {
                    JMenuItem none = new JMenuItem(Messages.get("menu.recent.none"));
                    none.setEnabled(false);
                    m.add(none);
                }
                for (Path p : recent) {
                    JMenuItem item = new JMenuItem(p.getFileName().toString());
                    item.setToolTipText(p.toString());
                    item.addActionListener(ev -> {
                        if (w.confirmDiscard()) {
                            w.actions.openProject(p);
                        }
                    });
                    m.add(item);
                }
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        return m;
    }
}
