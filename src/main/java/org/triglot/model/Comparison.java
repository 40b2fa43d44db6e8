package org.triglot.model;

import java.util.List;

/**
 * Everything the user compares and exports: the versions (with a label each, e.g. "Chinese MFA"), the unit of
 * alignment ("paragraphs" or "sentences"), the aligned rows whose ids point into each version's paragraphs or
 * sentences, the flags, and which rows the user has reviewed.
 */
public record Comparison(List<Document> versions, List<String> labels, String units, List<AlignedRow> rows,
                         List<Flag> flags, List<Boolean> reviewed) {
    public Comparison {
        versions = List.copyOf(versions);
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
        flags = List.copyOf(flags);
        reviewed = List.copyOf(reviewed);
    }
}
