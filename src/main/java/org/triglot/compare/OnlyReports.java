package org.triglot.compare;

import org.triglot.model.Flag;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Reason;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The "only the Chinese account mentions X" flags of one comparison, one per thing: a thing named again in a later
 * paragraph is added to the first flag's reason ("paragraphs 3 and 6"), and a term said twice in one paragraph in a
 * shorter and a longer form (和平谈判 and 劝和促谈: "peace talks", "promoting peace talks") is one flag with both spans.
 * What the other version lacks is the thing, not each of its mentions.
 */
final class OnlyReports {
    private final CompareRun run;
    private final Map<String, Report> reports = new LinkedHashMap<>();

    /** One flag and what its reason lists. */
    private static final class Report {
        final Kind kind;
        final CompareSide has;
        final String verb;
        final String label;
        /** The label as the reason shows it (a glossary entry in each language's form). */
        final Reason shown;
        final UnaryOperator<Reason> detail;
        final List<Integer> paragraphs = new ArrayList<>();
        final List<Reason> also = new ArrayList<>();
        Flag flag;

        Report(Kind kind, CompareSide has, String verb, String label, Reason shown, UnaryOperator<Reason> detail) {
            this.kind = kind;
            this.has = has;
            this.verb = verb;
            this.label = label;
            this.shown = shown;
            this.detail = detail;
        }

        /** "Only the Chinese account mentions X (paragraphs 3 and 6[, detail])[; also “…” (Y)]." */
        Reason reason() {
            Reason where = detail.apply(Phrases.paragraphs(paragraphs));
            String key = "only." + verb;
            return also.isEmpty() ? Reason.of(key, has.label(), shown, where)
                    : Reason.of(key + ".also", has.label(), shown, where, Phrases.chain(also, "list.comma", "list.comma"));
        }
    }

    OnlyReports(CompareRun run) {
        this.run = run;
    }

    /**
     * Reports that only {@code has} names the thing {@code key} ("a:TERM:g123") in paragraph {@code p} of row {@code r}.
     *
     * @param verb   "mentions" or "gives" (the template only.mentions or only.gives)
     * @param detail puts what follows the paragraph ids into the parenthesis (", in “乌克兰危机”, Ukraine crisis"), or
     *               leaves them alone
     */
    void report(String key, Kind kind, CompareSide has, String label, Reason shown, String verb, int p, UnaryOperator<Reason> detail,
                int r, Span span, String surface, Severity severity) {
        Report known = reports.get(key);
        if (known != null) {
            if (!known.paragraphs.contains(p)) {
                known.paragraphs.add(p);
                update(known, null, severity);
            }
            return;
        }
        Report related = kind == Kind.TERM ? longerOrShorter(has, label, p) : null;
        if (related != null) {
            related.also.add(Reason.of("only.alsoItem", Reason.text(surface.strip()), shown));
            reports.put(key, related);
            update(related, span, severity);
            return;
        }
        run.onlyOf(has).add(label);
        Report fresh = new Report(kind, has, verb, label, shown, detail);
        fresh.paragraphs.add(p);
        fresh.flag = run.flag(kind, severity, r, has, List.of(span), List.of(), surface, "", fresh.reason());
        reports.put(key, fresh);
        run.add(fresh.flag);
    }

    /** Drops the report of a thing whose flag another check replaced (two different figures are one NUMBER flag). */
    void forget(String key) {
        reports.remove(key);
    }

    /** A term flag of the same side and paragraph whose name holds this one's or is held by it. */
    private Report longerOrShorter(CompareSide has, String label, int p) {
        String x = label.toLowerCase(Locale.ROOT);
        for (Report o : reports.values()) {
            if (o.kind == Kind.TERM && o.has == has && o.paragraphs.get(0) == p) {
                String y = o.label.toLowerCase(Locale.ROOT);
                if (x.contains(y) || y.contains(x)) {
                    return o;
                }
            }
        }
        return null;
    }

    private void update(Report o, Span extra, Severity severity) {
        Flag f = o.flag;
        List<Span> spans = new ArrayList<>(o.has == run.a ? f.spansA() : f.spansB());
        if (extra != null) {
            spans.add(extra);
        }
        Severity sev = severity.compareTo(f.severity()) > 0 ? severity : f.severity();
        Flag updated = run.flag(f.kind(), sev, f.row(), o.has, spans, List.of(), o.has == run.a ? f.textA() : f.textB(), "", o.reason());
        int i = run.flags.indexOf(f);
        if (i >= 0) {
            run.flags.set(i, updated);
        }
        o.flag = updated;
    }
}
