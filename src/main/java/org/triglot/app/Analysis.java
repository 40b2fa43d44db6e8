package org.triglot.app;

import org.triglot.model.Bead;
import org.triglot.model.Comparison;

import java.util.List;

/**
 * A comparison with what the window shows beside it: a divergence score per row (0 the versions say the same,
 * 1 nothing in common or a version has nothing there) and, for each pair of versions compared, the sentence links
 * inside the rows (document-wide sentence ids), which the window shows when a row is expanded.
 */
public record Analysis(Comparison comparison, List<Double> divergence, List<PairLinks> sentenceLinks) {
    public Analysis {
        divergence = List.copyOf(divergence);
        sentenceLinks = List.copyOf(sentenceLinks);
    }

    /** The sentence beads between versions {@code a} and {@code b} of the comparison. */
    public record PairLinks(int a, int b, List<Bead> sentences) {
        public PairLinks {
            sentences = List.copyOf(sentences);
        }
    }

    /** The sentence links of versions {@code a} and {@code b}, in either order as stored, or an empty list. */
    public List<Bead> links(int a, int b) {
        for (PairLinks p : sentenceLinks) {
            if (p.a() == a && p.b() == b) {
                return p.sentences();
            }
        }
        return List.of();
    }
}
