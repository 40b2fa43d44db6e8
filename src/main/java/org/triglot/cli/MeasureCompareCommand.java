package org.triglot.cli;

import org.triglot.app.Workbench;
import org.triglot.compare.CompareEvaluation;
import org.triglot.compare.CompareResult;
import org.triglot.eval.GoldSets;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code triglot measure-compare}: runs the compare step on every pair of corpora/compare-gold/index.tsv and prints
 * precision and recall per flag kind against the hand-made lists of differences.
 */
@Command(name = "measure-compare", mixinStandardHelpOptions = true,
        description = "Precision and recall of the compare flags per kind against corpora/compare-gold.")
final class MeasureCompareCommand implements Callable<Integer> {
    @Option(names = "--data", description = "The shared data folder (default: ../shared/data).")
    Path data = GoldSets.defaultDataDir();

    @Option(names = "--gold", description = "Index of the compare gold (default: corpora/compare-gold/index.tsv).")
    Path index = Path.of("corpora", "compare-gold", "index.tsv");

    @Option(names = "--min-severity", defaultValue = "MINOR", description = "Score flags at or above INFO, MINOR or MAJOR (default: ${DEFAULT-VALUE}).")
    Flag.Severity min;

    @Option(names = "--verbose", description = "Also list each pair's flags marked right (+) or wrong (-) and the gold items missed.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(index)) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "No compare gold index at " + index.toAbsolutePath() + "; pass --gold FILE.", null);
        }
        Workbench wb = TriglotCommand.workbench();
        Map<Flag.Kind, CompareEvaluation.Counts> total = new EnumMap<>(Flag.Kind.class);
        for (Flag.Kind k : Flag.Kind.values()) {
            total.put(k, new CompareEvaluation.Counts());
        }
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("meeting\t")) {
                continue;
            }
            String[] c = line.split("\t");
            Document a = ImportCommand.load(data.resolve("readouts").resolve(c[0]).resolve(c[1]));
            Document b = ImportCommand.load(data.resolve("readouts").resolve(c[0]).resolve(c[2]));
            List<CompareEvaluation.GoldItem> gold = CompareEvaluation.read(index.getParent().resolve(c[3]));
            CompareResult r = wb.compare(a, b, () -> false);
            Map<Flag.Kind, CompareEvaluation.Counts> counts = CompareEvaluation.score(gold, r, min);
            counts.forEach((k, v) -> total.get(k).add(v));
            CompareEvaluation.Counts all = new CompareEvaluation.Counts();
            counts.values().forEach(all::add);
            out.printf(Locale.ROOT, "%-34s %s vs %s: %d flags, %d right; %d gold, %d found%n", c[0], c[1], c[2], all.predicted, all.right, all.gold, all.found);
            if (verbose) {
                for (Flag f : r.flags()) {
                    if (f.severity().compareTo(min) < 0) {
                        continue;
                    }
                    boolean ok = gold.stream().anyMatch(g -> CompareEvaluation.matches(g, r, f));
                    out.printf(Locale.ROOT, "   %s %-11s %-5s %-4s a%s b%s %s%n", ok ? "+" : "-", f.kind(), f.severity(), f.side(),
                            CompareCommand.ids(r.paragraphsA(f)), CompareCommand.ids(r.paragraphsB(f)), f.reason());
                }
                for (CompareEvaluation.GoldItem g : gold) {
                    if (r.flags().stream().noneMatch(f -> f.severity().compareTo(min) >= 0 && CompareEvaluation.matches(g, r, f))) {
                        out.printf(Locale.ROOT, "   missed %s %s a%s b%s %s%n", g.kind(), g.side(), CompareCommand.ids(g.paraA()),
                                CompareCommand.ids(g.paraB()), g.item());
                    }
                }
            }
        }
        out.println();
        out.println("kind         flags right  gold found  precision recall");
        CompareEvaluation.Counts all = new CompareEvaluation.Counts();
        for (var e : total.entrySet()) {
            CompareEvaluation.Counts v = e.getValue();
            all.add(v);
            out.printf(Locale.ROOT, "%-12s %5d %5d %5d %5d   %.3f     %.3f%n", e.getKey(), v.predicted, v.right, v.gold, v.found, v.precision(), v.recall());
        }
        out.printf(Locale.ROOT, "%-12s %5d %5d %5d %5d   %.3f     %.3f%n", "all", all.predicted, all.right, all.gold, all.found, all.precision(), all.recall());
        out.flush();
        return ExitCodes.OK;
    }
}
