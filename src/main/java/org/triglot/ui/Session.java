package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.app.ProjectStore;
import org.triglot.edit.EditHistory;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Flag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the window is working on: the undo history of the comparison (its current state, the save point), the last
 * analysis (divergence and sentence links, which may lag one edit behind until the re-compare arrives), the project
 * file and the id of its autosave. Swing-free.
 */
final class Session {
    /** How many analysed states of the history keep their divergence and sentence links for undo and redo. */
    static final int KEPT_ANALYSES = 50;

    private final EditHistory history;
    private Analysis analysis;
    /** Analyses of recent states, newest first; found by the identity of their comparison, which is the history's snapshot. */
    private final java.util.ArrayDeque<Analysis> analysed = new java.util.ArrayDeque<>();
    private Path projectFile;
    private final String autosaveId = ProjectStore.newAutosaveId();

    private boolean unsavedBeforeHistory;

    /**
     * A session on a comparison. A fresh alignment of files counts as saved (it can be made again from the files);
     * {@code unsaved} is for a project re-aligned or given another version, which differs from its file.
     */
    Session(Analysis analysis, Path projectFile, boolean unsaved) {
        this(analysis, new EditHistory(analysis.comparison()), projectFile, unsaved);
    }

    /**
     * As above, with the history already made for the analysis's comparison: making one checks the whole comparison,
     * which a background task can do before the window's thread takes the result.
     */
    Session(Analysis analysis, EditHistory history, Path projectFile, boolean unsaved) {
        if (history.current() != analysis.comparison()) {
            throw new IllegalArgumentException("the history is not of this analysis's comparison");
        }
        this.history = history;
        this.analysis = analysis;
        this.analysed.addFirst(analysis);
        this.projectFile = projectFile;
        this.unsavedBeforeHistory = unsaved;
    }

    EditHistory history() {
        return history;
    }

    Comparison comparison() {
        return history.current();
    }

    Path projectFile() {
        return projectFile;
    }

    String autosaveId() {
        return autosaveId;
    }

    /**
     * The analysis of the current comparison: the last one if it is of the current rows, else the current comparison
     * with each row's divergence estimated from its flags and empty cells until the re-compare arrives.
     */
    Analysis analysis() {
        Comparison c = history.current();
        Analysis known = analysisOf(c);
        if (known != null) {
            return known;
        }
        return new Analysis(c, estimatedDivergence(c), analysis.comparison().rows().equals(c.rows()) ? analysis.sentenceLinks() : List.of());
    }

    /**
     * Whether the current state has its own analysis: after undo or redo to a state compared before (each snapshot
     * keeps its flags, and its divergence and links are kept here), nothing needs comparing again.
     */
    boolean analysedNow() {
        return analysisOf(history.current()) != null;
    }

    /** The analysis filed last, of whichever state it was: where comparing the current state again starts from. */
    Analysis lastAnalysis() {
        return analysis;
    }

    private Analysis analysisOf(Comparison c) {
        for (Analysis a : analysed) {
            if (a.comparison() == c) {
                return a;
            }
        }
        return null;
    }

    /** A fresh analysis of the current comparison (its flags go into the history without an undo step). */
    boolean analysed(Analysis a) {
        if (!a.comparison().rows().equals(history.current().rows()) || !a.comparison().labels().equals(history.current().labels())
                || !a.comparison().versions().equals(history.current().versions()) || !a.comparison().reviewed().equals(history.current().reviewed())) {
            return false; // the user edited again meanwhile; the caller compares again
        }
        history.replaceCurrent(a.comparison());
        analysis = new Analysis(history.current(), a.divergence(), a.sentenceLinks());
        analysed.addFirst(analysis);
        while (analysed.size() > KEPT_ANALYSES) {
            analysed.removeLast();
        }
        return true;
    }

    void saved(Path file) {
        projectFile = file;
        unsavedBeforeHistory = false;
        history.markSaved();
    }

    boolean dirty() {
        return unsavedBeforeHistory || history.isDirty();
    }

    static List<Double> estimatedDivergence(Comparison c) {
        double[] d = new double[c.rows().size()];
        for (Flag f : c.flags()) {
            if (f.row() < d.length) {
                d[f.row()] += f.severity() == Flag.Severity.MAJOR ? 0.3 : f.severity() == Flag.Severity.MINOR ? 0.1 : 0;
            }
        }
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < d.length; r++) {
            AlignedRow row = c.rows().get(r);
            boolean empty = row.cells().stream().anyMatch(List::isEmpty);
            out.add(empty ? 1.0 : Math.min(1.0, d[r]));
        }
        return out;
    }
}
