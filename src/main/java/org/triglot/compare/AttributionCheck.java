package org.triglot.compare;

import org.triglot.model.Bead;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Reason;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ATTRIBUTION check: a row whose two sides name speakers and share none (MINOR when one side says "both sides").
 */
final class AttributionCheck {
    private final CompareRun run;
    private final Speakers speakers;

    AttributionCheck(CompareRun run, Speakers speakers) {
        this.run = run;
        this.speakers = speakers;
    }

    void row(int r, Bead bead) {
        Map<String, Speakers.Mention> sa = new LinkedHashMap<>();
        Map<String, Speakers.Mention> sb = new LinkedHashMap<>();
        List<Span> spansA = new ArrayList<>();
        List<Span> spansB = new ArrayList<>();
        collect(run.a, bead.a(), sa, spansA);
        collect(run.b, bead.b(), sb, spansB);
        if (sa.isEmpty() || sb.isEmpty()) {
            return;
        }
        Set<String> common = new HashSet<>(sa.keySet());
        common.retainAll(sb.keySet());
        if (!common.isEmpty()) {
            return;
        }
        boolean oneIsBoth = sa.containsKey(Speakers.BOTH) || sb.containsKey(Speakers.BOTH);
        Reason why = Reason.of("attribution", run.a.label(), Speakers.describe(sa.values()), run.b.label(), Speakers.describe(sb.values()));
        run.add(CompareRun.both(Kind.ATTRIBUTION, oneIsBoth ? Severity.MINOR : Severity.MAJOR, r, "both", spansA, spansB,
                names(sa), names(sb), why));
    }

    /** "Wang Yi; both sides": the speakers of one side as the flag's words. */
    private static String names(Map<String, Speakers.Mention> who) {
        return String.join("; ", who.values().stream().map(Speakers.Mention::speaker).toList());
    }

    /** The first mention of each speaker of the paragraphs, by {@link Speakers.Mention#identity()}, and every mention's span. */
    private void collect(CompareSide s, List<Integer> paras, Map<String, Speakers.Mention> who, List<Span> spans) {
        for (int i : paras) {
            for (Speakers.Mention m : s.memo().mentions(i, speakers)) {
                who.putIfAbsent(m.identity(), m);
                spans.add(s.docSpan(i, m.span()));
            }
        }
    }
}
