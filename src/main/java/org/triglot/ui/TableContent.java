package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the aligned view shows, worked out once per comparison (off the window's thread): for every row and version
 * the cell's text with the flagged words as marks (offsets into the cell text), the same cell cut into its sentences
 * with link numbers for expanded rows, and the row's flags and divergence. Swing-free, so it is tested directly.
 */
final class TableContent {
    /** A flagged stretch of a cell's text. {@code flag} indexes {@link Comparison#flags()}. */
    record Mark(int start, int end, Flag.Kind kind, int flag) {
    }

    /**
     * One cell: its text (empty when the version has nothing in this row), marks, and where its pieces of document
     * text sit ({docStart, cellStart, length} each), so a click in the cell finds its place in the document.
     */
    record Cell(String text, List<Mark> marks, List<int[]> pieces) {
        Cell {
            marks = List.copyOf(marks);
            pieces = List.copyOf(pieces);
        }

        Cell(String text, List<Mark> marks) {
            this(text, marks, List.of());
        }

        boolean empty() {
            return text.isEmpty();
        }

        /** The document offset shown at this cell offset, or -1 in a separator or a link label. */
        int docOffset(int cellOffset) {
            for (int[] p : pieces) {
                if (cellOffset >= p[1] && cellOffset < p[1] + p[2]) {
                    return p[0] + cellOffset - p[1];
                }
            }
            return -1;
        }
    }

    /** One row: collapsed and expanded cells per version, its flags (indexes) and summary for the overview strip. */
    record Row(List<Cell> cells, List<Cell> expanded, List<Integer> flags, Flag.Severity worst, Set<Flag.Kind> kinds,
               double divergence, boolean uncertain, boolean reviewed) {
        Row {
            cells = List.copyOf(cells);
            expanded = List.copyOf(expanded);
            flags = List.copyOf(flags);
            // Enum order, so the first kind (omission before entity before …) is the one a row is coloured by.
            kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        }

        /** The row differs when a version has nothing here or a flag at or above the minimum severity is on it. */
        boolean differs(List<Flag> all, Flag.Severity min) {
            if (cells.stream().anyMatch(Cell::empty)) {
                return true;
            }
            return flags.stream().anyMatch(i -> all.get(i).severity().compareTo(min) >= 0);
        }
    }

    private final Analysis analysis;
    private final List<Row> rows;
    private final Flag.Severity minSeverity;

    private TableContent(Analysis analysis, List<Row> rows, Flag.Severity minSeverity) {
        this.analysis = analysis;
        this.rows = List.copyOf(rows);
        this.minSeverity = minSeverity;
    }

    Analysis analysis() {
        return analysis;
    }

    Comparison comparison() {
        return analysis.comparison();
    }

    List<Row> rows() {
        return rows;
    }

    Flag.Severity minSeverity() {
        return minSeverity;
    }

    static TableContent empty() {
        Comparison c = new Comparison(List.of(), List.of(), "paragraphs", List.of(), List.of(), List.of());
        return new TableContent(new Analysis(c, List.of(), List.of()), List.of(), Flag.Severity.MINOR);
    }

    /** Builds the content; flags below {@code minSeverity} are listed but not marked in the text. */
    static TableContent of(Analysis analysis, Flag.Severity minSeverity) {
        Comparison c = analysis.comparison();
        int n = c.versions().size();
        Map<Integer, List<Integer>> flagsOfRow = new HashMap<>();
        for (int i = 0; i < c.flags().size(); i++) {
            flagsOfRow.computeIfAbsent(c.flags().get(i).row(), k -> new ArrayList<>()).add(i);
        }
        List<Map<Integer, Sentence>> sentenceById = new ArrayList<>();
        for (Document d : c.versions()) {
            Map<Integer, Sentence> m = new HashMap<>();
            d.sentences().forEach(s -> m.put(s.index(), s));
            sentenceById.add(m);
        }
        List<Map<Integer, List<Integer>>> linksToFirst = linksToFirst(analysis, n);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < c.rows().size(); r++) {
            AlignedRow row = c.rows().get(r);
            List<Integer> rowFlags = flagsOfRow.getOrDefault(r, List.of());
            List<Cell> cells = new ArrayList<>();
            List<Cell> expanded = new ArrayList<>();
            // Link numbers: the first version's sentences in this row are numbered 1, 2, …; the others show the numbers of
            // the first version's sentences they are linked with.
            Map<Integer, Integer> numberOfFirst = new HashMap<>();
            for (int v = 0; v < n; v++) {
                Document d = c.versions().get(v);
                List<Span> marksFrom = new ArrayList<>();
                List<Flag.Kind> kindOf = new ArrayList<>();
                List<Integer> flagOf = new ArrayList<>();
                for (int fi : rowFlags) {
                    Flag f = c.flags().get(fi);
                    if (f.severity().compareTo(minSeverity) < 0) {
                        continue;
                    }
                    List<Span> spans = f.versionA() == v ? f.spansA() : f.versionB() == v ? f.spansB() : List.of();
                    for (Span s : spans) {
                        marksFrom.add(s);
                        kindOf.add(f.kind());
                        flagOf.add(fi);
                    }
                }
                CellBuilder collapsed = new CellBuilder(d);
                CellBuilder detail = new CellBuilder(d);
                List<Integer> units = row.cells().get(v);
                if ("sentences".equals(c.units())) {
                    for (int id : units) {
                        Sentence s = sentenceById.get(v).get(id);
                        collapsed.piece(s.span().start(), s.text(), " ");
                    }
                } else {
                    for (int id : units) {
                        Paragraph p = d.paragraphs().get(id);
                        collapsed.piece(p.span().start(), p.text(), "\n\n");
                    }
                }
                for (int id : units) {
                    List<Sentence> ss = "sentences".equals(c.units()) ? List.of(sentenceById.get(v).get(id)) : d.paragraphs().get(id).sentences();
                    for (Sentence s : ss) {
                        String label;
                        if (v == 0) {
                            numberOfFirst.put(s.index(), numberOfFirst.size() + 1);
                            label = Integer.toString(numberOfFirst.size());
                        } else {
                            List<Integer> firsts = linksToFirst.get(v).getOrDefault(s.index(), List.of());
                            List<String> nums = new ArrayList<>();
                            for (int x : firsts) {
                                Integer k = numberOfFirst.get(x);
                                if (k != null) {
                                    nums.add(k.toString());
                                }
                            }
                            label = nums.isEmpty() ? "∅" : String.join("+", nums);
                        }
                        detail.label("‹" + label + "› ");
                        detail.piece(s.span().start(), s.text(), "\n");
                    }
                }
                cells.add(collapsed.build(marksFrom, kindOf, flagOf));
                expanded.add(detail.build(marksFrom, kindOf, flagOf));
            }
            Flag.Severity worst = null;
            Set<Flag.Kind> kinds = EnumSet.noneOf(Flag.Kind.class);
            for (int fi : rowFlags) {
                Flag f = c.flags().get(fi);
                if (f.severity().compareTo(minSeverity) >= 0) {
                    kinds.add(f.kind());
                    worst = worst == null || f.severity().compareTo(worst) > 0 ? f.severity() : worst;
                }
            }
            double div = r < analysis.divergence().size() ? analysis.divergence().get(r) : 0;
            boolean reviewed = r < c.reviewed().size() && c.reviewed().get(r);
            rows.add(new Row(cells, expanded, rowFlags, worst, kinds, div, row.uncertain(), reviewed));
        }
        return new TableContent(analysis, rows, minSeverity);
    }

    /** For each version v > 0: sentence id of v → the first version's sentence ids it is linked with. */
    private static List<Map<Integer, List<Integer>>> linksToFirst(Analysis a, int n) {
        List<Map<Integer, List<Integer>>> out = new ArrayList<>();
        out.add(Map.of());
        for (int v = 1; v < n; v++) {
            Map<Integer, List<Integer>> m = new TreeMap<>();
            for (Bead b : a.links(0, v)) {
                for (int y : b.b()) {
                    m.computeIfAbsent(y, k -> new ArrayList<>()).addAll(b.a());
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Joins pieces of a document's text into a cell and maps document spans onto it. */
    private static final class CellBuilder {
        private final Document doc;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> pieces = new ArrayList<>(); // {docStart, cellStart, length}
        private String pendingSeparator = "";

        CellBuilder(Document doc) {
            this.doc = doc;
        }

        void label(String s) {
            text.append(pendingSeparator).append(s);
            pendingSeparator = "";
        }

        void piece(int spanStart, String s, String separator) {
            text.append(pendingSeparator);
            pendingSeparator = separator;
            // A unit's text is normally the document text at its span; where the importer normalised it, look for it.
            int docStart = doc.text().startsWith(s, spanStart) ? spanStart : doc.text().indexOf(s, Math.max(0, spanStart - 2));
            pieces.add(new int[]{docStart < 0 ? spanStart : docStart, text.length(), s.length()});
            text.append(s);
        }

        Cell build(List<Span> spans, List<Flag.Kind> kinds, List<Integer> flags) {
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                for (int[] p : pieces) {
                    int from = Math.max(s.start(), p[0]);
                    int to = Math.min(s.end(), p[0] + p[2]);
                    if (from < to) {
                        marks.add(new Mark(p[1] + from - p[0], p[1] + to - p[0], kinds.get(i), flags.get(i)));
                    }
                }
            }
            marks.sort((x, y) -> Integer.compare(x.start(), y.start()));
            return new Cell(text.toString(), marks, pieces);
        }
    }
}
