package org.triglot.model;

import java.util.List;

/**
 * One row of the aligned table of two or more versions: for each version the unit ids it contributes (possibly
 * none), the confidence of the row, and whether the pairwise alignments disagreed about it.
 */
public record AlignedRow(List<List<Integer>> cells, double confidence, boolean uncertain) {
    public AlignedRow {
        cells = cells.stream().map(List::copyOf).toList();
    }
}
