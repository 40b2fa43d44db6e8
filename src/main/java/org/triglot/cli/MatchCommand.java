package org.triglot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.triglot.app.DocumentMatch;
import org.triglot.app.Units;
import org.triglot.ingest.ImportException;
import org.triglot.lexicon.Evidence;
import org.triglot.lexicon.MatchReport;
import org.triglot.lexicon.SimilarityResult;
import org.triglot.lexicon.Word;
import org.triglot.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code triglot match FILE_A FILE_B}: the similarity matrix of two versions' units and the evidence for the best matches. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Score every unit of FILE_A against every unit of FILE_B and show the evidence for each A unit's best matches.")
final class MatchCommand implements Callable<Integer> {
    enum Format { text, json }

    /** The unit names as typed on the command line. */
    enum UnitsOption {
        paragraphs(Units.PARAGRAPHS), sentences(Units.SENTENCES), lines(Units.LINES);

        final Units units;

        UnitsOption(Units units) {
            this.units = units;
        }
    }

    /** Above this many columns a matrix no longer fits a terminal line; each row then lists its top candidates. */
    static final int MAX_MATRIX_COLUMNS = 30;

    @Parameters(index = "0", paramLabel = "FILE_A", description = "The first version (any format import reads).")
    Path fileA;

    @Parameters(index = "1", paramLabel = "FILE_B", description = "The second version.")
    Path fileB;

    @Option(names = "--units", defaultValue = "paragraphs",
            description = "What to compare: ${COMPLETION-CANDIDATES} (lines: every line of a plain-text file, from 0; default: ${DEFAULT-VALUE}).")
    UnitsOption units;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "Candidates per A unit (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    GlossaryOption glossaries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new CliFailure(ExitCodes.USAGE, "--top must be at least 1, not " + top, null);
        }
        glossaries.load(TriglotCommand.workbench());
        DocumentMatch m;
        try {
            m = TriglotCommand.workbench().match(fileA, fileB, units.units, top);
        } catch (ImportException e) {
            throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(toJson(m, units.name()));
        } else {
            printText(m, singular(units), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String singular(UnitsOption u) {
        return u.name().substring(0, u.name().length() - 1);
    }

    static void printText(DocumentMatch m, String unit, PrintWriter out) {
        MatchReport r = m.report();
        out.printf(Locale.ROOT, "A: %s, %s, %d %ss%n", m.a().name(), m.a().lang().englishName(), r.textsA().size(), unit);
        out.printf(Locale.ROOT, "B: %s, %s, %d %ss%n", m.b().name(), m.b().lang().englishName(), r.textsB().size(), unit);
        out.println();
        int cols = r.textsB().size();
        if (cols <= MAX_MATRIX_COLUMNS) {
            out.printf("Scores (rows: A %ss, columns: B %ss; * marks each row's best)%n", unit, unit);
            StringBuilder head = new StringBuilder("     ");
            for (int j = 0; j < cols; j++) {
                head.append(String.format(Locale.ROOT, "%6s", "B" + j));
            }
            out.println(head);
            for (int i = 0; i < r.textsA().size(); i++) {
                MatchReport.Row row = r.rows().get(i);
                int best = row.best().isEmpty() ? -1 : row.best().get(0).b();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s", "A" + i));
                for (int j = 0; j < cols; j++) {
                    line.append(String.format(Locale.ROOT, " %4.2f%s", r.score(i, j), j == best ? "*" : " "));
                }
                out.println(line);
            }
        } else {
            out.printf("Best candidates (B has %d %ss, too many for a matrix)%n", cols, unit);
            for (MatchReport.Row row : r.rows()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s", "A" + row.a()));
                for (MatchReport.Candidate c : row.best()) {
                    line.append(String.format(Locale.ROOT, "  B%d %.2f", c.b(), c.result().score()));
                }
                out.println(line);
            }
        }
        for (MatchReport.Row row : r.rows()) {
            out.println();
            out.printf(Locale.ROOT, "A%d  %s%n", row.a(), excerpt(r.textsA().get(row.a())));
            if (row.best().isEmpty()) {
                out.println("  no B " + unit + " shares any evidence");
                continue;
            }
            MatchReport.Candidate c = row.best().get(0);
            SimilarityResult s = c.result();
            out.printf(Locale.ROOT, "  best B%d  score %.2f (A covered %.2f, B covered %.2f)  %s%n", c.b(), s.score(),
                    s.coverageA(), s.coverageB(), excerpt(r.textsB().get(c.b())));
            for (Evidence e : s.matches()) {
                out.printf("    %s: %s ↔ %s%n", e.kind().name(), e.textA(), e.textB());
            }
            out.println("    unmatched A: " + surfaces(s.unmatchedA()));
            out.println("    unmatched B: " + surfaces(s.unmatchedB()));
        }
    }

    private static String excerpt(String text) {
        String one = text.replace("\r", "").replace('\n', ' ').strip();
        return one.length() <= 70 ? one : one.substring(0, 69) + "…";
    }

    private static String surfaces(List<Word> words) {
        return words.isEmpty() ? "–" : String.join(", ", words.stream().map(Word::surface).toList());
    }

    static String toJson(DocumentMatch m, String units) {
        MatchReport r = m.report();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", side(m.a(), r.textsA().size()));
        root.put("b", side(m.b(), r.textsB().size()));
        root.put("units", units);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MatchReport.Row row : r.rows()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("a", row.a());
            rm.put("text", r.textsA().get(row.a()));
            List<Map<String, Object>> best = new ArrayList<>();
            for (MatchReport.Candidate c : row.best()) {
                SimilarityResult s = c.result();
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("b", c.b());
                cm.put("score", round(s.score()));
                cm.put("coverageA", round(s.coverageA()));
                cm.put("coverageB", round(s.coverageB()));
                List<Map<String, Object>> matches = new ArrayList<>();
                for (Evidence e : s.matches()) {
                    Map<String, Object> em = new LinkedHashMap<>();
                    em.put("kind", e.kind().name());
                    em.put("textA", e.textA());
                    em.put("textB", e.textB());
                    em.put("detail", e.detail());
                    matches.add(em);
                }
                cm.put("matches", matches);
                cm.put("unmatchedA", s.unmatchedA().stream().map(Word::surface).toList());
                cm.put("unmatchedB", s.unmatchedB().stream().map(Word::surface).toList());
                best.add(cm);
            }
            rm.put("best", best);
            rows.add(rm);
        }
        root.put("rows", rows);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Map<String, Object> side(Document d, int units) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("lang", d.lang().code());
        m.put("units", units);
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
