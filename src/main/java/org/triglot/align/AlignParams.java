package org.triglot.align;

/**
 * The weights of the bead cost: {@code lexical · (1 − similarity) · (units in the bead)} plus
 * {@code length · d² / (2σ²)} where d is the log ratio of the bead's lengths to the document's length ratio,
 * plus the bead type's prior cost; a unit with no counterpart costs {@code skip}.
 *
 * @param maxSide     largest number of units on one side of a bead (4 for sentences and paragraphs)
 * @param orphan      cost per unit of coverage below {@code orphanBelow} of the least covered unit of a merged side:
 *                    a sentence that one version dropped must not hide inside a merge with its neighbour
 * @param evidence    weight of the second pass's per-unit evidence cost (see {@link UnitEvidence}); 0 turns it off
 * @param punctuation cost per question, exclamation or quoted speech that one side of a bead has and the other
 *                    lacks (see {@link Punctuation})
 * @param exclusive   cost per unit of shortfall of a merged unit that adds nothing of its own to its 1:n bead (see
 *                    {@code BandedAligner.exclusive}); 0 turns it off
 * @param exclusiveShare  the share of its length-proportional part of the bead's coverage a merged unit must
 *                    cover on its own
 * @param exclusiveMargin how much closer to the document's length ratio the bead must come without the unit
 *                    (log ratio) for the cost to apply
 */
public record AlignParams(double lexical, double length, double sigma, double skip, double prior12, double prior22,
                          double prior13, double prior14, int maxSide, double orphan, double orphanBelow,
                          double evidence, double punctuation, double exclusive,
                          double exclusiveShare, double exclusiveMargin) {
    /** Sentence alignment, as tuned on the gold sets (see the evaluation command). */
    public static final AlignParams SENTENCES = new AlignParams(3.5, 1.0, 0.35, 5.5, 1.2, 3.5, 2.4, 3.4, 4, 40, 0.06, 1, 1,
            30, 0.5, 0.1);
    /** Paragraph alignment: fewer, longer units; merges are rarer and lengths more reliable. */
    public static final AlignParams PARAGRAPHS = new AlignParams(4.0, 0.6, 0.3, 3.5, 1.6, 4.0, 3.0, 4.2, 4, 40, 0.06, 0, 0.5,
            0, 0.5, 0.1);

    /** Prior cost of a bead with {@code a} and {@code b} units (both ≥ 1). */
    double prior(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        if (lo == 1 && hi == 1) {
            return 0;
        }
        if (lo == 1 && hi == 2) {
            return prior12;
        }
        if (lo == 2 && hi == 2) {
            return prior22;
        }
        if (lo == 1 && hi == 3) {
            return prior13;
        }
        if (lo == 1 && hi == 4) {
            return prior14;
        }
        return Double.POSITIVE_INFINITY;
    }

    public AlignParams withMaxSide(int side) {
        return new AlignParams(lexical, length, sigma, skip, prior12, prior22, prior13, prior14, side, orphan, orphanBelow, evidence, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withSkip(double s) {
        return new AlignParams(lexical, length, sigma, s, prior12, prior22, prior13, prior14, maxSide, orphan, orphanBelow, evidence, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withLexical(double l) {
        return new AlignParams(l, length, sigma, skip, prior12, prior22, prior13, prior14, maxSide, orphan, orphanBelow, evidence, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withLength(double l) {
        return new AlignParams(lexical, l, sigma, skip, prior12, prior22, prior13, prior14, maxSide, orphan, orphanBelow, evidence, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withOrphan(double weight, double below) {
        return new AlignParams(lexical, length, sigma, skip, prior12, prior22, prior13, prior14, maxSide, weight, below, evidence, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withPriors(double p12, double p22, double p13, double p14) {
        return new AlignParams(lexical, length, sigma, skip, p12, p22, p13, p14, maxSide, orphan, orphanBelow, evidence, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withPunctuation(double w) {
        return new AlignParams(lexical, length, sigma, skip, prior12, prior22, prior13, prior14, maxSide, orphan, orphanBelow, evidence, w, exclusive, exclusiveShare, exclusiveMargin);
    }

    public AlignParams withExclusive(double weight, double share, double margin) {
        return new AlignParams(lexical, length, sigma, skip, prior12, prior22, prior13, prior14, maxSide, orphan, orphanBelow, evidence, punctuation, weight, share, margin);
    }

    public AlignParams withEvidence(double e) {
        return new AlignParams(lexical, length, sigma, skip, prior12, prior22, prior13, prior14, maxSide, orphan, orphanBelow, e, punctuation, exclusive, exclusiveShare, exclusiveMargin);
    }
}
