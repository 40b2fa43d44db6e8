package org.triglot.export;

import org.triglot.model.Comparison;

import java.util.List;

/**
 * An export read back as a table: the columns (language tags for TMX and XLIFF, the version headers of TSV/CSV)
 * and the rows. A JSON project also gives back the whole {@link Comparison}; other formats leave it null.
 */
public record ExportedTable(ExportFormat format, List<String> columns, List<ExportedRow> rows, Comparison comparison) {
    public ExportedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The texts of one column, row by row. */
    public List<String> column(int c) {
        return rows.stream().map(r -> c < r.texts().size() ? r.texts().get(c) : "").toList();
    }
}
