package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.model.Comparison;

import java.nio.file.Path;

/**
 * What the window is working on: the current analysis (comparison, flags, divergence, sentence links), the project
 * file it belongs to, and the comparison as last saved, which decides whether there is unsaved work.
 */
final class Session {
    private Analysis analysis;
    private Path projectFile;
    private Comparison saved;

    Session(Analysis analysis, Path projectFile, boolean savedAlready) {
        this.analysis = analysis;
        this.projectFile = projectFile;
        this.saved = savedAlready ? analysis.comparison() : null;
    }

    Analysis analysis() {
        return analysis;
    }

    Comparison comparison() {
        return analysis.comparison();
    }

    Path projectFile() {
        return projectFile;
    }

    void setAnalysis(Analysis a) {
        analysis = a;
    }

    void saved(Path file, Comparison c) {
        projectFile = file;
        saved = c;
    }

    /** Unsaved when the rows, texts or review marks differ from the last save (fresh flags alone are not work). */
    boolean dirty() {
        Comparison c = analysis.comparison();
        if (saved == null) {
            return !c.rows().isEmpty();
        }
        return !(c.rows().equals(saved.rows()) && c.reviewed().equals(saved.reviewed()) && c.labels().equals(saved.labels())
                && c.versions().equals(saved.versions()));
    }
}
