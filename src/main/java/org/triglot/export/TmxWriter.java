package org.triglot.export;

import org.triglot.model.Flag;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * TMX 1.4b: one {@code <tu>} per aligned row with a {@code <tuv>} per chosen version that has text, row metadata
 * as {@code x-triglot-*} properties and flag reasons as notes. Valid against the TMX 1.4 DTD (bundled as
 * {@code standards/tmx14.dtd}); the DOCTYPE names it by its relative system id, so nothing is fetched.
 */
final class TmxWriter {
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TmxWriter() {
    }

    static String write(ExportView v) {
        List<String> tags = v.uniqueTags();
        String srclang = v.options.srcAll() ? "*all*" : tags.get(0);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        sb.append("<tmx version=\"1.4\">\n");
        sb.append("  <header creationtool=\"Triglot\" creationtoolversion=\"").append(Xml.attr(ExportView.toolVersion()))
                .append("\" segtype=\"").append(v.segtype())
                .append("\" o-tmf=\"Triglot\" adminlang=\"en-US\" srclang=\"").append(Xml.attr(srclang))
                .append("\" datatype=\"plaintext\" o-encoding=\"UTF-8\" creationdate=\"")
                .append(TMX_DATE.format(v.options.createdOrNow())).append("\">\n");
        for (int i = 0; i < v.chosen.size(); i++) {
            int ver = v.chosen.get(i);
            sb.append("    <prop type=\"x-triglot-version\">").append(Xml.text(tags.get(i) + " " + v.label(ver)))
                    .append("</prop>\n");
        }
        sb.append("  </header>\n  <body>\n");
        for (int r : v.rows(!v.options.keepEmpty())) {
            sb.append("    <tu tuid=\"").append(r + 1).append("\">\n");
            for (Flag f : v.flags(r)) {
                sb.append("      <note>").append(Xml.text(f.kind() + ": " + f.reason())).append("</note>\n");
            }
            prop(sb, "x-triglot-confidence", String.format(Locale.ROOT, "%.3f", v.row(r).confidence()));
            prop(sb, "x-triglot-uncertain", Boolean.toString(v.row(r).uncertain()));
            String kinds = v.flagKinds(r);
            if (!kinds.isEmpty()) {
                prop(sb, "x-triglot-flags", kinds);
            }
            prop(sb, "x-triglot-reviewed", Boolean.toString(v.reviewed(r)));
            for (int i = 0; i < v.chosen.size(); i++) {
                int ver = v.chosen.get(i);
                if (v.ids(r, ver).isEmpty()) {
                    // An empty side is left out: TMX readers treat an empty <seg> as a translation into nothing.
                    continue;
                }
                sb.append("      <tuv xml:lang=\"").append(Xml.attr(tags.get(i))).append("\"><seg>")
                        .append(Xml.text(v.text(r, ver))).append("</seg></tuv>\n");
            }
            sb.append("    </tu>\n");
        }
        sb.append("  </body>\n</tmx>\n");
        return sb.toString();
    }

    private static void prop(StringBuilder sb, String type, String value) {
        sb.append("      <prop type=\"").append(type).append("\">").append(Xml.text(value)).append("</prop>\n");
    }
}
