package org.triglot.compare;

import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Paragraph;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the compare step found for two versions: the paragraph rows it compared, the flags (spans into each
 * document's text), a divergence score per row (0 same, 1 nothing in common) and a summary of the document.
 */
public record CompareResult(Document a, Document b, List<Bead> rows, List<Flag> flags, List<Double> divergence, Summary summary) {
    public CompareResult {
        rows = List.copyOf(rows);
        flags = List.copyOf(flags);
        divergence = List.copyOf(divergence);
    }

    /**
     * The document summary: the entities, terms and numbers only one version names (English labels), the paragraphs
     * of each version without counterpart, and the length-weighted mean divergence of the rows.
     */
    public record Summary(List<String> onlyA, List<String> onlyB, List<Integer> omittedA, List<Integer> omittedB, double divergence) {
        public Summary {
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
            omittedA = List.copyOf(omittedA);
            omittedB = List.copyOf(omittedB);
        }
    }

    /** The same result with the flags' version numbers set to {@code va} and {@code vb} (for one pair of three versions). */
    public CompareResult withVersions(int va, int vb) {
        List<Flag> renumbered = flags.stream().map(f -> f.withVersions(va, vb)).toList();
        return new CompareResult(a, b, rows, renumbered, divergence, summary);
    }

    /** The 0-based paragraph ids of version A a flag points at: those holding its spans, else its row's. */
    public List<Integer> paragraphsA(Flag f) {
        return paragraphs(a, f.spansA(), rows.get(f.row()).a());
    }

    public List<Integer> paragraphsB(Flag f) {
        return paragraphs(b, f.spansB(), rows.get(f.row()).b());
    }

    private static List<Integer> paragraphs(Document d, List<Span> spans, List<Integer> row) {
        if (spans.isEmpty()) {
            return row;
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (Span s : spans) {
            for (Paragraph p : d.paragraphs()) {
                if (p.span().overlaps(s) || p.span().contains(s)) {
                    out.add(p.index());
                }
            }
        }
        return out.isEmpty() ? row : new ArrayList<>(out);
    }
}
