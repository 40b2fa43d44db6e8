package org.triglot.edit;

import org.triglot.model.Comparison;

/**
 * What an {@link Edit} produced: the new comparison and the rows of it the edit touched, {@code firstRow} to
 * {@code lastRow} inclusive. When {@code recompare} is true the flags of those rows were removed and the caller
 * should compare them again; a review mark keeps its flags and says false.
 */
public record EditResult(Comparison after, int firstRow, int lastRow, boolean recompare) {
    public EditResult {
        if (firstRow < 0 || lastRow < firstRow || lastRow >= after.rows().size()) {
            throw new IllegalArgumentException("bad touched rows " + firstRow + ".." + lastRow + " of " + after.rows().size());
        }
    }
}
