package org.triglot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns a 1:1 line-aligned document pair into an alignment test: with a fixed seed, drops about 5% of the
 * sentences of side B and merges about 10% of adjacent pairs (half on each side) into one unit, and records the
 * resulting gold beads.
 */
public final class Perturbation {
    /** The perturbed unit texts of both sides and the gold beads between them. */
    public record Case(List<String> a, List<String> b, List<List<List<Integer>>> gold) {
    }

    private Perturbation() {
    }

    public static Case perturb(List<String> a, List<String> b, long seed, String joinA, String joinB) {
        Random rnd = new Random(seed);
        List<String> outA = new ArrayList<>();
        List<String> outB = new ArrayList<>();
        List<List<List<Integer>>> gold = new ArrayList<>();
        int i = 0;
        while (i < a.size()) {
            double r = rnd.nextDouble();
            if (r < 0.05) {
                // B lost this sentence: A's unit has no counterpart.
                gold.add(List.of(List.of(outA.size()), List.of()));
                outA.add(a.get(i));
                i++;
            } else if (r < 0.10 && i + 1 < a.size()) {
                // Two B sentences merged into one unit: a 2:1 bead.
                gold.add(List.of(List.of(outA.size(), outA.size() + 1), List.of(outB.size())));
                outA.add(a.get(i));
                outA.add(a.get(i + 1));
                outB.add(b.get(i) + joinB + b.get(i + 1));
                i += 2;
            } else if (r < 0.15 && i + 1 < a.size()) {
                gold.add(List.of(List.of(outA.size()), List.of(outB.size(), outB.size() + 1)));
                outA.add(a.get(i) + joinA + a.get(i + 1));
                outB.add(b.get(i));
                outB.add(b.get(i + 1));
                i += 2;
            } else {
                gold.add(List.of(List.of(outA.size()), List.of(outB.size())));
                outA.add(a.get(i));
                outB.add(b.get(i));
                i++;
            }
        }
        return new Case(outA, outB, gold);
    }
}
