package org.triglot.edit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property-style: long seeded random runs of edits, undos and redos keep the comparison sound after every step, a
 * refused edit changes nothing, undo walks back through exactly the states seen, and undoing everything gives the start.
 */
class RandomEditsTest {
    private static final List<String> ZH = List.of("中方支持政治解决。", "双方签署了合作文件🤝。", "会谈坦诚、务实。");
    private static final List<String> RU = List.of("Стороны подписали документы.", "Переговоры были «конструктивными».", "Визит продлится два дня.");
    private static final List<String> EN = List.of("The sides signed documents.", "Talks were \"constructive\" & frank.", "A two-day visit.");

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void randomEditsKeepTheComparisonSoundAndUndoAllTheWayBack(long seed) {
        Random rnd = new Random(seed);
        for (Comparison start : List.of(EditFixture.sentences(), EditFixture.paragraphs())) {
            EditHistory h = new EditHistory(start, 10_000);
            List<Comparison> path = new ArrayList<>(List.of(start)); // states from the start to the current one
            List<Comparison> redo = new ArrayList<>();
            int applied = 0;
            for (int step = 0; step < 1500; step++) {
                int roll = rnd.nextInt(10);
                if (roll == 0 && h.canUndo()) {
                    redo.add(path.remove(path.size() - 1));
                    assertThat(h.undo()).isSameAs(path.get(path.size() - 1));
                } else if (roll == 1 && h.canRedo()) {
                    assertThat(h.redo()).isSameAs(redo.get(redo.size() - 1));
                    path.add(redo.remove(redo.size() - 1));
                } else {
                    Comparison before = h.current();
                    Edit e = randomEdit(rnd, before);
                    EditResult r;
                    try {
                        r = h.apply(e);
                    } catch (IllegalArgumentException refused) {
                        assertThat(refused.getMessage()).endsWith(".");
                        assertThat(h.current()).isSameAs(before);
                        continue;
                    }
                    applied++;
                    assertThat(ComparisonCheck.problems(r.after())).as("after %s", e).isEmpty();
                    if (r.recompare()) {
                        for (Flag f : r.after().flags()) {
                            assertThat(f.row() < r.firstRow() || f.row() > r.lastRow()).as("flag on a touched row after %s", e).isTrue();
                        }
                        for (int row = r.firstRow(); row <= r.lastRow(); row++) {
                            assertThat(r.after().reviewed().get(row)).isFalse();
                        }
                    }
                    path.add(r.after());
                    redo.clear();
                    if (rnd.nextInt(20) == 0) {
                        // A re-compare puts fresh flags on the touched rows.
                        Comparison fresh = withTouchedFlags(r);
                        h.replaceCurrent(fresh);
                        path.set(path.size() - 1, fresh);
                    }
                }
            }
            assertThat(applied).isGreaterThan(300);
            while (h.canUndo()) {
                h.undo();
            }
            assertThat(h.current()).isEqualTo(start);
            assertThat(h.isDirty()).isFalse();
        }
    }

    private static Comparison withTouchedFlags(EditResult r) {
        Comparison c = r.after();
        List<Flag> flags = new ArrayList<>(c.flags());
        flags.add(new Flag(Flag.Kind.LENGTH, Flag.Severity.INFO, r.firstRow(), 0, 1, "both", List.of(), List.of(), "", "",
                "Fresh flag."));
        return new Comparison(c.versions(), c.labels(), c.units(), c.rows(), flags, c.reviewed());
    }

    private static Edit randomEdit(Random rnd, Comparison c) {
        int rows = c.rows().size();
        int row = rnd.nextInt(rows + 1) - (rnd.nextInt(8) == 0 ? 1 : 0); // now and then one off either end
        int safeRow = Math.floorMod(row, rows);
        int version = rnd.nextInt(c.versions().size());
        switch (rnd.nextInt(8)) {
            case 0:
                return new MergeRows(row);
            case 1: {
                List<Integer> keep = new ArrayList<>();
                for (List<Integer> cell : c.rows().get(safeRow).cells()) {
                    keep.add(rnd.nextInt(cell.size() + 1));
                }
                return new SplitRow(row, keep);
            }
            case 2: {
                List<Integer> cell = c.rows().get(safeRow).cells().get(version);
                return cell.isEmpty() ? new MergeRows(row) : SplitRow.before(c, safeRow, version, cell.get(rnd.nextInt(cell.size())));
            }
            case 3:
            case 4:
                return new MoveUnit(row, version, rnd.nextBoolean() ? MoveUnit.Direction.UP : MoveUnit.Direction.DOWN);
            case 5:
                return new NoCounterpart(row, version);
            case 6:
                return new MarkReviewed(List.of(safeRow, rnd.nextInt(rows)), rnd.nextBoolean());
            default:
                return textEdit(rnd, c, version);
        }
    }

    private static Edit textEdit(Random rnd, Comparison c, int version) {
        Document d = c.versions().get(version);
        List<String> pool = version == 0 ? ZH : version == 1 ? RU : EN;
        String a = pool.get(rnd.nextInt(pool.size()));
        if ("sentences".equals(c.units())) {
            return EditText.sentence(version, rnd.nextInt(d.sentences().size()), a);
        }
        String b = pool.get(rnd.nextInt(pool.size()));
        boolean two = rnd.nextBoolean();
        String text = two ? a + (version == 0 ? "" : " ") + b : a;
        int paragraph = rnd.nextInt(d.paragraphs().size());
        if (text.equals(d.paragraphs().get(paragraph).text())) {
            text = text + (version == 0 ? "。" : ".");
        }
        List<String> sentences = two ? List.of(a, b) : List.of(text);
        if (!text.startsWith(sentences.get(0))) {
            fail("bad fixture");
        }
        return new EditText(version, paragraph, text, sentences);
    }
}
