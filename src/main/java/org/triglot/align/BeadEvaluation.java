package org.triglot.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of predicted beads against gold beads, as in the published
 * evaluations: strict counts a bead only when the gold has exactly that bead; lax when it overlaps a gold bead
 * on both sides. Beads with an empty side are left out of both.
 */
public final class BeadEvaluation {
    /** Counts that add up over several documents (micro average). */
    public record Counts(int predicted, int gold, int strictPredictedRight, int strictGoldFound, int laxPredictedRight, int laxGoldFound) {
        public Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, gold + o.gold, strictPredictedRight + o.strictPredictedRight,
                    strictGoldFound + o.strictGoldFound, laxPredictedRight + o.laxPredictedRight, laxGoldFound + o.laxGoldFound);
        }

        public double strictPrecision() {
            return ratio(strictPredictedRight, predicted);
        }

        public double strictRecall() {
            return ratio(strictGoldFound, gold);
        }

        public double strictF1() {
            return f1(strictPrecision(), strictRecall());
        }

        public double laxPrecision() {
            return ratio(laxPredictedRight, predicted);
        }

        public double laxRecall() {
            return ratio(laxGoldFound, gold);
        }

        public double laxF1() {
            return f1(laxPrecision(), laxRecall());
        }

        public static Counts zero() {
            return new Counts(0, 0, 0, 0, 0, 0);
        }
    }

    private BeadEvaluation() {
    }

    /** Beads as pairs of id lists (side 0 and side 1). */
    public static Counts evaluate(List<List<List<Integer>>> gold, List<List<List<Integer>>> predicted) {
        List<List<List<Integer>>> g = nonEmpty(gold);
        List<List<List<Integer>>> p = nonEmpty(predicted);
        Set<String> goldKeys = new HashSet<>();
        g.forEach(b -> goldKeys.add(b.get(0) + ":" + b.get(1)));
        Set<String> predKeys = new HashSet<>();
        p.forEach(b -> predKeys.add(b.get(0) + ":" + b.get(1)));
        int strictP = (int) p.stream().filter(b -> goldKeys.contains(b.get(0) + ":" + b.get(1))).count();
        int strictG = (int) g.stream().filter(b -> predKeys.contains(b.get(0) + ":" + b.get(1))).count();
        int laxP = (int) p.stream().filter(b -> overlapsAny(b, g)).count();
        int laxG = (int) g.stream().filter(b -> overlapsAny(b, p)).count();
        return new Counts(p.size(), g.size(), strictP, strictG, laxP, laxG);
    }

    private static boolean overlapsAny(List<List<Integer>> bead, List<List<List<Integer>>> others) {
        for (List<List<Integer>> o : others) {
            if (intersects(bead.get(0), o.get(0)) && intersects(bead.get(1), o.get(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(List<Integer> x, List<Integer> y) {
        for (int v : x) {
            if (y.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static List<List<List<Integer>>> nonEmpty(List<List<List<Integer>>> beads) {
        List<List<List<Integer>>> out = new ArrayList<>();
        for (List<List<Integer>> b : beads) {
            if (!b.get(0).isEmpty() && !b.get(1).isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
