package org.triglot.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Reason;
import org.triglot.model.Span;
import org.triglot.nlp.Nlp;
import org.triglot.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WORDING flags for two versions in the same language: a word-level diff (java-diff-utils) of the aligned
 * paragraphs, one flag per changed stretch, or one flag for the row when most of it is worded differently.
 */
final class Wording {
    /** Above this share of changed words the row is reworded throughout; listing each change would be noise. */
    static final double REWORDED = 0.5;
    static final int MAX_FLAGS_PER_ROW = 8;

    private Wording() {
    }

    private record Tok(String norm, Span span) {
    }

    static List<Flag> flags(Nlp nlp, Document a, List<Integer> pa, Document b, List<Integer> pb, int row) {
        List<Tok> ta = tokens(nlp, a, pa);
        List<Tok> tb = tokens(nlp, b, pb);
        Patch<String> patch = DiffUtils.diff(ta.stream().map(Tok::norm).toList(), tb.stream().map(Tok::norm).toList());
        List<Flag> out = new ArrayList<>();
        int changed = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            changed += Math.max(d.getSource().size(), d.getTarget().size());
        }
        int n = Math.max(1, Math.max(ta.size(), tb.size()));
        if (patch.getDeltas().isEmpty()) {
            return out;
        }
        if ((double) changed / n > REWORDED) {
            out.add(CompareRun.both(Flag.Kind.WORDING, Flag.Severity.MINOR, row, "both", List.of(), List.of(), "", "",
                    Reason.of("wording.throughout", Reason.text(Integer.toString(changed)), Reason.text(Integer.toString(n)))));
            return out;
        }
        for (AbstractDelta<String> d : patch.getDeltas()) {
            if (out.size() >= MAX_FLAGS_PER_ROW) {
                break;
            }
            List<Span> sa = span(ta, d.getSource().getPosition(), d.getSource().size());
            List<Span> sb = span(tb, d.getTarget().getPosition(), d.getTarget().size());
            String textA = sa.isEmpty() ? "" : sa.get(0).of(a.text());
            String textB = sb.isEmpty() ? "" : sb.get(0).of(b.text());
            String side = sa.isEmpty() ? "b" : sb.isEmpty() ? "a" : "both";
            Reason why = switch (side) {
                case "a" -> Reason.of("wording.onlyFirst", Reason.text(textA));
                case "b" -> Reason.of("wording.onlySecond", Reason.text(textB));
                default -> Reason.of("wording.differs", Reason.text(textA), Reason.text(textB));
            };
            int size = Math.max(d.getSource().size(), d.getTarget().size());
            out.add(CompareRun.both(Flag.Kind.WORDING, size > 3 ? Flag.Severity.MINOR : Flag.Severity.INFO, row, side, sa, sb, textA, textB, why));
        }
        return out;
    }

    private static List<Span> span(List<Tok> toks, int pos, int size) {
        if (size == 0) {
            return List.of();
        }
        return List.of(new Span(toks.get(pos).span().start(), toks.get(pos + size - 1).span().end()));
    }

    private static List<Tok> tokens(Nlp nlp, Document d, List<Integer> paras) {
        List<Tok> out = new ArrayList<>();
        for (int i : paras) {
            var p = d.paragraphs().get(i);
            int off = p.span().start();
            for (Token t : nlp.tokenize(p.text(), d.lang())) {
                if (t.isWord()) {
                    out.add(new Tok(t.text().toLowerCase(Locale.ROOT), t.span().shift(off)));
                }
            }
        }
        return out;
    }
}
