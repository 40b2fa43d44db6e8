package org.triglot.export;

import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Script;
import org.triglot.model.Span;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A self-contained HTML report: inline CSS, no script, no external resource (a Content-Security-Policy says so to
 * the browser too). A summary of what each version says that another does not, the aligned rows side by side with
 * the flagged words marked, and the list of flags. Every piece of source text is escaped.
 */
final class HtmlReportWriter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            :root { --ink: #1d2330; --muted: #5b6475; --line: #d5d9e0; --flag: #fff7e6; --unc: #eef3ff; }
            * { box-sizing: border-box; }
            body { font-family: "Noto Sans", "Segoe UI", "PingFang SC", "Microsoft YaHei", Arial, sans-serif; color: var(--ink);
                   margin: 2rem auto; max-width: 1600px; padding: 0 1.5rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--line); }
            h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
            .meta { color: var(--muted); margin: 0 0 .2rem; } .meta b { color: var(--ink); }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
            th { background: #f3f5f8; font-weight: 600; }
            table.rows td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
            table.rows col.num { width: 3.2rem; } table.rows col.conf { width: 6.5rem; }
            td.num, td.conf { color: var(--muted); font-variant-numeric: tabular-nums; }
            tr.flagged td { background: var(--flag); } tr.uncertain td.conf { background: var(--unc); }
            td.empty { color: var(--muted); font-style: italic; }
            mark { border-radius: 2px; padding: 0 1px; color: inherit; }
            mark.omission { background: #ffc9c9; } mark.entity { background: #ffd8a8; } mark.number { background: #ffec99; }
            mark.term { background: #d8f5a2; } mark.attribution { background: #a5d8ff; } mark.tone { background: #d0bfff; }
            mark.length { background: #e9ecef; } mark.wording { background: #c3fae8; }
            .kind { font-size: .8rem; font-weight: 600; text-transform: lowercase; }
            .sev-MAJOR { color: #c92a2a; } .sev-MINOR { color: #a15c00; } .sev-INFO { color: var(--muted); }
            ul.only { margin: .2rem 0 .8rem; padding-left: 1.2rem; } ul.only li { margin: .15rem 0; }
            .quote { white-space: pre-wrap; }
            .legend mark { margin-right: .4rem; }
            a { color: #1c5fb8; }
            @media print {
              body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
              h2 { break-after: avoid; } tr { break-inside: avoid; } thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              @page { size: A4 landscape; margin: 12mm; }
            }
            """;

    private HtmlReportWriter() {
    }

    static String write(ExportView v) {
        StringBuilder sb = new StringBuilder(16_384);
        List<String> labels = new ArrayList<>();
        for (int ver : v.chosen) {
            labels.add(v.label(ver));
        }
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Triglot ").append(esc(ExportView.toolVersion())).append("\">\n")
                .append("<title>").append(esc("Triglot comparison: " + String.join(" / ", labels))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(sb, v);
        summary(sb, v);
        rows(sb, v);
        flags(sb, v);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, ExportView v) {
        sb.append("<header>\n<h1>Triglot comparison</h1>\n");
        for (int ver : v.chosen) {
            Document d = v.comparison.versions().get(ver);
            sb.append("<p class=\"meta\"><b>").append(esc(v.label(ver))).append("</b> — ").append(esc(d.lang().englishName()))
                    .append(" (").append(esc(d.script().englishName())).append("), ").append(esc(d.name())).append("</p>\n");
        }
        int flagCount = 0;
        int reviewed = 0;
        for (int r = 0; r < v.rowCount(); r++) {
            flagCount += v.flags(r).size();
            reviewed += v.reviewed(r) ? 1 : 0;
        }
        sb.append("<p class=\"meta\">").append(v.rowCount()).append(" aligned rows of ").append(esc(v.comparison.units()))
                .append(", ").append(flagCount).append(flagCount == 1 ? " flag" : " flags").append(", ").append(reviewed)
                .append(" reviewed; made ").append(WHEN.format(v.options.createdOrNow())).append(".</p>\n");
        sb.append("<p class=\"meta legend\">");
        for (Flag.Kind k : Flag.Kind.values()) {
            sb.append("<mark class=\"").append(cls(k)).append("\">").append(cls(k)).append("</mark>");
        }
        sb.append("</p>\n</header>\n");
    }

    /** What each version says that another does not: the OMISSION and ENTITY flags, pair by pair. */
    private static void summary(StringBuilder sb, ExportView v) {
        sb.append("<section id=\"summary\">\n<h2>What one version says that another does not</h2>\n");
        Map<String, List<Flag>> byPair = new LinkedHashMap<>();
        for (int r = 0; r < v.rowCount(); r++) {
            for (Flag f : v.flags(r)) {
                if (f.kind() == Flag.Kind.OMISSION || f.kind() == Flag.Kind.ENTITY) {
                    byPair.computeIfAbsent(f.versionA() + "," + f.versionB(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        if (byPair.isEmpty()) {
            sb.append("<p>No omissions or differing names were flagged.</p>\n");
        }
        for (List<Flag> fs : byPair.values()) {
            int a = fs.get(0).versionA();
            int b = fs.get(0).versionB();
            sb.append("<h3>").append(esc(v.label(a))).append(" and ").append(esc(v.label(b))).append("</h3>\n");
            only(sb, v, fs, "a", a, b);
            only(sb, v, fs, "b", b, a);
            List<Flag> both = fs.stream().filter(f -> !"a".equals(f.side()) && !"b".equals(f.side())).toList();
            if (!both.isEmpty()) {
                sb.append("<p>Said differently:</p>\n<ul class=\"only\">\n");
                for (Flag f : both) {
                    sb.append("<li>").append(rowLink(f.row())).append(' ').append(quote(v, a, f.textA())).append(" / ")
                            .append(quote(v, b, f.textB())).append(" — ").append(esc(f.reason())).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
        }
        sb.append("</section>\n");
    }

    private static void only(StringBuilder sb, ExportView v, List<Flag> fs, String side, int has, int lacks) {
        List<Flag> mine = fs.stream().filter(f -> side.equals(f.side())).toList();
        if (mine.isEmpty()) {
            return;
        }
        sb.append("<p>Only in <b>").append(esc(v.label(has))).append("</b>, not in ").append(esc(v.label(lacks))).append(":</p>\n");
        sb.append("<ul class=\"only\">\n");
        for (Flag f : mine) {
            String text = "a".equals(side) ? f.textA() : f.textB();
            sb.append("<li>").append(rowLink(f.row())).append(' ').append("<span class=\"kind\">").append(cls(f.kind()))
                    .append("</span> ").append(quote(v, has, text)).append(" — ").append(esc(f.reason())).append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    private static String quote(ExportView v, int version, String text) {
        if (text == null || text.isEmpty()) {
            return "—";
        }
        return "<span class=\"quote\" lang=\"" + htmlLang(v.comparison.versions().get(version)) + "\">«" + esc(text) + "»</span>";
    }

    private static String rowLink(int row) {
        return "<a href=\"#row-" + (row + 1) + "\">row " + (row + 1) + "</a>";
    }

    private static void rows(StringBuilder sb, ExportView v) {
        sb.append("<section id=\"rows\">\n<h2>Aligned rows</h2>\n<table class=\"rows\">\n<colgroup><col class=\"num\">");
        for (int i = 0; i < v.chosen.size(); i++) {
            sb.append("<col>");
        }
        sb.append("<col class=\"conf\"></colgroup>\n<thead><tr><th>#</th>");
        for (int ver : v.chosen) {
            sb.append("<th>").append(esc(v.label(ver))).append("</th>");
        }
        sb.append("<th>confidence</th></tr></thead>\n<tbody>\n");
        for (int r : v.rows(false)) {
            List<String> cls = new ArrayList<>();
            if (!v.flags(r).isEmpty()) {
                cls.add("flagged");
            }
            if (v.row(r).uncertain()) {
                cls.add("uncertain");
            }
            if (v.reviewed(r)) {
                cls.add("reviewed");
            }
            sb.append("<tr id=\"row-").append(r + 1).append('"');
            if (!cls.isEmpty()) {
                sb.append(" class=\"").append(String.join(" ", cls)).append('"');
            }
            sb.append("><td class=\"num\">").append(r + 1).append("</td>");
            for (int ver : v.chosen) {
                cell(sb, v, r, ver);
            }
            sb.append("<td class=\"conf\">").append(String.format(Locale.ROOT, "%.2f", v.row(r).confidence()));
            if (v.row(r).uncertain()) {
                sb.append("<br>uncertain");
            }
            if (v.reviewed(r)) {
                sb.append("<br>✓ reviewed");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    /** A marked stretch of a document text. */
    private record Mark(Span span, Flag flag) {
    }

    private static void cell(StringBuilder sb, ExportView v, int r, int ver) {
        Document d = v.comparison.versions().get(ver);
        List<ExportView.Unit> units = v.units(ver, v.ids(r, ver));
        if (units.isEmpty()) {
            sb.append("<td class=\"text empty\">(nothing)</td>");
            return;
        }
        List<Mark> marks = new ArrayList<>();
        for (Flag f : v.flags(r)) {
            if (f.versionA() == ver) {
                f.spansA().forEach(s -> marks.add(new Mark(s, f)));
            }
            if (f.versionB() == ver) {
                f.spansB().forEach(s -> marks.add(new Mark(s, f)));
            }
        }
        sb.append("<td class=\"text\" lang=\"").append(htmlLang(d)).append("\">");
        for (int i = 0; i < units.size(); i++) {
            if (i > 0 && d.lang() != Lang.ZH) {
                sb.append(' ');
            }
            ExportView.Unit u = units.get(i);
            boolean spanMatches = u.span().end() <= d.text().length() && u.span().of(d.text()).equals(u.text());
            if (spanMatches) {
                marked(sb, d.text(), u.span(), marks);
            } else {
                // The unit's text was normalised on import, so offsets into the document do not fit it: show it unmarked.
                sb.append(esc(u.text()));
            }
        }
        sb.append("</td>");
    }

    /** The text of {@code unit} with every stretch covered by a flag span wrapped in {@code <mark class="kind">}. */
    private static void marked(StringBuilder sb, String text, Span unit, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(unit.start());
        cuts.add(unit.end());
        for (Mark m : marks) {
            if (m.span().overlaps(unit)) {
                cuts.add(safe(text, Math.max(unit.start(), m.span().start())));
                cuts.add(safe(text, Math.min(unit.end(), m.span().end())));
            }
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Span piece = new Span(prev, cut);
                Mark cover = null;
                for (Mark m : marks) {
                    if (m.span().contains(piece) && (cover == null || m.flag().severity().compareTo(cover.flag().severity()) > 0)) {
                        cover = m;
                    }
                }
                if (cover == null) {
                    sb.append(esc(piece.of(text)));
                } else {
                    sb.append("<mark class=\"").append(cls(cover.flag().kind())).append("\" title=\"")
                            .append(esc(cover.flag().kind().name().toLowerCase(Locale.ROOT) + ": " + cover.flag().reason()))
                            .append("\">").append(esc(piece.of(text))).append("</mark>");
                }
            }
            prev = cut;
        }
    }

    /** Moves an offset off the middle of a surrogate pair, so a mark never splits an emoji. */
    private static int safe(String text, int i) {
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
            return i - 1;
        }
        return i;
    }

    private static void flags(StringBuilder sb, ExportView v) {
        sb.append("<section id=\"flags\">\n<h2>Flags</h2>\n");
        List<Flag> all = new ArrayList<>();
        for (int r = 0; r < v.rowCount(); r++) {
            all.addAll(v.flags(r));
        }
        if (all.isEmpty()) {
            sb.append("<p>No flags.</p>\n</section>\n");
            return;
        }
        sb.append("<table class=\"flags\">\n<colgroup><col style=\"width:5rem\"><col style=\"width:7rem\"><col style=\"width:5rem\">")
                .append("<col style=\"width:12rem\"><col><col><col></colgroup>\n")
                .append("<thead><tr><th>row</th><th>kind</th><th>severity</th><th>versions</th><th>first</th><th>second</th>")
                .append("<th>why</th></tr></thead>\n<tbody>\n");
        for (Flag f : all) {
            sb.append("<tr><td>").append(rowLink(f.row())).append("</td><td><mark class=\"").append(cls(f.kind())).append("\">")
                    .append(cls(f.kind())).append("</mark></td><td class=\"sev-").append(f.severity().name()).append("\">")
                    .append(f.severity().name().toLowerCase(Locale.ROOT)).append("</td><td>").append(esc(v.label(f.versionA())))
                    .append(" / ").append(esc(v.label(f.versionB()))).append("</td><td>").append(quote(v, f.versionA(), f.textA()))
                    .append("</td><td>").append(quote(v, f.versionB(), f.textB())).append("</td><td>").append(esc(f.reason()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static String cls(Flag.Kind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static String htmlLang(Document d) {
        return switch (d.lang()) {
            case ZH -> d.script() == Script.HANT ? "zh-Hant" : "zh-Hans";
            case RU -> "ru";
            case EN -> "en";
            case OTHER -> "und";
        };
    }

    /** HTML text and attribute escaping (also quotes), with characters no document may hold removed. */
    static String esc(String s) {
        return HtmlText.escape(s);
    }
}
