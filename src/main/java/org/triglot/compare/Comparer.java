package org.triglot.compare;

import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.Similarity;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.lexicon.glossary.GlossaryEntry;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Paragraph;
import org.triglot.model.Reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Compares two imported versions of a readout along their paragraph alignment and flags where they differ:
 * paragraphs and sentences without counterpart, entities, terms and numbers one side names and the other does not
 * (looked up across the whole other document before saying "only"), speakers, stance words, lengths and, for two
 * versions in one language, the wording. Each flag carries the spans of the words on both sides and one sentence why.
 * The checks live in their own classes ({@link OmissionCheck}, {@link ItemCheck}, {@link ToneCheck}, …); this class
 * walks the rows and scores them.
 */
public final class Comparer {
    private final Lexicon lexicon;
    private final ToneLexicon tone;
    private final Speakers speakers;
    private final Map<Integer, GlossaryEntry> entries = new HashMap<>();
    private final boolean nameEverySide;

    public Comparer(Lexicon lexicon, ToneLexicon tone) {
        this(lexicon, tone, false);
    }

    /**
     * @param nameEverySide name each side by language and document name ("the English (China Daily) account") even
     *                      when the two languages differ: among three versions, two of them English, "the English
     *                      account" alone would not say which
     */
    public Comparer(Lexicon lexicon, ToneLexicon tone, boolean nameEverySide) {
        this.nameEverySide = nameEverySide;
        this.lexicon = lexicon;
        this.tone = tone;
        this.speakers = new Speakers(lexicon.glossary());
        for (GlossaryEntry e : lexicon.glossary().entries()) {
            entries.put(e.id(), e);
        }
    }

    /** How reasons call a version: "Chinese", "first (name)", or "English (name)" when every side is named. */
    private Reason sideLabel(Document d, String ordinal) {
        if (ordinal != null) {
            return Reason.of("side." + ordinal, Reason.text(d.name()));
        }
        Reason lang = Reason.of("side." + d.lang().name());
        return nameEverySide ? Reason.of("side.named", lang, Reason.text(d.name())) : lang;
    }

    /**
     * Compares version A with version B.
     *
     * @param paragraphs the paragraph beads of {@code a} against {@code b}
     * @param sentences  the sentence beads inside them (document-wide sentence ids), or an empty list to skip sentence checks
     */
    public CompareResult compare(Document a, Document b, List<Bead> paragraphs, List<Bead> sentences, BooleanSupplier cancelled) {
        return compare(context(a, b), a, b, paragraphs, sentences, cancelled);
    }

    /** A fresh context of the two versions for this comparer's lexicons (see {@link CompareContext}). */
    public CompareContext context(Document a, Document b) {
        return CompareContext.of(lexicon, tone, a, b);
    }

    /**
     * Compares version A with version B using a context made before for the same two texts, which saves reading them
     * through the lexicon again; the result is the same as without it.
     *
     * @throws IllegalArgumentException when the context belongs to other texts or another lexicon
     */
    public CompareResult compare(CompareContext context, Document a, Document b, List<Bead> paragraphs, List<Bead> sentences,
                                 BooleanSupplier cancelled) {
        if (!context.fits(lexicon, tone, a, b)) {
            throw new IllegalArgumentException("The compare context was made for other texts or another lexicon.");
        }
        UnitAnalyzer.Pair pair = context.pair;
        boolean sameLang = a.lang() == b.lang();
        CompareSide sa = new CompareSide("a", a, pair.a(), CompareSide.offsets(a), sideLabel(a, sameLang ? "first" : null), context.memoA);
        CompareSide sb = new CompareSide("b", b, pair.b(), CompareSide.offsets(b), sideLabel(b, sameLang ? "second" : null), context.memoB);
        CompareRun run = new CompareRun(sa, sb, pair.keys(), paragraphs, entries);
        Checks checks = new Checks(run);
        double[] score = new double[paragraphs.size()];
        for (int r = 0; r < paragraphs.size(); r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("comparison cancelled");
            }
            score[r] = row(run, checks, r);
        }
        checks.omission.sentences(sentences);
        List<Flag> flags = new ArrayList<>(run.flags);
        flags.sort((x, y) -> x.row() != y.row() ? Integer.compare(x.row(), y.row()) : Integer.compare(x.kind().ordinal(), y.kind().ordinal()));
        return new CompareResult(a, b, paragraphs, flags, divergence(score), summary(run, score));
    }

    /** The checks of one comparison, sharing its state. */
    private final class Checks {
        final OmissionCheck omission;
        final ItemCheck items;
        final ToneCheck tone;
        final AttributionCheck attribution;
        final LengthCheck length;

        Checks(CompareRun run) {
            omission = new OmissionCheck(run);
            items = new ItemCheck(run, new OtherVersionSearch(run, Comparer.this.tone));
            tone = new ToneCheck(run, Comparer.this.tone);
            attribution = new AttributionCheck(run, speakers);
            length = new LengthCheck(run);
        }
    }

    /** Runs the checks of row {@code r} and returns its divergence (1 for a paragraph without counterpart). */
    private double row(CompareRun run, Checks checks, int r) {
        Bead bead = run.rows.get(r);
        if (bead.b().isEmpty() || bead.a().isEmpty()) {
            alone(run, checks, r, bead.b().isEmpty() ? run.a : run.b);
            return 1.0;
        }
        List<Unit> ua = bead.a().stream().map(i -> run.a.units().get(i)).toList();
        List<Unit> ub = bead.b().stream().map(i -> run.b.units().get(i)).toList();
        SimilarityResult sim = Similarity.compare(ua, ub, run.keys);
        if (checks.omission.heldByProtagonistsOnly(ua, ub, sim)) {
            run.unpaired.add(r);
            alone(run, checks, r, run.a);
            alone(run, checks, r, run.b);
            return 1.0;
        }
        int before = run.flags.size();
        checks.items.row(r, ua, ub, sim);
        checks.attribution.row(r, bead);
        checks.tone.row(r, bead);
        checks.length.row(r, bead);
        if (run.a.lang() == run.b.lang()) {
            Wording.flags(lexicon.nlp(), run.a.doc(), bead.a(), run.b.doc(), bead.b(), r).forEach(run::add);
        }
        int major = 0;
        int minor = 0;
        for (int k = before; k < run.flags.size(); k++) {
            major += run.flags.get(k).severity() == Severity.MAJOR ? 1 : 0;
            minor += run.flags.get(k).severity() == Severity.MINOR ? 1 : 0;
        }
        return Math.min(1.0, 0.7 * (1 - sim.score()) + 0.1 * major + 0.04 * minor);
    }

    /** The checks of the paragraphs of {@code has} in row {@code r}, which have no counterpart. */
    private static void alone(CompareRun run, Checks checks, int r, CompareSide has) {
        CompareSide lacks = has == run.a ? run.b : run.a;
        for (int p : run.paragraphs(r, has)) {
            Severity cap = checks.omission.paragraph(r, has, lacks, p);
            checks.items.omitted(r, has, lacks, p, cap);
            checks.tone.omitted(r, has, lacks, p);
        }
    }

    private static List<Double> divergence(double[] score) {
        List<Double> out = new ArrayList<>();
        for (double d : score) {
            out.add(Math.round(d * 1000) / 1000.0);
        }
        return out;
    }

    private static CompareResult.Summary summary(CompareRun run, double[] score) {
        List<Integer> omittedA = new ArrayList<>();
        List<Integer> omittedB = new ArrayList<>();
        double total = 0;
        double weighted = 0;
        for (int r = 0; r < run.rows.size(); r++) {
            Bead bead = run.rows.get(r);
            if (bead.b().isEmpty() || run.unpaired.contains(r)) {
                omittedA.addAll(bead.a());
            }
            if (bead.a().isEmpty() || run.unpaired.contains(r)) {
                omittedB.addAll(bead.b());
            }
            double len = LengthCheck.length(run.a, bead.a()) + LengthCheck.length(run.b, bead.b());
            total += len;
            weighted += len * score[r];
        }
        return new CompareResult.Summary(List.copyOf(run.onlyA), List.copyOf(run.onlyB), omittedA, omittedB,
                total == 0 ? 0 : weighted / total);
    }
}
