package org.triglot.lexicon;

import org.triglot.model.Lang;

import java.util.List;

/**
 * Every unit of text A scored against every unit of text B, with the full evidence for each A unit's best
 * B candidates: what the {@code match} command prints to show why the aligner sees what it sees.
 */
public record MatchReport(Lang langA, Lang langB, List<String> textsA, List<String> textsB, double[][] scores, List<Row> rows) {
    public MatchReport {
        textsA = List.copyOf(textsA);
        textsB = List.copyOf(textsB);
        scores = copy(scores);
        rows = List.copyOf(rows);
    }

    /** A copy of the score matrix: rows are A units, columns B units. */
    @Override
    public double[][] scores() {
        return copy(scores);
    }

    public double score(int a, int b) {
        return scores[a][b];
    }

    /** The best B candidates of one A unit, best first (only candidates with some evidence). */
    public record Row(int a, List<Candidate> best) {
        public Row {
            best = List.copyOf(best);
        }
    }

    /** One B unit as a candidate for an A unit, with the similarity and its evidence. */
    public record Candidate(int b, SimilarityResult result) {
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
