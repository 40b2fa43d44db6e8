package org.triglot.cli;

import org.triglot.align.BeadEvaluation;
import org.triglot.align.BeadFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code triglot eval GOLD PRED [GOLD PRED …]}: strict and lax precision, recall and F1 of bead files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score predicted beads against gold beads: strict and lax precision, recall, F1 (beads with an empty side left out).")
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "GOLD PRED", description = "Pairs of bead files: gold, then prediction.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (files.size() % 2 != 0) {
            throw new CliFailure(ExitCodes.USAGE, "eval takes pairs of files (GOLD PRED …); " + files.size() + " files were given.", null);
        }
        PrintWriter out = spec.commandLine().getOut();
        BeadEvaluation.Counts total = BeadEvaluation.Counts.zero();
        out.println("gold  pred  strict P   R      F1    | lax P    R      F1    | file");
        for (int k = 0; k < files.size(); k += 2) {
            BeadEvaluation.Counts c = BeadEvaluation.evaluate(read(files.get(k)), read(files.get(k + 1)));
            total = total.plus(c);
            print(out, c, files.get(k + 1).toString());
        }
        if (files.size() > 2) {
            print(out, total, "all (micro)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, BeadEvaluation.Counts c, String name) {
        out.printf(Locale.ROOT, "%5d %5d  %.4f %.4f %.4f | %.4f %.4f %.4f | %s%n", c.gold(), c.predicted(), c.strictPrecision(),
                c.strictRecall(), c.strictF1(), c.laxPrecision(), c.laxRecall(), c.laxF1(), name);
    }

    /** Reads a bead file; a malformed line ends the command with its line number and exit code 3. */
    static List<List<List<Integer>>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, "There is no file " + file + "; check the name and the folder.", e);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, file + " could not be read as UTF-8 bead lines (" + e.getMessage() + ").", e);
        }
        List<List<List<Integer>>> beads = new ArrayList<>();
        int[] last = {-1, -1};
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<List<Integer>> bead;
            try {
                bead = BeadFormat.parse(line);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.BAD_INPUT, file + ", line " + (i + 1) + ": " + e.getMessage() + " (expected beads like [0, 1]:[2]).", e);
            }
            // A unit counted in two beads, or beads out of order, would make the counts mean nothing: every gold set
            // here lists each unit at most once, in order (a unit left out is allowed: some golds omit unlinked ones).
            for (int side = 0; side < Math.min(2, bead.size()); side++) {
                for (int id : bead.get(side)) {
                    if (id <= last[side]) {
                        throw new CliFailure(ExitCodes.BAD_INPUT, file + ", line " + (i + 1) + ": unit " + id + " of the "
                                + (side == 0 ? "first" : "second") + " text " + (id == last[side] ? "is listed twice" : "comes after unit " + last[side])
                                + " (a bead file lists each unit once, in order).", null);
                    }
                    last[side] = id;
                }
            }
            beads.add(bead);
        }
        return beads;
    }
}
