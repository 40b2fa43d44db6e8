package org.triglot.align;

/**
 * The confidence of a link in 0–1, from its similarity and how far its length ratio is from the document's.
 * A logistic curve whose constants were fitted on the gold sets so that "above 0.9" means right about nine
 * times in ten or better (the evaluation command reports the measured rate).
 */
final class Confidence {
    static final double SLOPE = 14;
    static final double MIDPOINT = 0.12;
    static final double LENGTH_PENALTY = 3;

    private Confidence() {
    }

    static double of(double similarity, double lengthDeviation, int na, int nb) {
        if (na == 0 || nb == 0) {
            // An empty cell is as sure as the absence of any candidate; the compare step weighs it separately.
            return 0.5;
        }
        double z = SLOPE * (similarity - MIDPOINT) - LENGTH_PENALTY * lengthDeviation * lengthDeviation;
        return 1 / (1 + Math.exp(-z));
    }
}
