package org.triglot.lexicon;

import org.triglot.model.Lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores every unit of one text against every unit of another with {@link Similarity} and collects the evidence
 * (matched pairs, unmatched words) for each row's top candidates.
 */
public final class MatchMatrix {
    private final Lexicon lexicon;

    public MatchMatrix(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The full matrix and, for each A unit, its {@code topK} best B units (score above zero) with evidence. */
    public MatchReport compare(List<String> textsA, Lang langA, List<String> textsB, Lang langB, int topK) {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, not " + topK);
        }
        UnitAnalyzer.Pair pair = new UnitAnalyzer(lexicon).analyse(textsA, langA, textsB, langB);
        List<Unit> a = pair.a();
        List<Unit> b = pair.b();
        double[][] scores = new double[a.size()][b.size()];
        List<MatchReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                scores[i][j] = Similarity.score(a.get(i), b.get(j));
            }
            double[] row = scores[i];
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < b.size(); j++) {
                if (row[j] > 0) {
                    order.add(j);
                }
            }
            // Ties go to the earlier unit, so that the output does not depend on sort stability.
            order.sort(Comparator.<Integer>comparingDouble(j -> -row[j]).thenComparingInt(j -> j));
            List<MatchReport.Candidate> best = new ArrayList<>();
            for (int j : order.subList(0, Math.min(topK, order.size()))) {
                best.add(new MatchReport.Candidate(j, Similarity.compare(a.get(i), b.get(j), pair.keys())));
            }
            rows.add(new MatchReport.Row(i, best));
        }
        return new MatchReport(langA, langB, textsA, textsB, scores, rows);
    }
}
