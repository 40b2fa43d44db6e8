package org.triglot.export;

import java.util.List;

/**
 * One row read back from an export: the segment text per column (one column per exported version) and what the
 * format kept of the row's metadata.
 *
 * @param row        the 0-based row of the comparison it came from, or -1 when the file does not say
 * @param ids        unit ids per column (empty lists when the format does not keep them: TMX, XLIFF)
 * @param confidence the row's confidence, or NaN when the file does not say
 * @param flags      the kinds of the row's flags ("OMISSION"…); for XLIFF the notes' texts
 */
public record ExportedRow(int row, List<List<Integer>> ids, List<String> texts, double confidence, boolean uncertain,
                          List<String> flags, boolean reviewed) {
    public ExportedRow {
        ids = ids.stream().map(List::copyOf).toList();
        texts = List.copyOf(texts);
        flags = List.copyOf(flags);
    }
}
