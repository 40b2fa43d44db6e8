package org.triglot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.triglot.app.Workbench;
import org.triglot.compare.CompareResult;
import org.triglot.export.ComparisonJson;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Reason;
import org.triglot.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code triglot compare FILE1 FILE2 [FILE3]}: the divergence flags between two versions (or each pair of three)
 * as TSV (one flag a line), JSON (flags with spans, row scores and the summary) or a simple HTML table. The JSON gives
 * each reason as its English sentence, as the key and arguments the project file stores (so a reader can word it in
 * another language), and with {@code --reason-lang} worded in Chinese or Russian.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Flag where two or three versions of a readout differ (omissions, entities, numbers, terms, speakers, tone, length, wording).")
final class CompareCommand implements Callable<Integer> {
    enum Format { tsv, json, html }

    @Parameters(arity = "2..3", paramLabel = "FILE", description = "Two or three versions.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "tsv", description = "tsv, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--min-severity", defaultValue = "MINOR", description = "INFO, MINOR or MAJOR: leave out flags below it (default: ${DEFAULT-VALUE}).")
    Flag.Severity minSeverity;

    @Option(names = "--reason-lang", paramLabel = "LANG",
            description = "With --format json: also give each reason in this language as reason_text (en, zh or ru).")
    String reasonLang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Locale reasons = reasonLocale();
        Workbench wb = TriglotCommand.workbench();
        List<Document> docs = new ArrayList<>();
        for (Path p : files) {
            Document d = ImportCommand.load(p);
            if (d.lang() == Lang.OTHER) {
                throw new CliFailure(ExitCodes.BAD_INPUT, d.warnings().isEmpty() ? p + " is not Chinese, Russian or English."
                        : d.warnings().get(d.warnings().size() - 1).message(), null);
            }
            docs.add(d);
        }
        List<int[]> pairs = docs.size() == 2 ? List.of(new int[]{0, 1}) : List.of(new int[]{0, 1}, new int[]{0, 2}, new int[]{1, 2});
        List<CompareResult> results = new ArrayList<>();
        for (int[] pr : pairs) {
            results.add(wb.compare(docs.get(pr[0]), docs.get(pr[1]), () -> false).withVersions(pr[0], pr[1]));
        }
        String text = switch (format) {
            case tsv -> tsv(results, pairs);
            case json -> json(results, pairs, reasons);
            case html -> html(results, pairs);
        };
        AlignCommand.write(spec, text, output);
        return ExitCodes.OK;
    }

    private List<Flag> shown(CompareResult r) {
        return r.flags().stream().filter(f -> f.severity().compareTo(minSeverity) >= 0).toList();
    }

    static String ids(List<Integer> ids) {
        if (ids.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (int i : ids) {
            sb.append(sb.length() == 0 ? "" : ",").append(i);
        }
        return sb.toString();
    }

    static String cell(String s) {
        String t = s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').strip();
        return t.isEmpty() ? "-" : t;
    }

    private String tsv(List<CompareResult> results, List<int[]> pairs) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < results.size(); k++) {
            CompareResult r = results.get(k);
            if (results.size() > 1) {
                sb.append("# versions ").append(pairs.get(k)[0]).append(" and ").append(pairs.get(k)[1]).append(": ")
                        .append(r.a().name()).append(" vs ").append(r.b().name()).append('\n');
            }
            sb.append("kind\tside\tpara_a\tpara_b\ttext_a\ttext_b\treason\n");
            for (Flag f : shown(r)) {
                sb.append(f.kind()).append('\t').append(f.side()).append('\t').append(ids(r.paragraphsA(f))).append('\t')
                        .append(ids(r.paragraphsB(f))).append('\t').append(cell(f.textA())).append('\t').append(cell(f.textB()))
                        .append('\t').append(cell(f.reason())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The language of --reason-lang, or null; refused for another language or another format than JSON. */
    private Locale reasonLocale() {
        if (reasonLang == null) {
            return null;
        }
        Locale l = Locale.forLanguageTag(reasonLang.strip());
        if (!List.of("en", "zh", "ru").contains(l.getLanguage())) {
            throw new CliFailure(ExitCodes.USAGE, "--reason-lang takes en, zh or ru, not '" + reasonLang + "'.", null);
        }
        if (format != Format.json) {
            throw new CliFailure(ExitCodes.USAGE, "--reason-lang adds reason_text to the JSON; use it with --format json.", null);
        }
        return l;
    }

    private String json(List<CompareResult> results, List<int[]> pairs, Locale reasons) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            CompareResult r = results.get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("versions", List.of(pairs.get(k)[0], pairs.get(k)[1]));
            m.put("files", List.of(r.a().name(), r.b().name()));
            m.put("langs", List.of(r.a().lang().code(), r.b().lang().code()));
            m.put("offsets", "UTF-16 code units into each document's text, end exclusive");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < r.rows().size(); i++) {
                rows.add(JsonFields.of("a", r.rows().get(i).a(), "b", r.rows().get(i).b(), "divergence", r.divergence().get(i)));
            }
            m.put("rows", rows);
            List<Map<String, Object>> flags = new ArrayList<>();
            for (Flag f : shown(r)) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("kind", f.kind().name());
                fm.put("severity", f.severity().name());
                fm.put("row", f.row());
                fm.put("version_a", f.versionA());
                fm.put("version_b", f.versionB());
                fm.put("side", f.side());
                fm.put("para_a", r.paragraphsA(f));
                fm.put("para_b", r.paragraphsB(f));
                fm.put("spans_a", spans(f.spansA()));
                fm.put("spans_b", spans(f.spansB()));
                fm.put("text_a", f.textA());
                fm.put("text_b", f.textB());
                fm.put("reason", f.reason());
                if (f.why() instanceof Reason.Message why) {
                    // As in the project file: the template key and its arguments, so any reader can word the reason.
                    fm.put("reason_key", why.key());
                    fm.put("reason_args", ComparisonJson.reasonArgs(why.args()));
                }
                if (reasons != null) {
                    fm.put("reason_text", Workbench.reasonText(f, reasons));
                }
                flags.add(fm);
            }
            m.put("flags", flags);
            var s = r.summary();
            m.put("summary", JsonFields.of("only_a", s.onlyA(), "only_b", s.onlyB(), "omitted_a", s.omittedA(), "omitted_b", s.omittedB(),
                    "divergence", Math.round(s.divergence() * 1000) / 1000.0));
            out.add(m);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results.size() == 1 ? out.get(0) : out) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static List<List<Integer>> spans(List<Span> spans) {
        return spans.stream().map(s -> List.of(s.start(), s.end())).toList();
    }

    private String html(List<CompareResult> results, List<int[]> pairs) {
        if (results.size() == 1) {
            // Two versions: the export's full report (side-by-side rows with the flagged words marked).
            CompareResult r = results.get(0);
            org.triglot.app.Workbench wb = TriglotCommand.workbench();
            List<org.triglot.model.AlignedRow> rows = r.rows().stream()
                    .map(b -> new org.triglot.model.AlignedRow(List.of(b.a(), b.b()), b.confidence(), false)).toList();
            org.triglot.model.Comparison c = wb.comparison(List.of(r.a(), r.b()), List.of(r.a().name(), r.b().name()), "paragraphs", rows);
            c = new org.triglot.model.Comparison(c.versions(), c.labels(), c.units(), c.rows(), shown(r), c.reviewed());
            return wb.renderExport(c, org.triglot.export.ExportFormat.HTML, org.triglot.export.ExportOptions.DEFAULTS);
        }
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Triglot comparison</title></head><body>\n");
        for (CompareResult r : results) {
            sb.append("<h2>").append(esc(r.a().name())).append(" vs ").append(esc(r.b().name())).append("</h2>\n");
            sb.append("<p>Only in A: ").append(esc(String.join(", ", r.summary().onlyA()))).append("<br>Only in B: ")
                    .append(esc(String.join(", ", r.summary().onlyB()))).append("</p>\n<table border=\"1\">\n")
                    .append("<tr><th>kind</th><th>severity</th><th>side</th><th>para a</th><th>para b</th><th>text a</th><th>text b</th><th>reason</th></tr>\n");
            for (Flag f : shown(r)) {
                sb.append("<tr><td>").append(f.kind()).append("</td><td>").append(f.severity()).append("</td><td>").append(f.side())
                        .append("</td><td>").append(ids(r.paragraphsA(f))).append("</td><td>").append(ids(r.paragraphsB(f)))
                        .append("</td><td>").append(esc(f.textA())).append("</td><td>").append(esc(f.textB()))
                        .append("</td><td>").append(esc(f.reason())).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    static String esc(String s) {
        return org.triglot.export.HtmlText.escape(s);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
