package org.triglot.edit;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks what every edit must keep true of a comparison: for each version every unit id is in exactly one row and
 * the ids go down the rows in order; no row is empty in every version; one review mark per row; flags point at rows,
 * versions and characters that exist; each document's paragraphs and sentences are numbered in order and their texts
 * are what their spans cut out of the document text.
 */
public final class ComparisonCheck {
    private static final int MAX_PROBLEMS = 20;

    private ComparisonCheck() {
    }

    /** The problems found, one sentence each (at most 20); empty when the comparison is sound. */
    public static List<String> problems(Comparison c) {
        List<String> out = new ArrayList<>();
        int versions = c.versions().size();
        if (c.labels().size() != versions) {
            out.add("There are " + c.labels().size() + " labels for " + versions + " versions.");
        }
        if (!"paragraphs".equals(c.units()) && !"sentences".equals(c.units())) {
            out.add("The units are '" + c.units() + "', not paragraphs or sentences.");
            return out;
        }
        if (c.reviewed().size() != c.rows().size()) {
            out.add("There are " + c.reviewed().size() + " review marks for " + c.rows().size() + " rows.");
        }
        for (int r = 0; r < c.rows().size(); r++) {
            AlignedRow row = c.rows().get(r);
            if (row.cells().size() != versions) {
                out.add("Row " + (r + 1) + " has " + row.cells().size() + " cells for " + versions + " versions.");
                return out;
            }
            if (RowEdits.empty(row.cells())) {
                out.add("Row " + (r + 1) + " is empty in every version.");
            }
        }
        for (int v = 0; v < versions; v++) {
            Document d = c.versions().get(v);
            checkDocument(d, v, out);
            int units = "sentences".equals(c.units()) ? d.sentences().size() : d.paragraphs().size();
            int expected = 0;
            for (int r = 0; r < c.rows().size() && out.size() < MAX_PROBLEMS; r++) {
                for (int id : c.rows().get(r).cells().get(v)) {
                    if (id != expected) {
                        out.add("Row " + (r + 1) + " holds " + c.units() + " " + id + " of version " + (v + 1)
                                + " where " + expected + " comes next (" + (id < expected ? "repeated or out of order" : "some are in no row") + ").");
                        expected = Math.max(expected, id + 1);
                    } else {
                        expected++;
                    }
                }
            }
            if (expected < units) {
                out.add("Version " + (v + 1) + " has " + units + " " + c.units() + ", but the rows stop at " + expected + ".");
            } else if (expected > units) {
                out.add("The rows point at " + c.units() + " " + (expected - 1) + " of version " + (v + 1) + ", which has " + units + ".");
            }
        }
        for (int i = 0; i < c.flags().size(); i++) {
            checkFlag(c, i, out);
        }
        return out.size() > MAX_PROBLEMS ? out.subList(0, MAX_PROBLEMS) : out;
    }

    /** @throws IllegalStateException listing the problems when there are any */
    public static Comparison require(Comparison c) {
        List<String> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The comparison is inconsistent: " + String.join(" ", problems));
        }
        return c;
    }

    private static void checkDocument(Document d, int v, List<String> out) {
        String where = "In version " + (v + 1) + ", ";
        int sentence = 0;
        int end = 0;
        for (int p = 0; p < d.paragraphs().size(); p++) {
            Paragraph para = d.paragraphs().get(p);
            if (para.index() != p) {
                out.add(where + "paragraph " + (p + 1) + " is numbered " + para.index() + ".");
            }
            if (!inside(para.span(), d.text()) || para.span().start() < end) {
                out.add(where + "paragraph " + (p + 1) + " has the span " + para.span() + " out of order or outside the text.");
                return;
            }
            if (!para.span().of(d.text()).equals(para.text())) {
                out.add(where + "the text of paragraph " + (p + 1) + " is not what its span holds.");
            }
            end = para.span().end();
            for (Sentence s : para.sentences()) {
                if (s.index() != sentence) {
                    out.add(where + "sentence " + (sentence + 1) + " is numbered " + s.index() + ".");
                }
                if (!para.span().contains(s.span())) {
                    out.add(where + "sentence " + (sentence + 1) + " is outside its paragraph.");
                } else if (!s.span().of(d.text()).equals(s.text())) {
                    out.add(where + "the text of sentence " + (sentence + 1) + " is not what its span holds.");
                }
                sentence++;
            }
        }
    }

    private static void checkFlag(Comparison c, int i, List<String> out) {
        Flag f = c.flags().get(i);
        int n = c.versions().size();
        if (f.row() < 0 || f.row() >= c.rows().size()) {
            out.add("Flag " + (i + 1) + " points at row " + (f.row() + 1) + ", which is not there.");
        }
        if (f.versionA() < 0 || f.versionA() >= n || f.versionB() < 0 || f.versionB() >= n) {
            out.add("Flag " + (i + 1) + " points at a version that is not there.");
            return;
        }
        String a = c.versions().get(f.versionA()).text();
        String b = c.versions().get(f.versionB()).text();
        if (!f.spansA().stream().allMatch(s -> inside(s, a)) || !f.spansB().stream().allMatch(s -> inside(s, b))) {
            out.add("Flag " + (i + 1) + " has a span outside its version's text.");
        }
    }

    private static boolean inside(Span s, String text) {
        return s.end() <= text.length();
    }
}
