package org.triglot.export;

import org.triglot.model.Flag;

import java.util.List;
import java.util.Locale;

/**
 * XLIFF 2.1, bilingual: one version as source, the other as target; one {@code <unit>} per aligned row, the row's
 * flags as {@code <note category="triglot-flag">}, reviewed rows with {@code state="reviewed"}. Row metadata that
 * XLIFF core has no place for sits in Triglot's own namespace on the unit, which XLIFF allows.
 */
final class XliffWriter {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String TG_NS = "urn:triglot:export:1";

    private XliffWriter() {
    }

    static String write(ExportView v) {
        List<String> tags = v.uniqueTags();
        int src = v.chosen.get(0);
        int trg = v.chosen.get(1);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<xliff xmlns=\"").append(NS).append("\" xmlns:tg=\"").append(TG_NS).append("\" version=\"2.1\" srcLang=\"")
                .append(Xml.attr(tags.get(0))).append("\" trgLang=\"").append(Xml.attr(tags.get(1))).append("\">\n");
        sb.append("  <file id=\"f1\" original=\"").append(Xml.attr(v.comparison.versions().get(src).name()))
                .append("\" tg:source=\"").append(Xml.attr(v.label(src))).append("\" tg:target=\"").append(Xml.attr(v.label(trg)))
                .append("\" tg:units=\"").append(Xml.attr(v.comparison.units())).append("\">\n");
        List<Integer> rows = v.rows(!v.options.keepEmpty());
        for (int r : rows) {
            String kinds = v.flagKinds(r);
            sb.append("    <unit id=\"r").append(r + 1).append("\" tg:confidence=\"")
                    .append(String.format(Locale.ROOT, "%.3f", v.row(r).confidence()))
                    .append("\" tg:uncertain=\"").append(v.row(r).uncertain()).append('"');
            if (!kinds.isEmpty()) {
                sb.append(" tg:flags=\"").append(kinds).append('"');
            }
            if (v.reviewed(r)) {
                sb.append(" tg:reviewed=\"true\"");
            }
            sb.append(">\n");
            List<Flag> flags = v.flags(r);
            if (!flags.isEmpty()) {
                sb.append("      <notes>\n");
                for (Flag f : flags) {
                    sb.append("        <note category=\"triglot-flag\" priority=\"").append(priority(f.severity())).append("\">")
                            .append(Xml.text(f.reason())).append("</note>\n");
                }
                sb.append("      </notes>\n");
            }
            boolean hasTarget = !v.ids(r, trg).isEmpty();
            // XLIFF wants a target for any state past initial, so a reviewed row without one says so on the unit only.
            String state = !hasTarget ? "initial" : v.reviewed(r) ? "reviewed" : "translated";
            sb.append("      <segment state=\"").append(state).append("\">\n");
            sb.append("        <source xml:space=\"preserve\">").append(Xml.text(v.text(r, src))).append("</source>\n");
            if (hasTarget) {
                sb.append("        <target xml:space=\"preserve\">").append(Xml.text(v.text(r, trg))).append("</target>\n");
            }
            sb.append("      </segment>\n    </unit>\n");
        }
        if (rows.isEmpty()) {
            // XLIFF requires at least one unit in a file.
            sb.append("    <unit id=\"empty\"><segment><source/></segment></unit>\n");
        }
        sb.append("  </file>\n</xliff>\n");
        return sb.toString();
    }

    /** XLIFF note priority: 1 is the most important. */
    private static int priority(Flag.Severity s) {
        return switch (s) {
            case MAJOR -> 1;
            case MINOR -> 5;
            case INFO -> 9;
        };
    }
}
