package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.app.SampleCorpus;
import org.triglot.app.Workbench;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The workbench window: lays out the aligned view with its overview strip, the flags and details panels below,
 * the menus and toolbar ({@link WindowActions}) and the status bar. Everything it does goes through {@link Workbench};
 * long work goes through the {@link TaskRunner}.
 */
final class MainWindow {
    final JFrame frame = new JFrame(Messages.get("app.title"));
    /** Made on the warm-up thread: building the importer and language tools takes seconds the window must not wait for. */
    private final java.util.concurrent.CompletableFuture<Workbench> workbench = new java.util.concurrent.CompletableFuture<>();
    final StatusBar status = new StatusBar();
    final TaskRunner tasks;
    final AlignedView view;
    final FlagsPanel flags = new FlagsPanel();
    final DetailsPanel details = new DetailsPanel();
    final JTabbedPane bottom = new JTabbedPane();
    final WindowActions actions;
    final EditController edits;
    UiSettings settings;
    Session session = new Session(new Analysis(TableContent.empty().comparison(), List.of(), List.of()), null, false);
    Flag.Severity minSeverity = Flag.Severity.MINOR;
    private final ExecutorService evidenceWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triglot-evidence");
        t.setDaemon(true);
        return t;
    });
    private volatile int evidenceRow = -1;
    private final Map<String, SimilarityResult> evidence = new LinkedHashMap<>();

    /** Run once the window has been painted on screen for the first time (see {@link #afterFirstPaint}). */
    private Runnable onFirstPaint;

    MainWindow(UiSettings settings) {
        this.settings = settings;
        frame.setContentPane(new javax.swing.JPanel(new BorderLayout()) {
            @Override
            public void paint(java.awt.Graphics g) {
                super.paint(g);
                firstPainted();
            }
        });
        // The logical font until the CJK font is found: listing the installed fonts takes long enough to delay the window.
        view = new AlignedView(new Font(Font.DIALOG, Font.PLAIN, settings.fontSize()));
        tasks = new TaskRunner(status, this::showFailure);
        actions = new WindowActions(this);
        edits = new EditController(this);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                actions.exit();
            }
        });
        frame.setJMenuBar(actions.menuBar(edits));
        bottom.addTab(Messages.get("tab.flags"), flags);
        bottom.addTab(Messages.get("tab.details"), details);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, view, bottom);
        split.setResizeWeight(0.75);
        split.setOneTouchExpandable(true);
        frame.getContentPane().add(actions.toolBar(edits), BorderLayout.NORTH);
        frame.getContentPane().add(split, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
        frame.setTransferHandler(new FileDropHandler(actions::dropFiles));
        FileDropHandler.passFilesOnIn(frame.getContentPane());
        view.onSelect(this::rowSelected);
        view.onPopup(e -> cellMenu().show(e.getComponent(), e.getX(), e.getY()));
        view.table().getTableHeader().addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                maybeHeaderMenu(e);
            }

            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                maybeHeaderMenu(e);
            }
        });
        view.evidenceTip((row, version) -> row == evidenceRow ? DetailsPanel.tip(version, evidence) : null);
        flags.onJump(row -> view.selectModelRow(row, true));
        frame.setMinimumSize(new Dimension(720, 480));
        frame.setSize(new Dimension(1400, 900));
        frame.setLocationByPlatform(true);
        status.engine(Messages.get("engine.loading"));
    }

    /** The engine; waits for it to finish loading, so call it from a task, or on the window's thread once it is ready. */
    Workbench workbench() {
        return workbench.join();
    }

    private javax.swing.JPopupMenu cellMenu() {
        javax.swing.JPopupMenu m = new javax.swing.JPopupMenu();
        edits.rowActions().forEach(m::add);
        m.addSeparator();
        m.add(edits.undo);
        m.add(edits.redo);
        return m;
    }

    /** The column header's menu: rename the version, correct its language, or take it out of the comparison. */
    private void maybeHeaderMenu(java.awt.event.MouseEvent e) {
        int col = view.table().columnAtPoint(e.getPoint());
        if (!e.isPopupTrigger() || col < 1) {
            return;
        }
        int version = view.table().convertColumnIndexToModel(col) - 1;
        javax.swing.JPopupMenu m = new javax.swing.JPopupMenu();
        javax.swing.JMenuItem rename = new javax.swing.JMenuItem(Messages.get("action.rename"));
        rename.addActionListener(ev -> edits.rename(version));
        m.add(rename);
        javax.swing.JMenu lang = new javax.swing.JMenu(Messages.get("action.language"));
        for (org.triglot.model.Lang l : List.of(org.triglot.model.Lang.ZH, org.triglot.model.Lang.RU, org.triglot.model.Lang.EN)) {
            javax.swing.JRadioButtonMenuItem item = new javax.swing.JRadioButtonMenuItem(Messages.get("language." + l.code()));
            item.setSelected(session.comparison().versions().get(version).lang() == l);
            item.addActionListener(ev -> actions.setLanguage(version, l));
            lang.add(item);
        }
        m.add(lang);
        javax.swing.JMenuItem remove = new javax.swing.JMenuItem(Messages.get("action.removeVersion"));
        remove.addActionListener(ev -> actions.removeVersion(version));
        m.add(remove);
        m.show(e.getComponent(), e.getX(), e.getY());
    }

    void show() {
        warmUpWindow();
        frame.setVisible(true);
    }

    /**
     * Makes the window's first-use costs before it is shown, so they delay it instead of freezing it once it is there.
     * The first paint of a Swing window runs cold code (FlatLaf's painters, text layout, glyphs sent to the X server)
     * for 100-130 ms; it is painted once into a screen-compatible image, so the glyphs reach the server's cache too.
     * The first mouse or key event opens the X input method (50-60 ms, measured with -Dtriglot.edtTrace=true); asking
     * for the input method's control object opens it now.
     */
    private void warmUpWindow() {
        frame.addNotify();
        frame.validate();
        java.awt.im.InputContext input = frame.getInputContext();
        if (input != null) {
            input.getInputMethodControlObject();
        }
        javax.swing.JRootPane root = frame.getRootPane();
        java.awt.GraphicsConfiguration gc = root.getGraphicsConfiguration();
        if (gc == null || root.getWidth() <= 0 || root.getHeight() <= 0) {
            return;
        }
        java.awt.image.VolatileImage img = gc.createCompatibleVolatileImage(root.getWidth(), root.getHeight());
        java.awt.Graphics2D g = img.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
            img.flush();
        }
    }

    /**
     * Runs {@code r} on the window's thread once the window has been painted on screen (or after half a second, if it
     * is not painted, e.g. shown minimised). Loading the engine starts there: begun together with the first paint, the
     * loading thread and the compilers it keeps busy took both cores, and the paint waited for them.
     */
    void afterFirstPaint(Runnable r) {
        onFirstPaint = r;
        javax.swing.Timer fallback = new javax.swing.Timer(500, e -> firstPainted());
        fallback.setRepeats(false);
        fallback.start();
    }

    private void firstPainted() {
        Runnable r = onFirstPaint;
        if (r != null) {
            onFirstPaint = null;
            // After this paint has reached the screen, not inside it.
            SwingUtilities.invokeLater(r);
        }
    }

    /** Loads the engine in the background; the status bar says when it is ready. */
    void warmUpEngine(Runnable then) {
        List<Font> uiFonts = Fonts.uiFonts();
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            Font font = Fonts.textFont(settings.fontSize());
            Fonts.warmUp(font, uiFonts);
            SwingUtilities.invokeLater(() -> {
                if (font == null) {
                    status.message(Messages.get("font.missing"));
                } else {
                    view.setTextFont(font);
                }
            });
            Workbench workbench;
            try {
                workbench = new Workbench();
                workbench.warmUp();
                workbench.lexicon();
            } catch (RuntimeException | Error e) {
                this.workbench.completeExceptionally(e);
                SwingUtilities.invokeLater(() -> {
                    status.engine(Messages.get("engine.failed"));
                    ErrorDialog.show(frame, Messages.get("app.title"), Messages.get("engine.failed"), e);
                });
                return;
            }
            this.workbench.complete(workbench);
            for (Path g : settings.glossaries()) {
                try {
                    workbench.loadGlossary(g);
                } catch (Exception e) {
                    SwingUtilities.invokeLater(() -> status.message(Messages.get("glossary.failed", g.getFileName(), e.getMessage())));
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            SwingUtilities.invokeLater(() -> {
                status.engine(Messages.get("engine.ready", ms / 1000.0));
                then.run();
            });
        }, "triglot-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Imports the bundled sample meeting, aligns and compares it. */
    void openSample() {
        List<Path> files = SampleCorpus.extract();
        actions.buildComparison(files, SampleCorpus.LABELS, null);
    }

    /** Starts working on a new comparison (the old one's autosave is dropped) and shows it. */
    void startSession(Analysis a, Path projectFile, boolean unsaved) {
        startSession(a, projectFile, unsaved, null);
    }

    /** As above, with the table content already worked out off the window's thread (null: work it out here). */
    void startSession(Analysis a, Path projectFile, boolean unsaved, TableContent content) {
        startSession(a, projectFile, unsaved, content, null);
    }

    /** As above, with the undo history made off the window's thread too (null: make it here). */
    void startSession(Analysis a, Path projectFile, boolean unsaved, TableContent content, org.triglot.edit.EditHistory history) {
        edits.forget(session);
        session = history != null && history.current() == a.comparison() ? new Session(a, history, projectFile, unsaved)
                : new Session(a, projectFile, unsaved);
        edits.attach(session);
        show(content != null && content.analysis() == a && content.minSeverity() == minSeverity ? content : TableContent.of(a, minSeverity), true);
    }

    /** Shows the session's current state: the table, the flags list, the title; selection and filters are kept. */
    void refresh() {
        show(TableContent.of(session.analysis(), minSeverity), false);
    }

    private void show(TableContent content, boolean newComparison) {
        Analysis a = content.analysis();
        if (newComparison) {
            view.showNew(content);
        } else {
            view.show(content);
        }
        flags.show(a.comparison());
        updateTitle();
        actions.updateEnabled();
        int sel = view.selectedModelRow();
        if (sel >= 0) {
            rowSelected(sel);
        }
    }

    void updateTitle() {
        Path p = session.projectFile();
        String name = p != null ? p.getFileName().toString() : session.comparison().versions().isEmpty() ? ""
                : String.join(" | ", session.comparison().labels());
        frame.setTitle((session.dirty() ? "• " : "") + (name.isEmpty() ? "" : name + " — ") + Messages.get("app.title"));
    }

    /** Works out the evidence of the selected row off the window's thread, then shows it. */
    private void rowSelected(int row) {
        Comparison c = session.comparison();
        if (row < 0 || row >= c.rows().size()) {
            details.clear();
            return;
        }
        evidenceRow = -1;
        details.show(c, row, Map.of());
        evidenceWorker.submit(() -> {
            Map<String, SimilarityResult> ev = new LinkedHashMap<>();
            int n = c.versions().size();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (!c.rows().get(row).cells().get(a).isEmpty() && !c.rows().get(row).cells().get(b).isEmpty()) {
                        ev.put(a + ":" + b, workbench().rowEvidence(c, row, a, b));
                    }
                }
            }
            SwingUtilities.invokeLater(() -> {
                if (session.comparison() == c && view.selectedModelRow() == row) {
                    evidence.clear();
                    evidence.putAll(ev);
                    evidenceRow = row;
                    details.show(c, row, ev);
                }
            });
        });
    }

    void showFailure(TaskRunner.Failure f) {
        ErrorDialog.show(frame, f.title(), f.sentence(), f.cause());
    }

    boolean confirmDiscard() {
        if (!session.dirty()) {
            return true;
        }
        Object[] options = {Messages.get("unsaved.save"), Messages.get("unsaved.discard"), Messages.get("unsaved.cancel")};
        int choice = JOptionPane.showOptionDialog(frame, Messages.get("unsaved.message"), Messages.get("unsaved.title"),
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
        if (choice == 0) {
            return actions.saveProjectNow();
        }
        return choice == 1;
    }

    List<Document> versions() {
        return new ArrayList<>(session.comparison().versions());
    }
}
