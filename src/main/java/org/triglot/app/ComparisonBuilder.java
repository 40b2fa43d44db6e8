package org.triglot.app;

import org.triglot.align.DocumentAligner;
import org.triglot.align.RowJoiner;
import org.triglot.align.ThreeWayReconciler;
import org.triglot.compare.CompareContext;
import org.triglot.compare.CompareResult;
import org.triglot.compare.Comparer;
import org.triglot.compare.ToneLexicon;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Builds what the window shows for two to four versions: the table of paragraph rows (pairwise alignments
 * reconciled; a fourth version joins through the first), then the flags of every pair of versions compared along
 * that table. Comparing along the table rather than along each pair's own alignment keeps every flag on a row the
 * user sees, and lets a hand-corrected table be compared again without re-aligning.
 */
final class ComparisonBuilder {
    static final int MAX_VERSIONS = 4;

    private final Lexicon lexicon;
    private final CompareContexts contexts;

    ComparisonBuilder(Lexicon lexicon) {
        this(lexicon, new CompareContexts());
    }

    /** @param contexts where the compare contexts of the versions are kept for comparing edited rows again */
    ComparisonBuilder(Lexicon lexicon, CompareContexts contexts) {
        this.lexicon = lexicon;
        this.contexts = contexts;
    }

    /** The paragraph rows of the versions, without flags. */
    Comparison align(List<Document> versions, List<String> labels, Progress progress, BooleanSupplier cancelled) {
        int n = versions.size();
        if (n < 2 || n > MAX_VERSIONS) {
            throw new IllegalArgumentException("A comparison holds two to four versions, not " + n + ".");
        }
        DocumentAligner aligner = new DocumentAligner(lexicon, cancelled);
        int steps = n == 2 ? 1 : n == 3 ? 3 : 4;
        int done = 0;
        progress.update(done, steps, Progress.Stage.ALIGN, pairLabel(labels, 0, 1));
        List<Bead> ab = aligner.paragraphs(versions.get(0), versions.get(1));
        List<AlignedRow> rows;
        if (n == 2) {
            rows = ab.stream().map(b -> new AlignedRow(List.of(b.a(), b.b()), b.confidence(), false)).toList();
        } else {
            progress.update(++done, steps, Progress.Stage.ALIGN, pairLabel(labels, 0, 2));
            List<Bead> ac = aligner.paragraphs(versions.get(0), versions.get(2));
            progress.update(++done, steps, Progress.Stage.ALIGN, pairLabel(labels, 1, 2));
            List<Bead> bc = aligner.paragraphs(versions.get(1), versions.get(2));
            rows = ThreeWayReconciler.reconcile(ab, ac, bc);
            if (n == 4) {
                progress.update(++done, steps, Progress.Stage.ALIGN, pairLabel(labels, 0, 3));
                rows = RowJoiner.join(rows, 0, aligner.paragraphs(versions.get(0), versions.get(3)));
            }
        }
        progress.update(steps, steps, Progress.Stage.ALIGN, "");
        return new Comparison(versions, labels, "paragraphs", rows, List.of(), Collections.nCopies(rows.size(), false));
    }

    /** The comparison with fresh flags for every pair of versions, the rows' divergence and their sentence links. */
    Analysis compare(Comparison c, Progress progress, BooleanSupplier cancelled) {
        return compare(c, null, progress, cancelled);
    }

    /**
     * The same analysis as {@link #compare(Comparison, Progress, BooleanSupplier)}, made with less work after a hand
     * edit: the sentence links of rows whose sentences did not change are kept from the previous analysis, and the
     * versions' texts are not read through the lexicon again while they are unchanged (kept compare contexts).
     *
     * <p>The flags and divergence of every row are worked out again, untouched rows included, because a row's flags
     * depend on the rows before it: a thing named in several paragraphs is flagged once, on the first row that lacks
     * it, with the later paragraphs in its reason (OnlyReports, the "seen" set), a tone check looks at lone
     * neighbouring rows, and an omission looks for its words in the whole other version. An edit that leaves a
     * paragraph alone (no counterpart) can so move a flag off a row far below it. With the contexts kept, that pass is
     * the cheap part; see the README for figures.
     *
     * @param kept null for a full analysis
     */
    Analysis compare(Comparison c, KeptLinks kept, Progress progress, BooleanSupplier cancelled) {
        int n = c.versions().size();
        int pairs = n * (n - 1) / 2;
        double[] divergence = new double[c.rows().size()];
        List<Flag> flags = new ArrayList<>();
        List<Analysis.PairLinks> links = new ArrayList<>();
        long languages = c.versions().stream().map(Document::lang).distinct().count();
        ToneLexicon tone = ToneLexicon.bundled();
        Comparer comparer = new Comparer(lexicon, tone, languages < n);
        DocumentAligner aligner = new DocumentAligner(lexicon, cancelled);
        int done = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                progress.update(done++, pairs, Progress.Stage.COMPARE, pairLabel(c.labels(), i, j));
                Projection p = project(c.rows(), i, j);
                // Reasons name a version of the same language by its name: give them the user's labels.
                Document a = labelled(c.versions().get(i), c.labels().get(i));
                Document b = labelled(c.versions().get(j), c.labels().get(j));
                List<Bead> sentences = kept == null ? aligner.sentences(a, b, p.beads) : kept.sentences(i, j, p, a, b, aligner);
                // A full analysis makes fresh contexts (and keeps them for the next edit); after an edit they are reused.
                CompareContext context = kept == null ? comparer.context(a, b) : contexts.of(comparer, lexicon, tone, a, b);
                if (kept == null) {
                    contexts.keep(context);
                }
                CompareResult r = comparer.compare(context, a, b, p.beads, sentences, cancelled).withVersions(i, j);
                for (Flag f : r.flags()) {
                    flags.add(f.atRow(p.tableRow[f.row()]));
                }
                for (int k = 0; k < p.beads.size(); k++) {
                    divergence[p.tableRow[k]] = Math.max(divergence[p.tableRow[k]], r.divergence().get(k));
                }
                links.add(new Analysis.PairLinks(i, j, sentences));
            }
        }
        progress.update(pairs, pairs, Progress.Stage.COMPARE, "");
        flags.sort((x, y) -> x.row() != y.row() ? Integer.compare(x.row(), y.row()) : Integer.compare(x.kind().ordinal(), y.kind().ordinal()));
        Comparison flagged = new Comparison(c.versions(), c.labels(), c.units(), c.rows(), flags, c.reviewed());
        return new Analysis(flagged, Arrays.stream(divergence).boxed().toList(), links);
    }

    /** The rows of the table where version i or j has units, as beads of i against j, and where each came from. */
    record Projection(List<Bead> beads, int[] tableRow) {
    }

    static Projection project(List<AlignedRow> rows, int i, int j) {
        List<Bead> beads = new ArrayList<>();
        int[] tableRow = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> a = rows.get(r).cells().get(i);
            List<Integer> b = rows.get(r).cells().get(j);
            if (a.isEmpty() && b.isEmpty()) {
                continue;
            }
            tableRow[beads.size()] = r;
            beads.add(new Bead(a, b, 0, rows.get(r).confidence()));
        }
        return new Projection(beads, Arrays.copyOf(tableRow, beads.size()));
    }

    private static Document labelled(Document d, String label) {
        return label == null || label.isBlank() || label.equals(d.name()) ? d
                : new Document(label, d.text(), d.format(), d.encoding(), d.lang(), d.script(), d.langConfidence(), d.paragraphs(), d.warnings());
    }

    private static String pairLabel(List<String> labels, int i, int j) {
        return labels.get(i) + " – " + labels.get(j);
    }
}
