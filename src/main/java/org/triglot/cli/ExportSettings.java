package org.triglot.cli;

import org.triglot.export.ExportOptions;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The export options {@code align} and {@code export} share: --pair, --keep-empty, --bom, --lang, --srclang-all. */
final class ExportSettings {
    @Option(names = "--pair", paramLabel = "A,B", description = "Export only two versions (by number from 1, language code"
            + " such as zh/ru/en, or label); XLIFF takes the first two when this is not given.")
    String pair;

    @Option(names = "--keep-empty", description = "TMX and XLIFF: keep rows where a chosen version has no text.")
    boolean keepEmpty;

    @Option(names = "--bom", description = "TSV and CSV: start with a UTF-8 byte order mark (for Excel).")
    boolean bom;

    @Option(names = "--lang", paramLabel = "N=TAG", description = "Language tag of version N (from 1) in TMX/XLIFF, e.g. 1=zh-Hans-CN.")
    Map<Integer, String> langs = new LinkedHashMap<>();

    @Option(names = "--srclang-all", description = "TMX: srclang=\"*all*\" instead of the first version's language.")
    boolean srcAll;

    /** The options for this comparison; a bad --pair or --lang is a usage error. */
    ExportOptions options(Comparison c) {
        ExportOptions o = ExportOptions.DEFAULTS.withKeepEmpty(keepEmpty).withBom(bom).withSrcAll(srcAll);
        Map<Integer, String> tags = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : langs.entrySet()) {
            if (e.getKey() < 1 || e.getKey() > c.versions().size()) {
                throw new CliFailure(ExitCodes.USAGE, "--lang " + e.getKey() + "=…: there is no version " + e.getKey()
                        + "; the versions are numbered 1 to " + c.versions().size() + ".", null);
            }
            tags.put(e.getKey() - 1, e.getValue());
        }
        try {
            o = o.withLangTags(tags);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "--lang: " + e.getMessage() + ".", e);
        }
        if (pair != null) {
            String[] parts = pair.split(",");
            if (parts.length != 2) {
                throw new CliFailure(ExitCodes.USAGE, "--pair takes two versions separated by a comma, e.g. 1,3 or zh,en; not '"
                        + pair + "'.", null);
            }
            int a = version(parts[0], c);
            int b = version(parts[1], c);
            if (a == b) {
                throw new CliFailure(ExitCodes.USAGE, "--pair needs two different versions, not '" + pair + "'.", null);
            }
            o = o.withPair(a, b);
        }
        return o;
    }

    private static int version(String s, Comparison c) {
        String t = s.strip();
        List<Document> vs = c.versions();
        if (t.matches("\\d+")) {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= vs.size()) {
                return n - 1;
            }
            throw new CliFailure(ExitCodes.USAGE, "--pair: there is no version " + n + "; the versions are numbered 1 to "
                    + vs.size() + ".", null);
        }
        int found = -1;
        for (int i = 0; i < vs.size(); i++) {
            Document d = vs.get(i);
            String label = i < c.labels().size() ? c.labels().get(i) : "";
            boolean hit = d.lang().code().equalsIgnoreCase(t) || label.equalsIgnoreCase(t)
                    || (d.lang().code() + "-" + d.script().code()).equalsIgnoreCase(t);
            if (hit) {
                if (found >= 0) {
                    throw new CliFailure(ExitCodes.USAGE, "--pair: '" + t + "' names more than one version; use their numbers.", null);
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new CliFailure(ExitCodes.USAGE, "--pair: no version is '" + t + "' (give a number from 1 to " + vs.size()
                    + ", a language code or a label).", null);
        }
        return found;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
