package org.triglot.align;

import org.triglot.lexicon.Unit;
import org.triglot.lexicon.Word;
import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Dynamic-programming alignment of two unit sequences over beads 1:0, 0:1, 1:1, 1:2 … up to maxSide, scoring
 * each bead by lexical similarity, length and a prior. Long inputs are aligned coarse-to-fine: the sequences
 * with neighbours merged in fours are aligned first, and the full-resolution search is limited to a band around
 * that path, so cost grows linearly with length.
 */
public final class BandedAligner {
    /** Grids up to this many cells are searched whole. */
    static final long FULL_GRID_CELLS = 250_000;
    /** Half-width of the band around the projected coarse path, in units. */
    static final int RADIUS = 10;
    /**
     * The coarse levels only place the band: their grid is searched whole from this size down, and their beads have at
     * most 2 units a side. Their units hold hundreds of words, so each cell costs many times a fine one; on 10k × 10k
     * sentences the coarse levels took 1.8 s of search at the fine level's limits and 1.1 s at these, and every figure of
     * {@code measure-align} is the same either way (the fine band around the coarse path is ten units wide each side).
     */
    static final long COARSE_FULL_GRID_CELLS = 62_500;
    static final int COARSE_MAX_SIDE = 2;
    /**
     * Each coarse level merges this many neighbours. With 4 instead of 2, 10k × 10k sentences take three coarse levels
     * instead of six, and the first pass 1.7–2.0 s instead of 2.6–3.3 s (alternated runs); the fine band (ten units each side) still holds
     * a path that strays up to four units from the projected coarse one. The Bible set's beads, and those of 10k and
     * 20k NTREX lines with 5 % dropped, are the same with 2, 4 and 8.
     */
    static final int COARSE_FACTOR = 4;

    private final AlignParams params;
    private final long fullGridCells;
    private final BooleanSupplier cancelled;
    private final boolean[] headingsA;
    private final boolean[] headingsB;

    public BandedAligner(AlignParams params, BooleanSupplier cancelled) {
        this(params, cancelled, null, null);
    }

    /**
     * With heading flags per unit (or null): a heading is aligned only with a heading of the other version, or
     * stands alone; it is never merged into a bead with body text (a title is not part of the lead paragraph).
     */
    public BandedAligner(AlignParams params, BooleanSupplier cancelled, boolean[] headingsA, boolean[] headingsB) {
        this(params, cancelled, headingsA, headingsB, FULL_GRID_CELLS);
    }

    private BandedAligner(AlignParams params, BooleanSupplier cancelled, long fullGridCells) {
        this(params, cancelled, null, null, fullGridCells);
    }

    private BandedAligner(AlignParams params, BooleanSupplier cancelled, boolean[] headingsA, boolean[] headingsB, long fullGridCells) {
        this.fullGridCells = fullGridCells;
        this.params = params;
        this.cancelled = cancelled;
        this.headingsA = headingsA;
        this.headingsB = headingsB;
    }

    public BandedAligner(AlignParams params) {
        this(params, () -> false);
    }

    public List<Bead> align(List<Unit> a, List<Unit> b) {
        return alignMatchable(Matchable.against(a, b), Matchable.against(b, a));
    }

    /**
     * Aligns again (the second pass, with learned word pairs) inside the band around an earlier alignment of the
     * same units, instead of coarsening again: on long inputs the coarse levels cost more than the full-resolution
     * search, and the earlier full-resolution path is a better centre for the band than a new coarse one. With
     * {@link AlignParams#evidence()} above 0, the cost of each merged unit's coverage is learned from the earlier
     * alignment (see {@link UnitEvidence}).
     */
    public List<Bead> realign(List<Unit> a, List<Unit> b, List<Bead> earlier) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            return align(a, b);
        }
        List<Unit> ma = Matchable.against(a, b);
        List<Unit> mb = Matchable.against(b, a);
        double[] evidence = params.evidence() > 0 ? UnitEvidence.calibrate(ma, mb, earlier, params.evidence()) : null;
        Band band = (long) (n + 1) * (m + 1) <= FULL_GRID_CELLS ? Band.full(n, m) : Band.around(corners(earlier, 1, n, m), n, m, RADIUS);
        Side sa = new Side(ma);
        Side sb = new Side(mb);
        return search(sa, sb, band, evidence, linkedRatio(sa, sb, earlier));
    }

    /** The alignment of units whose translations are already cut to keys the other side owns (any units work; uncut ones are slower). */
    List<Bead> alignMatchable(List<Unit> a, List<Unit> b) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            List<Bead> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(new Bead(List.of(i), List.of(), 0, 1));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Bead(List.of(), List.of(j), 0, 1));
            }
            return out;
        }
        Band band;
        if ((long) (n + 1) * (m + 1) <= fullGridCells) {
            band = Band.full(n, m);
        } else {
            List<Bead> coarse = new BandedAligner(params.withMaxSide(COARSE_MAX_SIDE), cancelled, COARSE_FULL_GRID_CELLS)
                    .alignMatchable(coarsen(a, COARSE_FACTOR), coarsen(b, COARSE_FACTOR));
            band = Band.around(corners(coarse, COARSE_FACTOR, n, m), n, m, RADIUS);
        }
        Side sa = new Side(a);
        Side sb = new Side(b);
        return search(sa, sb, band, null, documentRatio(sa, sb));
    }

    /** B's length per unit of A's length over the whole documents: the first pass's expectation for every bead. */
    private static double documentRatio(Side a, Side b) {
        return Math.max(1e-6, (double) b.totalLength() / Math.max(1, a.totalLength()));
    }

    /**
     * The length ratio over the units an earlier alignment linked, for the second pass. Units without counterpart
     * bias the whole documents' ratio: a Chinese account that leaves out half of the English news story's paragraphs
     * makes every linked English paragraph look too long for its Chinese one.
     */
    static double linkedRatio(Side a, Side b, List<Bead> earlier) {
        long la = 0;
        long lb = 0;
        for (Bead bead : earlier) {
            if (bead.a().isEmpty() || bead.b().isEmpty()) {
                continue;
            }
            for (int i : bead.a()) {
                la += a.length[i];
            }
            for (int j : bead.b()) {
                lb += b.length[j];
            }
        }
        return la == 0 || lb == 0 ? documentRatio(a, b) : Math.max(1e-6, (double) lb / la);
    }

    /** Path corners of a coarse alignment scaled back to the fine sequences. */
    private static int[][] corners(List<Bead> coarse, int factor, int n, int m) {
        int[][] out = new int[coarse.size() + 1][];
        int i = 0;
        int j = 0;
        out[0] = new int[]{0, 0};
        for (int k = 0; k < coarse.size(); k++) {
            i += coarse.get(k).a().size();
            j += coarse.get(k).b().size();
            out[k + 1] = new int[]{Math.min(n, i * factor), Math.min(m, j * factor)};
        }
        out[coarse.size()][0] = n;
        out[coarse.size()][1] = m;
        return out;
    }

    /**
     * Neighbouring units merged in groups of {@code k} (the last may be smaller): a k-th as many units with the words
     * and keys of their group. Words with the same translation keys (one word form's occurrences share one array) are
     * always covered together, so they are kept as one word with their summed weight: the coverage is the same, and
     * the coarse levels, whose units hold hundreds of words, get cheaper.
     */
    static List<Unit> coarsen(List<Unit> units, int k) {
        List<Unit> out = new ArrayList<>((units.size() + k - 1) / k);
        for (int i = 0; i < units.size(); i += k) {
            Unit u = units.get(i);
            int end = Math.min(units.size(), i + k);
            if (i + 1 == end) {
                out.add(new Unit(out.size(), u.text(), u.lang(), u.words(), u.ownKeys(), u.length()));
                continue;
            }
            List<Unit> group = units.subList(i, end);
            int[] keys = group.stream().flatMapToInt(x -> Arrays.stream(x.ownKeys())).sorted().distinct().toArray();
            int length = group.stream().mapToInt(Unit::length).sum();
            out.add(new Unit(out.size(), "", u.lang(), mergedWords(group.stream().map(Unit::words).toList()), keys, length));
        }
        return out;
    }

    private static final int[] NO_KEYS = new int[0];

    private static List<Word> mergedWords(List<List<Word>> lists) {
        List<Word> words = new ArrayList<>(lists.stream().mapToInt(List::size).sum());
        java.util.Map<int[], Integer> slot = new java.util.IdentityHashMap<>();
        for (List<Word> list : lists) {
            for (Word w : list) {
                // Words without translations never cover anything: one slot holds them all.
                int[] t = w.translations().length == 0 ? NO_KEYS : w.translations();
                Integer k = slot.get(t);
                if (k == null) {
                    slot.put(t, words.size());
                    words.add(w);
                } else {
                    Word x = words.get(k);
                    words.set(k, new Word(x.span(), x.surface(), x.norm(), x.kind(), x.own(), x.translations(),
                            x.weight() + w.weight(), x.detail()));
                }
            }
        }
        return words;
    }

    private List<Bead> search(Side a, Side b, Band band, double[] evidence, double ratio) {
        int n = a.size;
        int m = b.size;
        int maxSide = params.maxSide();
        BeadCosts costs = new BeadCosts(a, b, band, maxSide, evidence);
        int[][] types = beadTypes(maxSide);
        double[][] d = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            if ((i & 63) == 0 && cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("alignment cancelled");
            }
            int lo = band.lo[i];
            int hi = band.hi[i];
            d[i] = new double[hi - lo + 1];
            back[i] = new byte[hi - lo + 1];
            Arrays.fill(d[i], Double.POSITIVE_INFINITY);
            for (int j = lo; j <= hi; j++) {
                if (i == 0 && j == 0) {
                    d[0][0] = 0;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestType = -1;
                for (int t = 0; t < types.length; t++) {
                    int da = types[t][0];
                    int db = types[t][1];
                    int pi = i - da;
                    int pj = j - db;
                    if (pi < 0 || pj < 0 || pj < band.lo[pi] || pj > band.hi[pi]) {
                        continue;
                    }
                    double prev = d[pi][pj - band.lo[pi]];
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double dev = da > 0 && db > 0 ? lengthDeviation(a, b, ratio, pi, i, pj, j) : 0;
                    if (prev + lowerBound(dev, pi, i, pj, j) >= best) {
                        continue; // cannot beat the best bead so far whatever its similarity: skip the costly part
                    }
                    double c = prev + cost(costs, a, b, dev, pi, i, pj, j);
                    if (c < best) {
                        // Computed only for a bead that would win without it: the cost is never negative.
                        c += exclusive(costs, a, b, ratio, dev, pi, i, pj, j);
                    }
                    if (c < best) {
                        best = c;
                        bestType = t;
                    }
                }
                d[i][j - lo] = best;
                back[i][j - lo] = (byte) bestType;
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int t = back[i][j - band.lo[i]];
            if (t < 0) {
                throw new IllegalStateException("no alignment path inside the band at (" + i + ", " + j + ")");
            }
            int pi = i - types[t][0];
            int pj = j - types[t][1];
            double sim = pi < i && pj < j ? costs.similarity(pi, i, pj, j) : 0;
            beads.add(new Bead(range(pi, i), range(pj, j), sim,
                    Confidence.of(sim, pi < i && pj < j ? lengthDeviation(a, b, ratio, pi, i, pj, j) : 0, i - pi, j - pj)));
            i = pi;
            j = pj;
        }
        java.util.Collections.reverse(beads);
        return beads;
    }

    /** The bead's cost, given its {@link #lengthDeviation} {@code dev} (computed once for this and the lower bound). */
    private double cost(BeadCosts costs, Side a, Side b, double dev, int i0, int i1, int j0, int j1) {
        int na = i1 - i0;
        int nb = j1 - j0;
        if (na == 0 || nb == 0) {
            return params.skip();
        }
        double headingCost = 0;
        if (headingsA != null && headingsB != null) {
            headingCost = headingCost(i0, i1, j0, j1);
            if (headingCost == Double.POSITIVE_INFINITY) {
                return headingCost;
            }
        }
        if (titles(i0, i1, j0, j1)) {
            // Two accounts' titles are written independently (王毅晤俄外長拉夫羅夫 / "China, Russia should strengthen
            // coordination within BRICS"), so their words and lengths say little; their place says they correspond.
            return params.prior(1, 1);
        }
        double sim = costs.similarity(i0, i1, j0, j1);
        // With coverage costs learned from the documents, the fixed orphan threshold is left out: it is the
        // same kind of evidence, and on free translations it split true merges (see UnitEvidence).
        double orphan = costs.calibrated() ? 0 : params.orphan() * Math.max(0, params.orphanBelow() - costs.minUnitCoverage);
        return headingCost + orphan + costs.evidenceCost + punctuation(a, b, i0, i1, j0, j1) + params.lexical() * (1 - sim) * (na + nb)
                + params.length() * dev * dev / (2 * params.sigma() * params.sigma())
                + params.prior(na, nb);
    }

    /**
     * The cost of a merged unit that adds nothing of its own to a 1:n bead. A sentence glued to its neighbour
     * because its own counterpart was dropped may share a word or two with the neighbour's counterpart (猪圈 in
     * both of two Chinese sentences, свинарник in the one Russian one), so its own coverage is not 0 and the orphan
     * threshold lets it in; but the neighbour covers those words already. So each unit of the several should cover on
     * its own at least {@link AlignParams#exclusiveShare()} of its length-proportional part of what the bead covers
     * of the single unit, and the bead costs {@link AlignParams#exclusive()} per unit of the largest shortfall.
     *
     * <p>Only units whose leaving out would bring the bead's lengths closer to the document's ratio by more than
     * {@link AlignParams#exclusiveMargin()} count: a translator who splits 天亮了起来，他走累了… into "The sky
     * brightened." and "He was tired…" leaves a clause without dictionary match, but without it the English side
     * is too short.
     */
    private double exclusive(BeadCosts costs, Side a, Side b, double ratio, double beadDev, int i0, int i1, int j0, int j1) {
        int na = i1 - i0;
        int nb = j1 - j0;
        if (params.exclusive() == 0 || na == 0 || nb == 0 || na == nb || Math.min(na, nb) != 1) {
            return 0;
        }
        long la = a.lengthOf(i0, i1);
        long lb = b.lengthOf(j0, j1);
        double dev = Math.abs(beadDev);
        Side several = na > 1 ? a : b;
        long sideLength = na > 1 ? la : lb;
        int t0 = na > 1 ? i0 : j0;
        int t1 = na > 1 ? i1 : j1;
        double whole = -1;
        double worst = 0;
        for (int t = t0; t < t1; t++) {
            long len = several.length[t];
            double without = Math.abs(na > 1 ? lengthDeviation(la - len, lb, ratio) : lengthDeviation(la, lb - len, ratio));
            if (without >= dev - params.exclusiveMargin()) {
                continue;
            }
            if (whole < 0) {
                whole = costs.coverageOfSingle(i0, i1, j0, j1, -1);
            }
            double expected = params.exclusiveShare() * whole * len / Math.max(1, sideLength);
            if (expected > worst) {
                double alone = Math.max(0, whole - costs.coverageOfSingle(i0, i1, j0, j1, t));
                worst = Math.max(worst, expected - alone);
            }
        }
        return params.exclusive() * worst;
    }

    /** The cost of the questions, exclamations and quoted speech one side of the bead has and the other lacks. */
    private double punctuation(Side a, Side b, int i0, int i1, int j0, int j1) {
        if (params.punctuation() == 0) {
            return 0;
        }
        int q = 0;
        int e = 0;
        int s = 0;
        int d = 0;
        for (int u = i0; u < i1; u++) {
            q += a.questions[u];
            e += a.exclamations[u];
            s |= a.speech[u];
            d += a.quotes[u];
        }
        int s2 = 0;
        for (int v = j0; v < j1; v++) {
            q -= b.questions[v];
            e -= b.exclamations[v];
            s2 |= b.speech[v];
            d -= b.quotes[v];
        }
        // Weights from MAC-Dev, whose free literary translation leaves few words to go by: speech on one side only
        // carries most (strict F1 0.833 -> 0.853), a quotation left open on one side only lifts it to 0.869 at half
        // weight (no better at 1 or 2). An exclamation counts half: translators turn 好！ into "Very well." far more
        // often than they drop a question (0.853 with equal weights, 0.859 with half).
        return params.punctuation() * (Math.abs(q) + 0.5 * Math.abs(e) + (s ^ s2) + 0.5 * Math.abs(d));
    }

    /** Both documents open with a heading and the bead is exactly those two. */
    private boolean titles(int i0, int i1, int j0, int j1) {
        return i0 == 0 && j0 == 0 && i1 == 1 && j1 == 1 && headingsA != null && headingsB != null
                && headingsA.length > 0 && headingsB.length > 0 && headingsA[0] && headingsB[0];
    }

    /**
     * A heading is never merged with other units; 1:1 with a heading of the other version is free, and 1:1 with a unit
     * the other version's importer did not take for a heading costs {@link #HEADING_MISMATCH}. Whether a line is a
     * heading is guessed from its shape, and the same title can miss on one side only (a Chinese title whose next
     * paragraph is short): forbidding that bead split NTREX's titles into two rows without counterpart.
     */
    private double headingCost(int i0, int i1, int j0, int j1) {
        boolean ha = false;
        boolean hb = false;
        for (int u = i0; u < i1; u++) {
            ha |= headingsA[u];
        }
        for (int v = j0; v < j1; v++) {
            hb |= headingsB[v];
        }
        if (!ha && !hb) {
            return 0;
        }
        if (i1 - i0 != 1 || j1 - j0 != 1) {
            return Double.POSITIVE_INFINITY;
        }
        return ha && hb ? 0 : HEADING_MISMATCH;
    }

    /**
     * Under a third of leaving one unit alone ({@code skip} 3.5 for paragraphs): NTREX en/zh read as paragraphs left
     * 159 units alone with the bead forbidden, 90 at this cost (106 at 2, 130 at 4), and the readouts' translation
     * pairs keep 79 of 97 rows right (78 at no cost).
     */
    static final double HEADING_MISMATCH = 1.0;

    /** The cost of a bead if its similarity were perfect: prior and length terms only (the evidence cost is never negative). */
    private double lowerBound(double dev, int i0, int i1, int j0, int j1) {
        int na = i1 - i0;
        int nb = j1 - j0;
        if (na == 0 || nb == 0) {
            return params.skip();
        }
        if (titles(i0, i1, j0, j1)) {
            return params.prior(1, 1);
        }
        return params.length() * dev * dev / (2 * params.sigma() * params.sigma()) + params.prior(na, nb);
    }

    /** Log of the bead's length ratio against the document's ratio (0 = exactly as expected). */
    static double lengthDeviation(Side a, Side b, double ratio, int i0, int i1, int j0, int j1) {
        return lengthDeviation(a.lengthOf(i0, i1), b.lengthOf(j0, j1), ratio);
    }

    private static double lengthDeviation(long la, long lb, double ratio) {
        double smooth = 4;
        return Math.log((lb + smooth * ratio) / (la * ratio + smooth * ratio));
    }

    private static int[][] beadTypes(int maxSide) {
        List<int[]> t = new ArrayList<>();
        t.add(new int[]{1, 1});
        t.add(new int[]{1, 0});
        t.add(new int[]{0, 1});
        t.add(new int[]{1, 2});
        t.add(new int[]{2, 1});
        t.add(new int[]{2, 2});
        for (int k = 3; k <= maxSide; k++) {
            t.add(new int[]{1, k});
            t.add(new int[]{k, 1});
        }
        return t.toArray(new int[0][]);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>(to - from);
        for (int x = from; x < to; x++) {
            r.add(x);
        }
        return r;
    }
}
