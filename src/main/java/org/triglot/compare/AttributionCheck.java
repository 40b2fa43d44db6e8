package org.triglot.compare;

import org.triglot.model.Bead;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Reason;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
        Set<String> sa = new LinkedHashSet<>();
        Set<String> sb = new LinkedHashSet<>();
        List<Span> spansA = new ArrayList<>();
        List<Span> spansB = new ArrayList<>();
        collect(run.a, bead.a(), sa, spansA);
        collect(run.b, bead.b(), sb, spansB);
        if (sa.isEmpty() || sb.isEmpty()) {
            return;
        }
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        if (!common.isEmpty()) {
            return;
        }
        boolean oneIsBoth = sa.contains(Speakers.BOTH) || sb.contains(Speakers.BOTH);
        Reason why = Reason.of("attribution", run.a.label(), Speakers.describe(sa), run.b.label(), Speakers.describe(sb));
        run.add(CompareRun.both(Kind.ATTRIBUTION, oneIsBoth ? Severity.MINOR : Severity.MAJOR, r, "both", spansA, spansB,
                String.join("; ", sa), String.join("; ", sb), why));
    }

    private void collect(CompareSide s, List<Integer> paras, Set<String> who, List<Span> spans) {
        for (int i : paras) {
            for (Speakers.Mention m : speakers.mentions(s.para(i).text(), s.lang())) {
                who.add(m.speaker());
                spans.add(s.docSpan(i, m.span()));
            }
        }
    }
}
