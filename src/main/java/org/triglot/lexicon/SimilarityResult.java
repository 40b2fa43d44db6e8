package org.triglot.lexicon;

import java.util.List;

/**
 * How alike two groups of units are (0–1) and why: the two-way IDF-weighted coverage, the matched word pairs,
 * and the content words of each side that found no counterpart (what the compare step reports as differences).
 */
public record SimilarityResult(double score, double coverageA, double coverageB, List<Evidence> matches,
                               List<Word> unmatchedA, List<Word> unmatchedB) {
    public SimilarityResult {
        matches = List.copyOf(matches);
        unmatchedA = List.copyOf(unmatchedA);
        unmatchedB = List.copyOf(unmatchedB);
    }
}
