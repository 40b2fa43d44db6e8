package org.triglot.cli;

import org.triglot.align.AlignParams;
import org.triglot.align.BeadEvaluation;
import org.triglot.align.BeadFormat;
import org.triglot.align.SequenceAligner;
import org.triglot.eval.GoldSets;
import org.triglot.eval.ParallelCorpus;
import org.triglot.eval.Perturbation;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.Bead;
import org.triglot.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code triglot measure-align}: runs the aligner over every gold set in ../shared/data/gold (MAC-Dev and the
 * Bible with their n:m gold; FLORES and NTREX perturbed with a fixed seed for zh–en, ru–en, zh–ru) and prints
 * strict and lax F1, seconds, and how often links with confidence above 0.9 are right.
 */
@Command(name = "measure-align", mixinStandardHelpOptions = true,
        description = "Alignment quality on the gold sets in ../shared/data/gold, and speed with --speed.")
final class MeasureAlignCommand implements Callable<Integer> {
    @Option(names = "--data", description = "The shared data folder (default: ../shared/data).")
    Path data = GoldSets.defaultDataDir();

    @Option(names = "--sets", split = ",", defaultValue = "mac,bible,flores,ntrex,readouts",
            description = "Which sets: mac, bible, flores, ntrex, readouts (default: ${DEFAULT-VALUE}).")
    List<String> sets;

    @Option(names = "--speed", description = "Instead of quality, time the aligner on 1k, 5k, 10k and 20k sentences.")
    boolean speed;

    @Option(names = "--no-self-training", description = "Skip the second pass.")
    boolean noSelfTraining;

    @Option(names = "--skip") Double skip;
    @Option(names = "--lexical") Double lexical;
    @Option(names = "--punctuation", description = "Cost per question, exclamation or quoted speech on one side of a bead only.") Double punctuation;
    @Option(names = "--length") Double length;
    @Option(names = "--evidence", description = "Weight of the second pass's per-unit evidence cost.") Double evidence;
    @Option(names = "--priors", split = ",", description = "1:2, 2:2, 1:3, 1:4 prior costs.") List<Double> priors;
    @Option(names = "--orphan", split = ",", description = "weight,threshold of the orphan-in-merge penalty.") List<Double> orphan;

    @Option(names = "--exclusive", split = ",",
            description = "weight,share,margin of the cost of a merged unit that adds nothing of its own (0 turns it off).")
    List<Double> exclusive;

    @Option(names = "--dump", description = "Write each set's units, gold and predicted beads into this folder, for inspection.")
    Path dump;

    @Spec
    CommandSpec spec;

    private AlignParams params() {
        AlignParams p = AlignParams.SENTENCES;
        if (skip != null) {
            p = p.withSkip(skip);
        }
        if (lexical != null) {
            p = p.withLexical(lexical);
        }
        if (punctuation != null) {
            p = p.withPunctuation(punctuation);
        }
        if (length != null) {
            p = p.withLength(length);
        }
        if (evidence != null) {
            p = p.withEvidence(evidence);
        }
        if (orphan != null && orphan.size() == 2) {
            p = p.withOrphan(orphan.get(0), orphan.get(1));
        }
        if (exclusive != null && exclusive.size() == 3) {
            p = p.withExclusive(exclusive.get(0), exclusive.get(1), exclusive.get(2));
        }
        if (priors != null && priors.size() == 4) {
            p = p.withPriors(priors.get(0), priors.get(1), priors.get(2), priors.get(3));
        }
        return p;
    }

    /** Totals for one set: counts, links above 0.9 confidence and how many of them were right. */
    private static final class Tally {
        BeadEvaluation.Counts counts = BeadEvaluation.Counts.zero();
        int confident;
        int confidentRight;
        double seconds;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!GoldSets.available(data)) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "No gold sets in " + data.toAbsolutePath() + "; pass --data DIR.", null);
        }
        long load0 = System.nanoTime();
        Lexicon lexicon = Lexicon.shared();
        lexicon.nlp().warmUp();
        double loadSeconds = (System.nanoTime() - load0) / 1e9;
        SequenceAligner aligner = new SequenceAligner(lexicon, params(), !noSelfTraining, () -> false);
        if (speed) {
            return speed(aligner, loadSeconds, out);
        }
        out.println("set               pair   gold  pred | strict P  R      F1     | lax F1  | conf>0.9: links right | seconds");
        for (String set : sets) {
            switch (set) {
                case "mac" -> {
                    Tally t = new Tally();
                    for (int ch = 1; ch <= 6; ch++) {
                        String id = String.format(Locale.ROOT, "%03d", ch);
                        Path dir = data.resolve("gold/mac-dev-zh-en");
                        run(aligner, GoldSets.readLines(dir.resolve("zh/" + id)), Lang.ZH, GoldSets.readLines(dir.resolve("en/" + id)), Lang.EN,
                                EvalCommand.read(dir.resolve("gold/" + id + ".align")), t);
                    }
                    print(out, "MAC-Dev (6 ch.)", "zh–en", t);
                }
                case "bible" -> {
                    Tally t = new Tally();
                    Path dir = data.resolve("gold/bible-zh-en");
                    run(aligner, GoldSets.readLines(dir.resolve("en/001")), Lang.EN, GoldSets.readLines(dir.resolve("zh/001")), Lang.ZH,
                            EvalCommand.read(dir.resolve("gold/001.align")), t);
                    print(out, "Bible Gen–Num", "en–zh", t);
                }
                case "flores", "ntrex" -> {
                    ParallelCorpus corpus = set.equals("flores") ? GoldSets.flores(data) : GoldSets.ntrex(data);
                    for (Lang[] pair : new Lang[][]{{Lang.ZH, Lang.EN}, {Lang.RU, Lang.EN}, {Lang.ZH, Lang.RU}}) {
                        Tally t = new Tally();
                        perturbed(aligner, corpus, pair[0], pair[1], t);
                        print(out, corpus.name().split(" ")[0] + " perturbed", pair[0].code() + "–" + pair[1].code(), t);
                    }
                }
                case "readouts" -> readouts(lexicon, out);
                default -> throw new CliFailure(ExitCodes.USAGE, "Unknown set '" + set + "'; use mac, bible, flores, ntrex or readouts.", null);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** All documents of the corpus, each perturbed with its own fixed seed, aligned as one long sequence. */
    private void perturbed(SequenceAligner aligner, ParallelCorpus corpus, Lang la, Lang lb, Tally t) throws IOException {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<List<List<Integer>>> gold = new ArrayList<>();
        int seed = 0;
        for (ParallelCorpus.Doc doc : corpus.documents()) {
            Perturbation.Case c = Perturbation.perturb(corpus.lines(la, doc), corpus.lines(lb, doc), 20261202L + seed++,
                    la == Lang.ZH ? "" : " ", lb == Lang.ZH ? "" : " ");
            int oa = a.size();
            int ob = b.size();
            for (List<List<Integer>> g : c.gold()) {
                gold.add(List.of(g.get(0).stream().map(x -> x + oa).toList(), g.get(1).stream().map(x -> x + ob).toList()));
            }
            a.addAll(c.a());
            b.addAll(c.b());
        }
        run(aligner, a, la, b, lb, gold, t);
    }

    private int dumped;

    private void run(SequenceAligner aligner, List<String> a, Lang la, List<String> b, Lang lb,
                     List<List<List<Integer>>> gold, Tally t) throws IOException {
        long t0 = System.nanoTime();
        List<Bead> beads = aligner.align(a, la, b, lb);
        if (dump != null) {
            Files.createDirectories(dump);
            String n = String.format(Locale.ROOT, "%02d", dumped++);
            Files.write(dump.resolve(n + ".a.txt"), a, StandardCharsets.UTF_8);
            Files.write(dump.resolve(n + ".b.txt"), b, StandardCharsets.UTF_8);
            Files.write(dump.resolve(n + ".gold"), gold.stream().map(BeadFormat::format).toList(), StandardCharsets.UTF_8);
            Files.write(dump.resolve(n + ".pred"), beads.stream().map(x -> BeadFormat.format(List.of(x.a(), x.b()))
                    + String.format(Locale.ROOT, "\t%.3f\t%.3f", x.similarity(), x.confidence())).toList(), StandardCharsets.UTF_8);
        }
        t.seconds += (System.nanoTime() - t0) / 1e9;
        List<List<List<Integer>>> pred = new ArrayList<>();
        java.util.Set<String> goldKeys = new java.util.HashSet<>();
        gold.forEach(g -> goldKeys.add(g.get(0) + ":" + g.get(1)));
        for (Bead bead : beads) {
            pred.add(List.of(bead.a(), bead.b()));
            if (!bead.hasEmptySide() && bead.confidence() > 0.9) {
                t.confident++;
                if (goldKeys.contains(bead.a() + ":" + bead.b())) {
                    t.confidentRight++;
                }
            }
        }
        t.counts = t.counts.plus(BeadEvaluation.evaluate(gold, pred));
    }

    private static void print(PrintWriter out, String set, String pair, Tally t) {
        BeadEvaluation.Counts c = t.counts;
        out.printf(Locale.ROOT, "%-17s %-6s %5d %5d | %.4f %.4f %.4f | %.4f | %5d %6.4f | %7.2f%n", set, pair, c.gold(), c.predicted(),
                c.strictPrecision(), c.strictRecall(), c.strictF1(), c.laxF1(), t.confident,
                t.confident == 0 ? 0 : (double) t.confidentRight / t.confident, t.seconds);
        out.flush();
    }

    @Option(names = "--readout-gold", description = "Index of the hand-made readout paragraph gold (default: corpora/gold/index.tsv).")
    Path readoutGold = Path.of("corpora", "gold", "index.tsv");

    /**
     * Paragraph alignment of real readouts against the hand-made gold: strict F1 of the links, and for the
     * paragraphs the gold leaves without counterpart, how many the aligner also left on their own rows.
     */
    private void readouts(Lexicon lexicon, PrintWriter out) throws IOException {
        if (!Files.exists(readoutGold)) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "No readout gold index at " + readoutGold.toAbsolutePath() + ".", null);
        }
        Path gdir = readoutGold.getParent();
        SequenceAligner paragraphs = new SequenceAligner(lexicon, AlignParams.PARAGRAPHS, true, () -> false);
        java.util.Map<String, Tally> byKind = new java.util.TreeMap<>();
        java.util.Map<String, int[]> alone = new java.util.TreeMap<>();
        java.util.Map<String, int[]> rowsRight = new java.util.TreeMap<>();
        List<String> rows = Files.readAllLines(readoutGold, StandardCharsets.UTF_8);
        for (int r = 1; r < rows.size(); r++) {
            String[] c = rows.get(r).split("\t");
            if (c.length < 5) {
                continue;
            }
            var a = ImportCommand.load(data.resolve("readouts").resolve(c[1]));
            var b = ImportCommand.load(data.resolve("readouts").resolve(c[2]));
            List<List<List<Integer>>> gold = EvalCommand.read(gdir.resolve(c[4]));
            Tally t = byKind.computeIfAbsent(c[3], k -> new Tally());
            long t0 = System.nanoTime();
            List<Bead> beads = paragraphs.align(a.paragraphs().stream().map(p -> p.text()).toList(), org.triglot.align.DocumentAligner.headings(a), a.lang(),
                    b.paragraphs().stream().map(p -> p.text()).toList(), org.triglot.align.DocumentAligner.headings(b), b.lang());
            t.seconds += (System.nanoTime() - t0) / 1e9;
            List<List<List<Integer>>> pred = beads.stream().map(x -> List.of(x.a(), x.b())).toList();
            BeadEvaluation.Counts counts = BeadEvaluation.evaluate(gold, pred);
            t.counts = t.counts.plus(counts);
            java.util.Set<String> predKeys = new java.util.HashSet<>();
            pred.forEach(x -> predKeys.add(x.get(0) + ":" + x.get(1)));
            int right = (int) gold.stream().filter(g -> predKeys.contains(g.get(0) + ":" + g.get(1))).count();
            int[] rr = rowsRight.computeIfAbsent(c[3], k -> new int[2]);
            rr[0] += right;
            rr[1] += gold.size();
            int[] al = alone.computeIfAbsent(c[3], k -> new int[3]);
            java.util.Set<String> predAlone = new java.util.HashSet<>();
            for (List<List<Integer>> x : pred) {
                if (x.get(1).isEmpty()) {
                    x.get(0).forEach(i -> predAlone.add("a" + i));
                }
                if (x.get(0).isEmpty()) {
                    x.get(1).forEach(j -> predAlone.add("b" + j));
                }
            }
            for (List<List<Integer>> g : gold) {
                if (g.get(1).isEmpty()) {
                    for (int i : g.get(0)) {
                        al[0]++;
                        al[1] += predAlone.contains("a" + i) ? 1 : 0;
                    }
                }
                if (g.get(0).isEmpty()) {
                    for (int j : g.get(1)) {
                        al[0]++;
                        al[1] += predAlone.contains("b" + j) ? 1 : 0;
                    }
                }
            }
            al[2] += predAlone.size();
        }
        for (var e : byKind.entrySet()) {
            print(out, "readouts ¶ " + e.getKey(), "mixed", e.getValue());
            int[] al = alone.get(e.getKey());
            int[] rr = rowsRight.get(e.getKey());
            out.printf(Locale.ROOT, "    rows exactly as in the gold: %d of %d; paragraphs without counterpart in the gold: %d, left alone by the aligner: %d (aligner left %d alone in all)%n",
                    rr[0], rr[1], al[0], al[1], al[2]);
        }
    }

    /**
     * Seconds to align n × n sentences (NTREX en–zh, repeated to length), after loading the lexicon and one
     * warm-up run (HanLP loads its name models and the JIT compiles on first use), both reported on their own
     * lines. CPU seconds (all threads, GC included) are printed too: on a shared machine they vary less than
     * wall time. Peak heap is the most heap in use just before any collection during the run, live heap the most
     * still in use just after one (what the run really needs), both from the collectors' own reports.
     */
    private int speed(SequenceAligner aligner, double loadSeconds, PrintWriter out) throws IOException {
        ParallelCorpus ntrex = GoldSets.ntrex(data);
        List<String> en = ntrex.lines().get(Lang.EN);
        List<String> zh = ntrex.lines().get(Lang.ZH);
        out.printf(Locale.ROOT, "lexicon load and warm-up of the tools: %.2f s%n", loadSeconds);
        out.println("sentences  seconds  seconds per 1k  cpu seconds  peak heap MB  live heap MB");
        timed(aligner, en, zh, 1000, "warm-up", out);
        for (int n : new int[]{1000, 5000, 10000, 20000}) {
            timed(aligner, en, zh, n, Integer.toString(n), out);
        }
        return ExitCodes.OK;
    }

    private static void timed(SequenceAligner aligner, List<String> en, List<String> zh, int n, String label, PrintWriter out) {
        List<String> a = new ArrayList<>(n);
        List<String> b = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            a.add(en.get(i % en.size()));
            b.add(zh.get(i % zh.size()));
        }
        System.gc();
        HeapWatch heap = new HeapWatch();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<Bead> beads = aligner.align(a, Lang.EN, b, Lang.ZH);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        heap.close();
        out.printf(Locale.ROOT, "%9s %8.2f %15.3f %12.2f %13d %13d   (%d beads)%n", label, s, s / (n / 1000.0), cpu,
                heap.peak >> 20, heap.live >> 20, beads.size());
        out.flush();
    }

    /** Heap in use before and after each garbage collection while open, from the collectors' notifications. */
    private static final class HeapWatch implements javax.management.NotificationListener {
        private final List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
        volatile long peak;
        volatile long live;

        HeapWatch() {
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                    emitters.add(e);
                }
            }
        }

        @Override
        public synchronized void handleNotification(javax.management.Notification n, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
            peak = Math.max(peak, info.getMemoryUsageBeforeGc().values().stream().mapToLong(java.lang.management.MemoryUsage::getUsed).sum());
            live = Math.max(live, info.getMemoryUsageAfterGc().values().stream().mapToLong(java.lang.management.MemoryUsage::getUsed).sum());
        }

        void close() {
            for (var e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // added in the constructor; nothing to undo if the collector already forgot it
                }
            }
        }
    }

    /** CPU time of the whole process, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
