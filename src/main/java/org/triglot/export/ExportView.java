package org.triglot.export;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Script;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every writer needs from a comparison: the chosen versions, each row's segment text per version, the flags
 * of a row between chosen versions, language tags. Computed once per export; the comparison itself is untouched.
 */
final class ExportView {
    /** A unit of a version: its span in the document text and its text. */
    record Unit(Span span, String text) {
    }

    final Comparison comparison;
    final ExportOptions options;
    /** Indexes of the exported versions, in output order. */
    final List<Integer> chosen;
    private final List<List<Unit>> units = new ArrayList<>();
    private final List<List<Flag>> flagsByRow = new ArrayList<>();

    ExportView(Comparison c, ExportOptions options, boolean bilingual) {
        this.comparison = c;
        this.options = options;
        int n = c.versions().size();
        if (n == 0) {
            throw new IllegalArgumentException("the comparison has no versions");
        }
        int[] pair = options.pair();
        if (pair == null && bilingual) {
            if (n < 2) {
                throw new IllegalArgumentException("a bilingual export needs two versions; the comparison has " + n);
            }
            pair = new int[]{0, 1};
        }
        if (pair != null) {
            for (int p : pair) {
                if (p >= n) {
                    throw new IllegalArgumentException("there is no version " + (p + 1) + "; the comparison has " + n);
                }
            }
            chosen = List.of(pair[0], pair[1]);
        } else {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            chosen = List.copyOf(all);
        }
        boolean paragraphs = "paragraphs".equals(c.units());
        for (Document d : c.versions()) {
            List<Unit> us = new ArrayList<>();
            if (paragraphs) {
                for (Paragraph p : d.paragraphs()) {
                    us.add(new Unit(p.span(), p.text()));
                }
            } else {
                for (Sentence s : d.sentences()) {
                    us.add(new Unit(s.span(), s.text()));
                }
            }
            units.add(us);
        }
        for (int r = 0; r < c.rows().size(); r++) {
            flagsByRow.add(new ArrayList<>());
        }
        for (Flag f : c.flags()) {
            if (f.row() >= 0 && f.row() < flagsByRow.size() && chosen.contains(f.versionA()) && chosen.contains(f.versionB())) {
                flagsByRow.get(f.row()).add(f);
            }
        }
    }

    int rowCount() {
        return comparison.rows().size();
    }

    AlignedRow row(int r) {
        return comparison.rows().get(r);
    }

    List<Integer> ids(int r, int version) {
        List<List<Integer>> cells = row(r).cells();
        return version < cells.size() ? cells.get(version) : List.of();
    }

    List<Unit> units(int version, List<Integer> ids) {
        List<Unit> all = units.get(version);
        List<Unit> out = new ArrayList<>();
        for (int id : ids) {
            if (id < 0 || id >= all.size()) {
                throw new IllegalArgumentException("row points at unit " + id + " of version " + (version + 1)
                        + ", which has " + all.size());
            }
            out.add(all.get(id));
        }
        return out;
    }

    /** The units' texts joined: with a space for Russian and English, with nothing for Chinese. */
    String text(int r, int version) {
        Lang lang = comparison.versions().get(version).lang();
        StringBuilder sb = new StringBuilder();
        for (Unit u : units(version, ids(r, version))) {
            if (sb.length() > 0 && lang != Lang.ZH) {
                sb.append(' ');
            }
            sb.append(u.text());
        }
        return sb.toString();
    }

    /** Whether the row has no unit at all in the chosen versions (such a row is never exported bilingually). */
    boolean emptyInChosen(int r) {
        return chosen.stream().allMatch(v -> ids(r, v).isEmpty());
    }

    boolean anyEmptyInChosen(int r) {
        return chosen.stream().anyMatch(v -> ids(r, v).isEmpty());
    }

    /** Rows to write: all rows with something in a chosen version; if {@code dropPartial}, only complete ones. */
    List<Integer> rows(boolean dropPartial) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            if (emptyInChosen(r) || dropPartial && anyEmptyInChosen(r)) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    List<Flag> flags(int r) {
        return flagsByRow.get(r);
    }

    /** The distinct kinds of the row's flags, in the enum's order, e.g. "OMISSION,NUMBER"; "" when none. */
    String flagKinds(int r) {
        Set<Flag.Kind> kinds = new java.util.TreeSet<>();
        for (Flag f : flags(r)) {
            kinds.add(f.kind());
        }
        return String.join(",", kinds.stream().map(Enum::name).toList());
    }

    boolean reviewed(int r) {
        List<Boolean> rev = comparison.reviewed();
        return r < rev.size() && Boolean.TRUE.equals(rev.get(r));
    }

    String label(int version) {
        List<String> labels = comparison.labels();
        String l = version < labels.size() ? labels.get(version) : null;
        return l == null || l.isBlank() ? comparison.versions().get(version).name() : l;
    }

    /** The language tag of a version: the user's override, or zh-CN / zh-TW by script, ru-RU, en-US. */
    String tag(int version) {
        String override = options.langTags().get(version);
        if (override != null) {
            return override;
        }
        Document d = comparison.versions().get(version);
        return defaultTag(d.lang(), d.script());
    }

    static String defaultTag(Lang lang, Script script) {
        return switch (lang) {
            case ZH -> script == Script.HANT ? "zh-TW" : "zh-CN";
            case RU -> "ru-RU";
            case EN -> "en-US";
            case OTHER -> "und";
        };
    }

    /** The tags of the chosen versions, made unique ("en-US", "en-US" → "en-US", "en-US-x-v2") if two versions share one. */
    List<String> uniqueTags() {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int v : chosen) {
            String t = tag(v);
            if (!seen.add(t.toLowerCase(java.util.Locale.ROOT))) {
                t = t + "-x-v" + (v + 1);
                seen.add(t.toLowerCase(java.util.Locale.ROOT));
            }
            out.add(t);
        }
        return out;
    }

    String segtype() {
        return "paragraphs".equals(comparison.units()) ? "paragraph" : "sentence";
    }

    static String toolVersion() {
        String v = ExportView.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
