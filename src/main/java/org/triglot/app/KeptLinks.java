package org.triglot.app;

import org.triglot.align.DocumentAligner;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence links of a previous analysis carried over to a hand-corrected comparison. The sentences of a row are
 * aligned inside that row alone ({@link DocumentAligner#sentences}): the links of a row depend only on the texts of
 * its two cells' sentences, the two languages and the row's confidence. A row of the corrected comparison whose
 * counterpart in the previous one has all of these unchanged keeps its links, with the sentence ids renumbered (a
 * paragraph cut in two or a text edited in a paragraph comparison moves the ids after it); every other row is aligned
 * again. So the links are those a full analysis would make, however wrong the guess of which rows correspond.
 *
 * <p>Rows correspond by position: the first {@code same} rows, and the last {@code sameAtEnd} rows counted from the
 * end of each comparison (an edit that merges or splits rows shifts the ones after it).
 */
final class KeptLinks {
    private final Analysis previous;
    private final Comparison before;
    private final Comparison after;
    private final int same;
    private final int sameAtEnd;

    private KeptLinks(Analysis previous, Comparison after, int same, int sameAtEnd) {
        this.previous = previous;
        this.before = previous.comparison();
        this.after = after;
        this.same = same;
        this.sameAtEnd = sameAtEnd;
    }

    /**
     * Links kept outside rows {@code firstRow}..{@code lastRow} of {@code after} (the rows an edit touched), or null
     * when the previous analysis cannot serve: other versions or other languages.
     */
    static KeptLinks around(Analysis previous, Comparison after, int firstRow, int lastRow) {
        if (!comparable(previous.comparison(), after)) {
            return null;
        }
        int first = Math.max(0, Math.min(firstRow, after.rows().size()));
        int atEnd = Math.max(0, after.rows().size() - 1 - Math.max(lastRow, first - 1));
        atEnd = Math.min(atEnd, Math.max(0, previous.comparison().rows().size() - first));
        return new KeptLinks(previous, after, Math.min(first, previous.comparison().rows().size()), atEnd);
    }

    /**
     * Links kept where the rows did not change, found by comparing the two comparisons' rows from the start and from
     * the end (for undo and redo, which do not say what they touched); null as for {@link #around}.
     */
    static KeptLinks unchanged(Analysis previous, Comparison after) {
        Comparison before = previous.comparison();
        if (!comparable(before, after)) {
            return null;
        }
        int n = Math.min(before.rows().size(), after.rows().size());
        int same = 0;
        while (same < n && sameRow(before, same, after, same)) {
            same++;
        }
        int atEnd = 0;
        while (atEnd < n - same && sameRow(before, before.rows().size() - 1 - atEnd, after, after.rows().size() - 1 - atEnd)) {
            atEnd++;
        }
        return new KeptLinks(previous, after, same, atEnd);
    }

    private static boolean comparable(Comparison before, Comparison after) {
        if (before.versions().size() != after.versions().size()) {
            return false;
        }
        for (int v = 0; v < before.versions().size(); v++) {
            if (before.versions().get(v).lang() != after.versions().get(v).lang()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRow(Comparison x, int rx, Comparison y, int ry) {
        if (Double.compare(x.rows().get(rx).confidence(), y.rows().get(ry).confidence()) != 0) {
            return false;
        }
        for (int v = 0; v < x.versions().size(); v++) {
            if (!texts(x, rx, v).equals(texts(y, ry, v))) {
                return false;
            }
        }
        return true;
    }

    /** The row of the previous comparison that row {@code r} of the corrected one corresponds to, or -1. */
    int previousRow(int r) {
        if (r < same) {
            return r;
        }
        int fromEnd = after.rows().size() - 1 - r;
        return fromEnd < sameAtEnd ? before.rows().size() - 1 - fromEnd : -1;
    }

    /**
     * The sentence links of versions {@code i} and {@code j} along the projected rows of the corrected comparison:
     * kept where a row's sentences are unchanged, aligned again by {@code aligner} elsewhere.
     */
    List<Bead> sentences(int i, int j, ComparisonBuilder.Projection p, Document a, Document b, DocumentAligner aligner) {
        Map<Integer, List<Bead>> old = linksByRow(i, j);
        List<Bead> out = new ArrayList<>();
        for (int k = 0; k < p.beads().size(); k++) {
            int r = p.tableRow()[k];
            List<Bead> kept = kept(old, previousRow(r), r, i, j);
            out.addAll(kept != null ? kept : aligner.sentences(a, b, List.of(p.beads().get(k))));
        }
        return out;
    }

    /** How many of the corrected comparison's rows keep their sentence links for versions i and j (for tests and figures). */
    int keptRows(int i, int j) {
        Map<Integer, List<Bead>> old = linksByRow(i, j);
        int n = 0;
        for (int r = 0; r < after.rows().size(); r++) {
            n += kept(old, previousRow(r), r, i, j) != null ? 1 : 0;
        }
        return n;
    }

    /** The previous links of row r0, renumbered for row r, or null when they cannot be kept. */
    private List<Bead> kept(Map<Integer, List<Bead>> old, int r0, int r, int i, int j) {
        if (r0 < 0 || Double.compare(before.rows().get(r0).confidence(), after.rows().get(r).confidence()) != 0) {
            return null;
        }
        List<Sentence> oldA = sentences(before, r0, i);
        List<Sentence> oldB = sentences(before, r0, j);
        List<Sentence> newA = sentences(after, r, i);
        List<Sentence> newB = sentences(after, r, j);
        if (!sameTexts(oldA, newA) || !sameTexts(oldB, newB)) {
            return null;
        }
        List<Bead> beads = old.get(r0);
        if (beads == null) {
            return oldA.isEmpty() && oldB.isEmpty() ? List.of() : null;
        }
        Map<Integer, Integer> idA = renumbering(oldA, newA);
        Map<Integer, Integer> idB = renumbering(oldB, newB);
        List<Bead> out = new ArrayList<>(beads.size());
        for (Bead x : beads) {
            out.add(new Bead(x.a().stream().map(idA::get).toList(), x.b().stream().map(idB::get).toList(), x.similarity(),
                    x.confidence()));
        }
        return out;
    }

    /** The previous links of versions i and j grouped by the previous row their sentences are in. */
    private Map<Integer, List<Bead>> linksByRow(int i, int j) {
        int[] rowOfA = rowOfSentence(before, i);
        int[] rowOfB = rowOfSentence(before, j);
        Map<Integer, List<Bead>> out = new HashMap<>();
        for (Bead x : previous.links(i, j)) {
            int row = !x.a().isEmpty() ? rowOfA[x.a().get(0)] : rowOfB[x.b().get(0)];
            out.computeIfAbsent(row, k -> new ArrayList<>()).add(x);
        }
        return out;
    }

    /** For each sentence id of version v, the row whose cell holds its paragraph (-1 for none). */
    private static int[] rowOfSentence(Comparison c, int v) {
        Document d = c.versions().get(v);
        int[] rowOfParagraph = new int[d.paragraphs().size()];
        java.util.Arrays.fill(rowOfParagraph, -1);
        for (int r = 0; r < c.rows().size(); r++) {
            for (int p : c.rows().get(r).cells().get(v)) {
                rowOfParagraph[p] = r;
            }
        }
        int count = 0;
        for (Paragraph p : d.paragraphs()) {
            for (Sentence s : p.sentences()) {
                count = Math.max(count, s.index() + 1);
            }
        }
        int[] out = new int[count];
        java.util.Arrays.fill(out, -1);
        for (Paragraph p : d.paragraphs()) {
            for (Sentence s : p.sentences()) {
                out[s.index()] = rowOfParagraph[p.index()];
            }
        }
        return out;
    }

    private static Map<Integer, Integer> renumbering(List<Sentence> old, List<Sentence> now) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int q = 0; q < old.size(); q++) {
            m.put(old.get(q).index(), now.get(q).index());
        }
        return m;
    }

    private static boolean sameTexts(List<Sentence> x, List<Sentence> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int q = 0; q < x.size(); q++) {
            if (!x.get(q).text().equals(y.get(q).text())) {
                return false;
            }
        }
        return true;
    }

    /** The sentences of version v in row r, as the sentence aligner takes them (cell ids are paragraph ids). */
    private static List<Sentence> sentences(Comparison c, int r, int v) {
        AlignedRow row = c.rows().get(r);
        Document d = c.versions().get(v);
        List<Sentence> out = new ArrayList<>();
        for (int p : row.cells().get(v)) {
            out.addAll(d.paragraphs().get(p).sentences());
        }
        return out;
    }

    private static List<String> texts(Comparison c, int r, int v) {
        return sentences(c, r, v).stream().map(Sentence::text).toList();
    }
}
