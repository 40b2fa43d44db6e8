package org.triglot.app;

import org.triglot.ingest.DocumentImporter;
import org.triglot.ingest.ImportException;
import org.triglot.ingest.ImportLimits;
import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.Lookup;
import org.triglot.lexicon.LookupResult;
import org.triglot.lexicon.MatchMatrix;
import org.triglot.lexicon.Similarity;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.lexicon.glossary.GlossaryException;
import org.triglot.compare.ReasonText;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.ImportWarning;
import org.triglot.model.Lang;
import org.triglot.nlp.Nlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.triglot.align.AlignParams;
import org.triglot.align.DocumentAligner;
import org.triglot.align.SequenceAligner;
import org.triglot.align.ThreeWayReconciler;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Comparison;
import org.triglot.model.Script;
import org.triglot.export.Comparisons;
import org.triglot.export.ExportException;
import org.triglot.export.ExportFormat;
import org.triglot.export.ExportOptions;
import org.triglot.export.ExportedTable;
import org.triglot.export.Exports;
import org.triglot.export.ProjectFile;

/**
 * The one facade between the engine and its clients (command line and window). Clients call only this;
 * it wires the importer, language tools and later stages together and owns their shared, loaded-once state.
 */
public final class Workbench {
    private final Nlp nlp;
    private final DocumentImporter importer;
    /** The compare contexts of the versions compared last, reused when edited rows are compared again. */
    private final CompareContexts contexts = new CompareContexts();
    private ProjectStore projectStore;

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

    /** The sentences of a text as the importer would cut them (for a paragraph the user edited by hand). */
    public List<String> sentenceTexts(String text, Lang lang) {
        return nlp.splitSentences(text, lang).stream().map(s -> s.of(text)).toList();
    }

    public Nlp nlp() {
        return nlp;
    }

    /** The shared lexicon (dictionaries, glossary); loaded on first use, which takes about a second. */
    public Lexicon lexicon() {
        return Lexicon.shared();
    }

    /** Aligns two sequences of units already cut (lines of gold sets, or sentences/paragraphs as texts). */
    public List<Bead> alignTexts(List<String> a, Lang langA, List<String> b, Lang langB, Units units,
                                 BooleanSupplier cancelled) {
        AlignParams params = units == Units.PARAGRAPHS ? AlignParams.PARAGRAPHS : AlignParams.SENTENCES;
        return new SequenceAligner(lexicon(), params, true, cancelled).align(a, langA, b, langB);
    }

    /** The paragraph rows of two imported documents. */
    public List<Bead> alignParagraphs(Document a, Document b, BooleanSupplier cancelled) {
        return new DocumentAligner(lexicon(), cancelled).paragraphs(a, b);
    }

    /** Paragraphs, then sentences inside paragraph rows, of two imported documents. */
    public DocumentAligner.Result alignDocuments(Document a, Document b, BooleanSupplier cancelled) {
        return new DocumentAligner(lexicon(), cancelled).align(a, b);
    }

    /**
     * Aligns two imported documents (paragraphs, then sentences) and flags where they differ: omissions, entities,
     * numbers, terms, speakers, stance words, lengths and, for one language, wording.
     */
    public org.triglot.compare.CompareResult compare(Document a, Document b, BooleanSupplier cancelled) {
        DocumentAligner.Result aligned = alignDocuments(a, b, cancelled);
        return compare(a, b, aligned.paragraphs(), aligned.sentences(), cancelled);
    }

    /** Compares two documents along a paragraph alignment already made (and its sentence beads, possibly empty). */
    public org.triglot.compare.CompareResult compare(Document a, Document b, List<Bead> paragraphs, List<Bead> sentences,
                                                     BooleanSupplier cancelled) {
        return new org.triglot.compare.Comparer(lexicon(), org.triglot.compare.ToneLexicon.bundled())
                .compare(a, b, paragraphs, sentences, cancelled);
    }

    /**
     * A flag's reason in the language of {@code locale} (Chinese, Russian, else English). A flag from a project saved
     * before reasons had keys, or with a key this Triglot has no template for, shows its stored English. Static: the
     * templates are small and need none of the loaded language tools.
     */
    public static String reasonText(Flag flag, Locale locale) {
        return ReasonText.render(flag.why(), locale).orElse(flag.reason());
    }

    /**
     * Aligns two to four versions into one table of paragraph rows (no flags yet). Long: run it off the window's
     * thread; {@code cancelled} is checked at least once per paragraph and ends it with a CancellationException.
     */
    public Comparison alignVersions(List<Document> versions, List<String> labels, Progress progress, BooleanSupplier cancelled) {
        return new ComparisonBuilder(lexicon()).align(versions, labels, progress, cancelled);
    }

    /**
     * Compares every pair of the comparison's versions along its rows (as aligned, or as the user corrected them):
     * fresh flags, each row's divergence and the sentence links inside the rows.
     */
    public Analysis analyse(Comparison comparison, Progress progress, BooleanSupplier cancelled) {
        return new ComparisonBuilder(lexicon(), contexts).compare(comparison, progress, cancelled);
    }

    /**
     * The analysis of a hand-corrected comparison, equal to {@link #analyse} of it but made with less work: the
     * sentences are aligned again only in rows whose sentences changed (the others keep their links from
     * {@code previous}, renumbered), and versions whose text did not change are not read through the lexicon again.
     * Every row's flags are worked out again (a row's flags depend on the rows before it); see
     * {@code ComparisonBuilder#compare(Comparison, KeptLinks, Progress, BooleanSupplier)}.
     *
     * @param previous the analysis of the comparison the edit was applied to (another one only costs more work)
     * @param firstRow the first row of {@code edited} the edit touched ({@code EditResult#firstRow})
     * @param lastRow  the last one
     */
    public Analysis reanalyse(Analysis previous, Comparison edited, int firstRow, int lastRow, Progress progress,
                              BooleanSupplier cancelled) {
        return reanalyse(KeptLinks.around(previous, edited, firstRow, lastRow), edited, progress, cancelled);
    }

    /**
     * As {@link #reanalyse(Analysis, Comparison, int, int, Progress, BooleanSupplier)}, finding the changed rows by
     * comparing the rows of both comparisons from either end: for undo and redo, and for a previous analysis of
     * another state than the one edited.
     */
    public Analysis reanalyse(Analysis previous, Comparison edited, Progress progress, BooleanSupplier cancelled) {
        return reanalyse(KeptLinks.unchanged(previous, edited), edited, progress, cancelled);
    }

    private Analysis reanalyse(KeptLinks kept, Comparison edited, Progress progress, BooleanSupplier cancelled) {
        ComparisonBuilder builder = new ComparisonBuilder(lexicon(), contexts);
        // Other versions or languages than before: nothing to keep.
        return kept == null ? builder.compare(edited, progress, cancelled) : builder.compare(edited, kept, progress, cancelled);
    }

    /**
     * Why two versions' cells of one row match: the matched word pairs (spans into each paragraph's text, unit
     * numbers counting the row's paragraphs of that version) and the words of each side that found no counterpart.
     */
    public SimilarityResult rowEvidence(Comparison comparison, int row, int versionA, int versionB) {
        Document a = comparison.versions().get(versionA);
        Document b = comparison.versions().get(versionB);
        List<String> ta = Units.texts(a, comparison.units(), comparison.rows().get(row).cells().get(versionA));
        List<String> tb = Units.texts(b, comparison.units(), comparison.rows().get(row).cells().get(versionB));
        if (ta.isEmpty() || tb.isEmpty()) {
            return new SimilarityResult(0, 0, 0, List.of(), List.of(), List.of());
        }
        UnitAnalyzer.Pair pair = new UnitAnalyzer(lexicon()).analyse(ta, a.lang(), tb, b.lang());
        return Similarity.compare(pair.a(), pair.b(), pair.keys());
    }

    /** Rows of three versions from their three pairwise alignments. */
    public List<AlignedRow> reconcile(List<Bead> ab, List<Bead> ac, List<Bead> bc) {
        return ThreeWayReconciler.reconcile(ab, ac, bc);
    }

    /** Adds a user glossary (TSV, CSV or TBX) to the lexicon; returns how many entries it added. */
    public int loadGlossary(Path file) throws GlossaryException {
        return lexicon().loadGlossary(file);
    }

    /** What the lexicon knows about a term in the three languages; the term must not be blank. */
    public LookupResult lookup(String term) {
        return new Lookup(lexicon()).lookup(term);
    }

    /**
     * Imports two files, cuts them into units and scores every unit of A against every unit of B, keeping the
     * evidence for each A unit's {@code topK} best B units.
     */
    public DocumentMatch match(Path fileA, Path fileB, Units units, int topK) throws ImportException {
        Document a = importFile(fileA);
        Document b = importFile(fileB);
        requireAlignable(a, fileA);
        requireAlignable(b, fileB);
        return new DocumentMatch(a, b, units, new MatchMatrix(lexicon())
                .compare(units.texts(a, fileA), a.lang(), units.texts(b, fileB), b.lang(), topK));
    }

    /** A comparison of aligned rows of these versions, without flags and with no row reviewed yet. */
    public Comparison comparison(List<Document> versions, List<String> labels, String units, List<AlignedRow> rows) {
        return Comparisons.of(versions, labels, units, rows);
    }

    /** A document of lines (one paragraph and one sentence per line), for versions read with {@code --units lines}. */
    public Document documentFromLines(String name, List<String> lines, Lang lang, Script script) {
        return Comparisons.fromLines(name, lines, lang, script);
    }

    /** Writes the comparison as TMX, TSV, CSV, XLIFF, an HTML report or JSON; the old file survives a failure. */
    public void export(Comparison comparison, ExportFormat format, ExportOptions options, Path file) throws ExportException {
        Exports.write(comparison, format, options, file);
    }

    /** The export as text, for writing to standard output. */
    public String renderExport(Comparison comparison, ExportFormat format, ExportOptions options) {
        return Exports.render(comparison, format, options);
    }

    /** Reads a TMX, XLIFF, TSV, CSV or JSON export back; refuses DOCTYPE tricks and files over 64 MB. */
    public ExportedTable readExport(Path file) throws ExportException {
        return Exports.read(file);
    }

    /** Saves a comparison as a {@code .triglot} project (JSON). */
    public void saveProject(Comparison comparison, Path file) throws ExportException {
        ProjectFile.write(comparison, file);
    }

    public Comparison openProject(Path file) throws ExportException {
        return ProjectFile.read(file);
    }

    /** Autosaves, recovery and recent projects in the Triglot home folder; made on first use (no file is touched before). */
    public synchronized ProjectStore projectStore() {
        if (projectStore == null) {
            projectStore = ProjectStore.standard();
        }
        return projectStore;
    }

    /** The lexicon knows only Chinese, Russian and English; another language would match on nothing but numbers. */
    private static void requireAlignable(Document doc, Path file) throws ImportException {
        if (doc.lang() == Lang.OTHER) {
            String msg = doc.warnings().stream().filter(w -> w.key().equals("import.otherLanguage")).map(ImportWarning::message)
                    .findFirst().orElse(doc.name() + " is not in Chinese, Russian or English.");
            throw new ImportException("import.otherLanguage", file, msg);
        }
    }
}
