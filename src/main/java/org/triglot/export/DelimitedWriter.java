package org.triglot.export;

import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * TSV and CSV: a header, then one line per aligned row with the unit ids of each version, confidence, uncertain,
 * the text of each version, the row's flag kinds and whether it was reviewed. The first columns are those
 * {@code triglot align --format tsv} always wrote ({@code ids_a ids_b [ids_c] confidence uncertain text_<lang>…}).
 * CSV follows RFC 4180 (CRLF line ends, fields with a comma, quote or line break in double quotes, quotes doubled);
 * TSV quotes a field the same way when it holds a tab, quote or line break, instead of mangling the text.
 */
final class DelimitedWriter {
    private DelimitedWriter() {
    }

    static String write(ExportView v, char separator) {
        StringBuilder sb = new StringBuilder();
        if (v.options.bom()) {
            sb.append('\uFEFF');
        }
        String eol = separator == ',' ? "\r\n" : "\n";
        List<String> header = new ArrayList<>();
        for (int i = 0; i < v.chosen.size(); i++) {
            header.add("ids_" + (char) ('a' + v.chosen.get(i)));
        }
        header.add("confidence");
        header.add("uncertain");
        header.addAll(textHeaders(v));
        header.add("flags");
        header.add("reviewed");
        line(sb, header, separator, eol);
        for (int r : v.rows(false)) {
            List<String> cells = new ArrayList<>();
            for (int ver : v.chosen) {
                cells.add(ids(v.ids(r, ver)));
            }
            cells.add(String.format(Locale.ROOT, "%.3f", v.row(r).confidence()));
            cells.add(Boolean.toString(v.row(r).uncertain()));
            for (int ver : v.chosen) {
                cells.add(v.text(r, ver));
            }
            cells.add(v.flagKinds(r));
            cells.add(Boolean.toString(v.reviewed(r)));
            line(sb, cells, separator, eol);
        }
        return sb.toString();
    }

    /**
     * {@code text_zh}, {@code text_ru}, {@code text_en}. A language used by two versions gets their scripts when those
     * differ ({@code text_zh_Hans}, {@code text_zh_Hant}), else their numbers from 1 ({@code text_en_2}, {@code text_en_3}).
     */
    static List<String> textHeaders(ExportView v) {
        java.util.Map<Lang, List<Integer>> byLang = new java.util.EnumMap<>(Lang.class);
        for (int ver : v.chosen) {
            byLang.computeIfAbsent(v.comparison.versions().get(ver).lang(), k -> new ArrayList<>()).add(ver);
        }
        List<String> out = new ArrayList<>();
        for (int ver : v.chosen) {
            var d = v.comparison.versions().get(ver);
            List<Integer> same = byLang.get(d.lang());
            String h = "text_" + d.lang().code();
            if (same.size() > 1) {
                Set<Object> scripts = new HashSet<>();
                same.forEach(s -> scripts.add(v.comparison.versions().get(s).script()));
                h += scripts.size() == same.size() ? "_" + d.script().code() : "_" + (ver + 1);
            }
            out.add(h);
        }
        return out;
    }

    /** Ids as the old align TSV wrote them: {@code [0,1]}, {@code []}. */
    static String ids(List<Integer> ids) {
        return ids.toString().replace(" ", "");
    }

    private static void line(StringBuilder sb, List<String> cells, char sep, String eol) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(quote(cells.get(i), sep));
        }
        sb.append(eol);
    }

    static String quote(String s, char sep) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == sep || c == '"' || c == '\n' || c == '\r' || c == '\t' && sep == '\t';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
