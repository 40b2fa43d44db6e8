package org.triglot.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.edit.Edit;
import org.triglot.edit.EditHistory;
import org.triglot.edit.EditResult;
import org.triglot.edit.EditText;
import org.triglot.edit.MergeRows;
import org.triglot.edit.MoveUnit;
import org.triglot.edit.NoCounterpart;
import org.triglot.edit.SplitAtSentence;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing again after a hand edit, keeping what the edit did not touch, gives exactly the analysis a full compare of
 * the edited comparison gives: the same flags in the same order, the same divergence, the same sentence links. The
 * fixture is the bundled Rio readout (Chinese, Russian MFA English, China Daily: three versions, two of them English).
 */
class IncrementalAnalysisTest {
    private static final Workbench WB = new Workbench();
    private static Analysis start;

    @BeforeAll
    static void alignTheSample() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (Path f : SampleCorpus.extract()) {
            docs.add(WB.importFile(f));
        }
        Comparison c = WB.alignVersions(docs, SampleCorpus.LABELS, Progress.NONE, () -> false);
        start = WB.analyse(c, Progress.NONE, () -> false);
    }

    @Test
    void everyKindOfEditComparedAgainIncrementallyEqualsAFullAnalysis() {
        EditHistory h = new EditHistory(start.comparison());
        Analysis now = start;
        List<Analysis> analyses = new ArrayList<>(List.of(start));
        List<Edit> edits = new ArrayList<>();

        edits.add(new MergeRows(rowWithAll(h.current(), 2)));
        now = editAndCheck(h, now, edits.get(edits.size() - 1), "merge");
        analyses.add(now);

        int[] cut = sentenceInsideAParagraph(h.current(), 0);
        edits.add(new SplitAtSentence(cut[0], 0, cut[1]));
        now = editAndCheck(h, now, edits.get(edits.size() - 1), "split at a sentence");
        analyses.add(now);

        edits.add(new NoCounterpart(rowWithAll(h.current(), 5), 1));
        now = editAndCheck(h, now, edits.get(edits.size() - 1), "no counterpart");
        analyses.add(now);

        edits.add(new MoveUnit(rowWithAll(h.current(), 8), 2, MoveUnit.Direction.UP));
        now = editAndCheck(h, now, edits.get(edits.size() - 1), "move up");
        analyses.add(now);

        edits.add(new MoveUnit(rowWithAll(h.current(), 12), 0, MoveUnit.Direction.DOWN));
        now = editAndCheck(h, now, edits.get(edits.size() - 1), "move down");
        analyses.add(now);

        // A paragraph of the Russian MFA's English text gets a sentence more: its sentence ids and every later one shift.
        int row = rowWithAll(h.current(), 4);
        int para = h.current().rows().get(row).cells().get(1).get(0);
        Paragraph p = h.current().versions().get(1).paragraphs().get(para);
        String added = " The ministers also agreed on 42 new projects with Brazil.";
        List<String> sentences = new ArrayList<>(p.sentences().stream().map(s -> s.text()).toList());
        sentences.add(added.strip());
        now = editAndCheck(h, now, new EditText(1, para, p.text() + added, sentences), "text edit");
        analyses.add(now);

        // Undo, by rows found unchanged from either end (the undo does not say which rows it touched).
        for (int k = analyses.size() - 2; k >= 0; k--) {
            Comparison back = h.undo();
            Analysis again = WB.reanalyse(now, back, Progress.NONE, () -> false);
            assertThat(again).as("undo to state %d", k).isEqualTo(WB.analyse(back, Progress.NONE, () -> false));
            assertThat(again).isEqualTo(analyses.get(k));
            now = again;
        }
    }

    @Test
    void aMergeKeepsTheSentenceLinksOfEveryOtherRow() {
        Comparison before = start.comparison();
        int row = rowWithAll(before, 3);
        EditResult r = new MergeRows(row).apply(before);
        KeptLinks kept = KeptLinks.around(start, r.after(), r.firstRow(), r.lastRow());
        int rows = r.after().rows().size();
        for (int[] pair : new int[][]{{0, 1}, {0, 2}, {1, 2}}) {
            assertThat(kept.keptRows(pair[0], pair[1])).as("pair %d-%d", pair[0], pair[1]).isEqualTo(rows - 1);
        }
        assertThat(kept.previousRow(row)).isEqualTo(-1);
        assertThat(kept.previousRow(row + 1)).isEqualTo(row + 2);
    }

    @Test
    void aPreviousAnalysisOfOtherVersionsIsNotUsed() {
        Comparison c = start.comparison();
        Comparison two = WB.comparison(c.versions().subList(0, 2), c.labels().subList(0, 2), c.units(),
                c.rows().stream().map(x -> new AlignedRow(x.cells().subList(0, 2), x.confidence(), x.uncertain()))
                        .filter(x -> x.cells().stream().anyMatch(cell -> !cell.isEmpty())).toList());
        assertThat(KeptLinks.unchanged(start, two)).isNull();
        assertThat(WB.reanalyse(start, two, Progress.NONE, () -> false)).isEqualTo(WB.analyse(two, Progress.NONE, () -> false));
    }

    private static Analysis editAndCheck(EditHistory h, Analysis previous, Edit edit, String what) {
        EditResult r = h.apply(edit);
        Analysis incremental = WB.reanalyse(previous, r.after(), r.firstRow(), r.lastRow(), Progress.NONE, () -> false);
        Analysis full = WB.analyse(r.after(), Progress.NONE, () -> false);
        assertThat(incremental.comparison().flags()).as(what + ": flags").containsExactlyElementsOf(full.comparison().flags());
        assertThat(incremental.divergence()).as(what + ": divergence").isEqualTo(full.divergence());
        assertThat(incremental.sentenceLinks()).as(what + ": links").isEqualTo(full.sentenceLinks());
        assertThat(incremental).as(what).isEqualTo(full);
        // The edit really was compared again incrementally: most rows kept their links.
        KeptLinks kept = KeptLinks.around(previous, r.after(), r.firstRow(), r.lastRow());
        assertThat(kept.keptRows(0, 1)).as(what + ": rows kept").isGreaterThanOrEqualTo(r.after().rows().size() - 3);
        h.replaceCurrent(incremental.comparison());
        return new Analysis(h.current(), incremental.divergence(), incremental.sentenceLinks());
    }

    /** The first row at or after {@code from} where every version has a paragraph (wrapping round). */
    private static int rowWithAll(Comparison c, int from) {
        for (int k = 0; k < c.rows().size(); k++) {
            int r = (from + k) % c.rows().size();
            if (r < c.rows().size() - 1 && c.rows().get(r).cells().stream().noneMatch(List::isEmpty)) {
                return r;
            }
        }
        throw new AssertionError("no row with every version");
    }

    /** A row and a sentence of version v that is not the first of its paragraph. */
    private static int[] sentenceInsideAParagraph(Comparison c, int v) {
        Document d = c.versions().get(v);
        for (int r = 0; r < c.rows().size(); r++) {
            for (int id : c.rows().get(r).cells().get(v)) {
                Paragraph p = d.paragraphs().get(id);
                if (p.sentences().size() >= 2) {
                    return new int[]{r, p.sentences().get(1).index()};
                }
            }
        }
        throw new AssertionError("no paragraph of two sentences");
    }
}
