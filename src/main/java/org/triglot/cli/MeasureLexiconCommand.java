package org.triglot.cli;

import org.triglot.eval.GoldSets;
import org.triglot.eval.ParallelCorpus;
import org.triglot.lexicon.Lexicon;
import org.triglot.lexicon.Similarity;
import org.triglot.lexicon.Unit;
import org.triglot.lexicon.UnitAnalyzer;
import org.triglot.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code triglot measure-lexicon}: on FLORES-200 (1012 sentences, zh/ru/en), how often a sentence's true
 * translation scores best among the sentences of its document and among its 20 nearest neighbours.
 */
@Command(name = "measure-lexicon", mixinStandardHelpOptions = true,
        description = "Precision@1 of the cross-language similarity on FLORES-200 (needs ../shared/data), load time and memory.")
final class MeasureLexiconCommand implements Callable<Integer> {
    @Option(names = "--data", description = "The shared data folder (default: ../shared/data).")
    Path data = GoldSets.defaultDataDir();

    @Option(names = "--window", description = "Neighbours on each side (default: ${DEFAULT-VALUE}).")
    int window = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!GoldSets.available(data)) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "No gold sets in " + data.toAbsolutePath() + "; pass --data DIR.", null);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Lexicon lexicon = Lexicon.shared();
        lexicon.nlp().warmUp();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        out.printf(Locale.ROOT, "lexicon loaded in %.2f s (dictionaries, glossary of %d entries, language models), heap +%d MB%n",
                loadSeconds, lexicon.glossary().size(), (heap1 - heap0) >> 20);
        ParallelCorpus flores = GoldSets.flores(data);
        List<ParallelCorpus.Doc> docs = flores.documents();
        int[] docOf = new int[flores.docIds().size()];
        for (int d = 0; d < docs.size(); d++) {
            for (int line : docs.get(d).lineNumbers()) {
                docOf[line] = d;
            }
        }
        out.println("pair    direction  P@1 in document  P@1 among 21 neighbours  analyse s  score s");
        UnitAnalyzer analyzer = new UnitAnalyzer(lexicon);
        for (Lang[] pair : new Lang[][]{{Lang.ZH, Lang.EN}, {Lang.RU, Lang.EN}, {Lang.ZH, Lang.RU}}) {
            long ta = System.nanoTime();
            UnitAnalyzer.Pair p = analyzer.analyse(flores.lines().get(pair[0]), pair[0], flores.lines().get(pair[1]), pair[1]);
            double analyse = (System.nanoTime() - ta) / 1e9;
            for (int dir = 0; dir < 2; dir++) {
                List<Unit> from = dir == 0 ? p.a() : p.b();
                List<Unit> to = dir == 0 ? p.b() : p.a();
                long ts = System.nanoTime();
                int inDoc = 0;
                int inWindow = 0;
                for (int i = 0; i < from.size(); i++) {
                    if (best(from.get(i), to, i, docs.get(docOf[i]).lineNumbers(), -1) == i) {
                        inDoc++;
                    }
                    if (best(from.get(i), to, i, null, window) == i) {
                        inWindow++;
                    }
                }
                double score = (System.nanoTime() - ts) / 1e9;
                String name = pair[0].code() + "–" + pair[1].code();
                String direction = dir == 0 ? pair[0].code() + "→" + pair[1].code() : pair[1].code() + "→" + pair[0].code();
                out.printf(Locale.ROOT, "%-7s %-10s %15.4f %24.4f %10.2f %8.2f%n", name, direction,
                        (double) inDoc / from.size(), (double) inWindow / from.size(), analyse, score);
            }
        }
        System.gc();
        out.printf(Locale.ROOT, "heap in use: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    /** The candidate with the best score: in the given lines, or within ±window of i. */
    private static int best(Unit u, List<Unit> to, int i, List<Integer> lines, int window) {
        int best = -1;
        double bestScore = -1;
        if (lines != null) {
            for (int j : lines) {
                double s = score(u, to.get(j));
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
        } else {
            for (int j = Math.max(0, i - window); j <= Math.min(to.size() - 1, i + window); j++) {
                double s = score(u, to.get(j));
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
        }
        return best;
    }

    /** Similarity with a small length term: the log length ratio's distance from the typical one. */
    static double score(Unit a, Unit b) {
        return Similarity.score(a, b) - 0.08 * Math.abs(Math.log((b.length() + 1.0) / (a.length() + 1.0)) - expectedLogRatio(a, b));
    }

    private static double expectedLogRatio(Unit a, Unit b) {
        return Math.log(charsPerUnit(b.lang()) / charsPerUnit(a.lang()));
    }

    /** Rough characters per unit of meaning: Chinese text is about a third of the characters of its English. */
    private static double charsPerUnit(Lang l) {
        return switch (l) {
            case ZH -> 1.0;
            case RU -> 3.3;
            case EN, OTHER -> 3.1;
        };
    }
}
