package org.triglot.cli;

import org.triglot.eval.GoldSets;
import org.triglot.eval.ParallelCorpus;
import org.triglot.ingest.ImportException;
import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code triglot measure-split}: re-joins the FLORES and NTREX lines of each document into running text, imports
 * it, and scores how well the sentence splitter recovers the original line boundaries, per language.
 */
@Command(name = "measure-split", mixinStandardHelpOptions = true,
        description = "Score sentence splitting against FLORES-200 and NTREX-128 line boundaries (needs ../shared/data).")
final class MeasureSplitCommand implements Callable<Integer> {
    @Option(names = "--data", description = "The shared data folder (default: ../shared/data).")
    Path data = GoldSets.defaultDataDir();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!GoldSets.available(data)) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "No gold sets in " + data.toAbsolutePath() + "; pass --data DIR.", null);
        }
        TriglotCommand.workbench().warmUp();
        out.println("Boundaries between gold lines (strict: every split inside a line is an error), and the same counting");
        out.println("as correct the splits inside a line that two of its three translations make alike (agreed: the line holds several sentences).");
        out.println("corpus     lang  docs   gold  found | strict P  R      F1     | agreed P      R      F1     | import s");
        long t0 = System.nanoTime();
        for (ParallelCorpus corpus : List.of(GoldSets.flores(data), GoldSets.ntrex(data))) {
            measure(corpus, out);
        }
        out.printf(Locale.ROOT, "all imports: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        out.printf(Locale.ROOT, "heap in use after all imports: %d MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    /** Counts for one language over a corpus. */
    private static final class Tally {
        long tp, gold, found, agreedTp, agreedGold;
        double seconds;
    }

    /** One document of one language as re-joined text, with the offsets where each gold line starts and ends. */
    private record Joined(String text, int[] lineStart, int[] lineEnd) {
    }

    private void measure(ParallelCorpus corpus, PrintWriter out) {
        List<Lang> langs = List.of(Lang.EN, Lang.RU, Lang.ZH);
        Map<Lang, Tally> tallies = new EnumMap<>(Lang.class);
        langs.forEach(l -> tallies.put(l, new Tally()));
        for (ParallelCorpus.Doc doc : corpus.documents()) {
            Map<Lang, int[]> internal = new EnumMap<>(Lang.class);
            Map<Lang, Set<Integer>> found = new EnumMap<>(Lang.class);
            Map<Lang, Joined> joined = new EnumMap<>(Lang.class);
            for (Lang lang : langs) {
                Joined j = join(corpus.lines(lang, doc), lang);
                long t0 = System.nanoTime();
                Document d;
                try {
                    d = TriglotCommand.workbench().importText(doc.id(), j.text());
                } catch (ImportException e) {
                    throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
                }
                tallies.get(lang).seconds += (System.nanoTime() - t0) / 1e9;
                Set<Integer> ends = new HashSet<>();
                List<Sentence> sentences = d.sentences();
                for (int i = 0; i + 1 < sentences.size(); i++) {
                    ends.add(sentences.get(i).span().end());
                }
                int[] inside = new int[j.lineStart().length];
                for (int e : ends) {
                    for (int k = 0; k < inside.length; k++) {
                        if (e > j.lineStart()[k] && e < j.lineEnd()[k]) {
                            inside[k]++;
                        }
                    }
                }
                internal.put(lang, inside);
                found.put(lang, ends);
                joined.put(lang, j);
            }
            for (Lang lang : langs) {
                Tally t = tallies.get(lang);
                Joined j = joined.get(lang);
                int lines = j.lineStart().length;
                for (int k = 0; k + 1 < lines; k++) {
                    t.gold++;
                    if (found.get(lang).contains(j.lineEnd()[k])) {
                        t.tp++;
                    }
                }
                t.found += found.get(lang).size();
                for (int k = 0; k < lines; k++) {
                    // A line that at least two of its three translations split alike holds that many sentences:
                    // FLORES and NTREX lines are translation units, not always single sentences.
                    int[] counts = {internal.get(Lang.EN)[k], internal.get(Lang.RU)[k], internal.get(Lang.ZH)[k]};
                    java.util.Arrays.sort(counts);
                    int agreed = counts[1];
                    t.agreedGold += agreed;
                    t.agreedTp += Math.min(agreed, internal.get(lang)[k]);
                }
            }
        }
        for (Lang lang : langs) {
            Tally t = tallies.get(lang);
            double p = ratio(t.tp, t.found);
            double r = ratio(t.tp, t.gold);
            double pa = ratio(t.tp + t.agreedTp, t.found);
            double ra = ratio(t.tp + t.agreedTp, t.gold + t.agreedGold);
            out.printf(Locale.ROOT, "%-10s %-4s %5d %6d %6d | %.4f %.4f %.4f | %5d  %.4f %.4f %.4f | %6.2f%n",
                    corpus.name().split(" ")[0], lang.code(), corpus.documents().size(), t.gold, t.found, p, r, f1(p, r),
                    t.agreedGold, pa, ra, f1(pa, ra), t.seconds);
        }
    }

    /**
     * Joins the lines of a document as running text: a space between English or Russian sentences, nothing
     * between Chinese ones. A line without closing punctuation (a headline, a subhead) ends its paragraph,
     * as it does in any real document.
     */
    static Joined join(List<String> lines, Lang lang) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] ends = new int[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (k > 0) {
                String prev = lines.get(k - 1).strip();
                boolean closed = endsSentence(prev);
                text.append(!closed ? "\n\n" : lang == Lang.ZH ? "" : " ");
            }
            starts[k] = text.length();
            text.append(line);
            ends[k] = text.length();
        }
        return new Joined(text.toString(), starts, ends);
    }

    /** Ends with . ! ? 。 ！ ？ … possibly followed by closing quotes or brackets. */
    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"”»’')）」".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?。！？…".indexOf(line.charAt(i)) >= 0;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
