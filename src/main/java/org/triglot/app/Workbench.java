package org.triglot.app;

import org.triglot.ingest.DocumentImporter;
import org.triglot.ingest.ImportException;
import org.triglot.ingest.ImportLimits;
import org.triglot.model.Document;
import org.triglot.nlp.Nlp;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.triglot.align.AlignParams;
import org.triglot.align.DocumentAligner;
import org.triglot.align.SequenceAligner;
import org.triglot.align.ThreeWayReconciler;
import org.triglot.align.Units;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Lang;

/**
 * The one facade between the engine and its clients (command line and window). Clients call only this;
 * it wires the importer, language tools and later stages together and owns their shared, loaded-once state.
 */
public final class Workbench {
    private final Nlp nlp;
    private final DocumentImporter importer;

    public Workbench() {
        this(ImportLimits.DEFAULT);
    }

    public Workbench(ImportLimits limits) {
        this.nlp = Nlp.shared();
        this.importer = new DocumentImporter(nlp, limits);
    }

    /** Loads models and dictionaries; call once from a background thread at start-up. */
    public void warmUp() {
        nlp.warmUp();
    }

    public Document importFile(Path file) throws ImportException {
        return importer.importFile(file);
    }

    public Document importText(String name, String text) throws ImportException {
        return importer.importText(name, text);
    }

    public Nlp nlp() {
        return nlp;
    }

    /** The shared lexicon (dictionaries, glossary); loads on first use. */
    public Lexicon lexicon() {
        return Lexicon.shared();
    }

    /** Aligns two sequences of units already cut (lines of gold sets, or sentences/paragraphs as texts). */
    public List<Bead> alignTexts(List<String> a, Lang langA, List<String> b, Lang langB, Units units, BooleanSupplier cancelled) {
        AlignParams params = units == Units.PARAGRAPHS ? AlignParams.PARAGRAPHS : AlignParams.SENTENCES;
        return new SequenceAligner(lexicon(), params, true, cancelled).align(a, langA, b, langB);
    }

    /** Paragraphs, then sentences inside paragraph rows, of two imported documents. */
    public DocumentAligner.Result alignDocuments(Document a, Document b, BooleanSupplier cancelled) {
        return new DocumentAligner(lexicon(), cancelled).align(a, b);
    }

    /** Rows of three versions from their three pairwise alignments. */
    public List<AlignedRow> reconcile(List<Bead> ab, List<Bead> ac, List<Bead> bc) {
        return ThreeWayReconciler.reconcile(ab, ac, bc);
    }
}
