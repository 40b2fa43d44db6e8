package org.triglot.compare;

import org.triglot.model.Bead;
import org.triglot.model.Flag.Kind;
import org.triglot.model.Flag.Severity;
import org.triglot.model.Reason;

import java.util.List;
import java.util.Locale;

/** The LENGTH check: a row whose sides' lengths (Chinese characters counted three times) are outside 30–300 %. */
final class LengthCheck {
    /** Outside this ratio of lengths a row is flagged. */
    static final double MIN_RATIO = 0.3;
    static final double MAX_RATIO = 3.0;
    /** Rows shorter than this (weighted characters) say too little to compare lengths. */
    static final int MIN_LENGTH = 60;

    private final CompareRun run;

    LengthCheck(CompareRun run) {
        this.run = run;
    }

    void row(int r, Bead bead) {
        CompareSide a = run.a;
        CompareSide b = run.b;
        int la = length(a, bead.a());
        int lb = length(b, bead.b());
        if (la == 0 || lb == 0 || Math.max(la, lb) < MIN_LENGTH) {
            return;
        }
        double ratio = (double) lb / la;
        if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) {
            return;
        }
        boolean aLonger = ratio < MIN_RATIO;
        CompareSide longer = aLonger ? a : b;
        CompareSide shorter = aLonger ? b : a;
        Reason why = Reason.of("length", longer.label(), Phrases.ids(aLonger ? bead.a() : bead.b()),
                Reason.text(String.format(Locale.ROOT, "%.1f", aLonger ? 1 / ratio : ratio)), shorter.label());
        run.add(CompareRun.both(Kind.LENGTH, Severity.MINOR, r, longer.tag(), List.of(), List.of(), "", "", why));
    }

    static int length(CompareSide s, List<Integer> paras) {
        int n = 0;
        for (int i : paras) {
            n += s.weightedLength(s.para(i).text());
        }
        return n;
    }
}
