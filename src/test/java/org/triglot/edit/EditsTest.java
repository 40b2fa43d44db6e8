package org.triglot.edit;

import org.junit.jupiter.api.Test;
import org.triglot.model.Comparison;
import org.triglot.model.Flag;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triglot.edit.EditFixture.column;

class EditsTest {
    private static final int ZH = 0;
    private static final int RU = 1;
    private static final int EN = 2;

    private final Comparison c = EditFixture.sentences();

    private static EditResult checked(Edit e, Comparison c) {
        EditResult r = e.apply(c);
        assertThat(ComparisonCheck.problems(r.after())).isEmpty();
        return r;
    }

    @Test
    void theFixturesAreSound() {
        assertThat(ComparisonCheck.problems(c)).isEmpty();
        assertThat(ComparisonCheck.problems(EditFixture.paragraphs())).isEmpty();
    }

    @Test
    void mergeJoinsEachVersionsUnitsOfTwoRows() {
        EditResult r = checked(new MergeRows(1), c);
        assertThat(column(r.after(), RU)).containsExactly("[0]", "[1, 2, 3]", "[4]");
        assertThat(column(r.after(), EN)).containsExactly("[0]", "[1]", "[2, 3]");
        assertThat(r.firstRow()).isEqualTo(1);
        assertThat(r.lastRow()).isEqualTo(1);
        assertThat(r.recompare()).isTrue();
    }

    @Test
    void mergingTheLastRowIsRefusedWithASentence() {
        assertThatThrownBy(() -> new MergeRows(3).apply(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 4 is the last row; there is no next row to merge with.");
        assertThatThrownBy(() -> new MergeRows(7).apply(c)).hasMessage("There is no row 8; the comparison has 4 rows.");
    }

    @Test
    void splitBeforeAUnitSendsThatVersionsLaterUnitsToANewRowBelow() {
        EditResult r = checked(SplitRow.before(c, 1, RU, 2), c);
        assertThat(column(r.after(), ZH)).containsExactly("[0]", "[1]", "[]", "[2]", "[3, 4]");
        assertThat(column(r.after(), RU)).containsExactly("[0]", "[1]", "[2]", "[3]", "[4]");
        assertThat(column(r.after(), EN)).containsExactly("[0]", "[1]", "[]", "[]", "[2, 3]");
        assertThat(r.firstRow()).isEqualTo(1);
        assertThat(r.lastRow()).isEqualTo(2);
    }

    @Test
    void splitWithACountPerVersionKeepsThatManyAbove() {
        EditResult r = checked(new SplitRow(3, List.of(1, 1, 1)), c);
        assertThat(column(r.after(), ZH)).containsExactly("[0]", "[1]", "[2]", "[3]", "[4]");
        assertThat(column(r.after(), RU)).containsExactly("[0]", "[1, 2]", "[3]", "[4]", "[]");
        assertThat(column(r.after(), EN)).containsExactly("[0]", "[1]", "[]", "[2]", "[3]");
    }

    @Test
    void aSplitThatLeavesARowEmptyOrNamesAUnitElsewhereIsRefused() {
        assertThatThrownBy(() -> SplitRow.before(c, 2, ZH, 2).apply(SplitRow.before(c, 2, RU, 3).apply(c).after()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SplitRow(0, List.of(1, 1, 1)).apply(c))
                .hasMessage("This split of row 1 would leave the lower row empty; split between two units.");
        assertThatThrownBy(() -> new SplitRow(0, List.of(0, 0, 0)).apply(c))
                .hasMessage("This split of row 1 would leave the upper row empty; split between two units.");
        assertThatThrownBy(() -> SplitRow.before(c, 1, RU, 4)).hasMessage("Sentence 5 of Russian MID is not in row 2.");
        assertThatThrownBy(() -> new SplitRow(1, List.of(1, 3, 0)).apply(c))
                .hasMessage("Russian MID has 2 sentences in row 2; 3 cannot stay in the upper row.");
        assertThatThrownBy(() -> new SplitRow(1, List.of(1, 1)).apply(c))
                .hasMessage("The split of row 2 names 2 versions, but the comparison has 3.");
    }

    @Test
    void movingUpAppendsTheFirstUnitToTheRowAbove() {
        EditResult r = checked(new MoveUnit(3, EN, MoveUnit.Direction.UP), c);
        assertThat(column(r.after(), EN)).containsExactly("[0]", "[1]", "[2]", "[3]");
        assertThat(column(r.after(), ZH)).isEqualTo(column(c, ZH));
        assertThat(r.firstRow()).isEqualTo(2);
        assertThat(r.lastRow()).isEqualTo(3);
    }

    @Test
    void movingDownPrependsTheLastUnitToTheRowBelow() {
        EditResult r = checked(new MoveUnit(1, RU, MoveUnit.Direction.DOWN), c);
        assertThat(column(r.after(), RU)).containsExactly("[0]", "[1]", "[2, 3]", "[4]");
    }

    @Test
    void movingPastTheFirstOrLastRowMakesARowForTheUnit() {
        EditResult up = checked(new MoveUnit(0, EN, MoveUnit.Direction.UP), c);
        assertThat(column(up.after(), EN)).containsExactly("[0]", "[]", "[1]", "[]", "[2, 3]");
        assertThat(column(up.after(), ZH)).containsExactly("[]", "[0]", "[1]", "[2]", "[3, 4]");
        assertThat(up.firstRow()).isEqualTo(0);
        assertThat(up.lastRow()).isEqualTo(1);
        EditResult down = checked(new MoveUnit(3, ZH, MoveUnit.Direction.DOWN), c);
        assertThat(column(down.after(), ZH)).containsExactly("[0]", "[1]", "[2]", "[3]", "[4]");
        assertThat(column(down.after(), EN)).containsExactly("[0]", "[1]", "[]", "[2, 3]", "[]");
        assertThat(down.lastRow()).isEqualTo(4);
    }

    @Test
    void aRowEmptiedByAMoveDisappears() {
        Comparison noEnglishRow = checked(new NoCounterpart(1, EN), c).after(); // row 2 is now English sentence 1 alone
        assertThat(column(noEnglishRow, EN)).containsExactly("[0]", "[]", "[1]", "[]", "[2, 3]");
        EditResult r = checked(new MoveUnit(2, EN, MoveUnit.Direction.UP), noEnglishRow);
        assertThat(r.after().rows()).hasSize(4);
        assertThat(column(r.after(), EN)).containsExactly("[0]", "[1]", "[]", "[2, 3]");
        assertThat(r.firstRow()).isEqualTo(1);
        assertThat(r.lastRow()).isEqualTo(1);
    }

    @Test
    void aMoveThatWouldChangeNothingOrHasNothingToMoveIsRefused() {
        Comparison alone = checked(new MoveUnit(0, EN, MoveUnit.Direction.UP), c).after();
        assertThatThrownBy(() -> new MoveUnit(0, EN, MoveUnit.Direction.UP).apply(alone))
                .hasMessage("Row 1 holds only this sentence; moving it up would change nothing.");
        assertThatThrownBy(() -> new MoveUnit(2, EN, MoveUnit.Direction.DOWN).apply(c))
                .hasMessage("English has nothing in row 3 to move.");
        assertThatThrownBy(() -> new MoveUnit(0, 3, MoveUnit.Direction.DOWN).apply(c))
                .hasMessage("There is no version 4; the comparison has 3 versions.");
    }

    @Test
    void noCounterpartGivesTheCellARowOfItsOwnJustBelow() {
        EditResult r = checked(new NoCounterpart(2, RU), c);
        assertThat(column(r.after(), ZH)).containsExactly("[0]", "[1]", "[2]", "[]", "[3, 4]");
        assertThat(column(r.after(), RU)).containsExactly("[0]", "[1, 2]", "[]", "[3]", "[4]");
        assertThat(r.firstRow()).isEqualTo(2);
        assertThat(r.lastRow()).isEqualTo(3);
        assertThatThrownBy(() -> new NoCounterpart(3, RU).apply(r.after())).hasMessage("Row 4 holds only Russian MID; it has no counterpart already.");
        assertThatThrownBy(() -> new NoCounterpart(2, EN).apply(c)).hasMessage("English has nothing in row 3.");
    }

    @Test
    void rowsMadeByHandAreCertainAndLoseTheirReviewMark() {
        EditResult r = checked(new MergeRows(1), c);
        assertThat(r.after().rows().get(1).confidence()).isEqualTo(1.0);
        assertThat(r.after().rows().get(1).uncertain()).isFalse();
        assertThat(r.after().reviewed()).containsExactly(true, false, false);
        // Untouched rows keep what the aligner said.
        assertThat(r.after().rows().get(0)).isEqualTo(c.rows().get(0));
        assertThat(r.after().rows().get(2)).isEqualTo(c.rows().get(3));
    }

    @Test
    void flagsOfTouchedRowsGoAndTheOthersFollowTheirRow() {
        EditResult merged = checked(new MergeRows(0), c);
        assertThat(merged.after().flags()).extracting(Flag::row).containsExactly(1, 2);
        assertThat(merged.after().flags()).extracting(Flag::textA).containsExactly("中方愿同俄方加强合作", "дружеской атмосфере");
        EditResult split = checked(SplitRow.before(c, 0, ZH, 0), c);
        assertThat(split.after().flags()).extracting(Flag::row).containsExactly(2, 3, 4);
        assertThat(split.after().flags()).extracting(Flag::textA).isEqualTo(c.flags().stream().map(Flag::textA).toList());
        EditResult moved = checked(new MoveUnit(2, ZH, MoveUnit.Direction.UP), c);
        assertThat(moved.after().flags()).containsExactly(c.flags().get(2));
        // Row 2 (English alone after the unlink) moves up into row 1 and disappears: the flag of row 4 is now on row 3.
        Comparison unlinked = checked(new NoCounterpart(1, EN), c).after();
        assertThat(unlinked.flags()).extracting(Flag::row).containsExactly(3, 4);
        EditResult emptied = checked(new MoveUnit(2, EN, MoveUnit.Direction.UP), unlinked);
        assertThat(emptied.after().flags()).extracting(Flag::row).containsExactly(2, 3);
        assertThat(emptied.after().flags()).extracting(Flag::textA).containsExactly("中方愿同俄方加强合作", "дружеской атмосфере");
    }

    @Test
    void aReviewMarkKeepsFlagsAndConfidenceAndIsRefusedWhenNothingChanges() {
        EditResult r = checked(new MarkReviewed(List.of(3, 1), true), c);
        assertThat(r.after().reviewed()).containsExactly(true, true, true, true);
        assertThat(r.after().flags()).isEqualTo(c.flags());
        assertThat(r.after().rows()).isEqualTo(c.rows());
        assertThat(r.recompare()).isFalse();
        assertThat(r.firstRow()).isEqualTo(1);
        assertThat(r.lastRow()).isEqualTo(3);
        assertThat(new MarkReviewed(List.of(1), true).key()).isEqualTo("edit.markReviewed");
        assertThat(MarkReviewed.row(0, false).apply(c).after().reviewed()).containsExactly(false, false, true, false);
        assertThatThrownBy(() -> MarkReviewed.row(0, true).apply(c)).hasMessage("Row 1 is already marked reviewed.");
        assertThatThrownBy(() -> new MarkReviewed(List.of(0, 2), true).apply(c)).hasMessage("These rows are already marked reviewed.");
        assertThatThrownBy(() -> MarkReviewed.row(4, true).apply(c)).hasMessage("There is no row 5; the comparison has 4 rows.");
    }

    @Test
    void anEditNeverChangesTheComparisonItIsGiven() {
        Comparison copy = EditFixture.sentences();
        new MergeRows(0).apply(c);
        new NoCounterpart(1, RU).apply(c);
        new MoveUnit(3, ZH, MoveUnit.Direction.DOWN).apply(c);
        assertThat(c).isEqualTo(copy);
    }

    @Test
    void everyEditHasAMessageKey() {
        assertThat(List.of(new MergeRows(0), new SplitRow(0, List.of(0, 1, 1)), new MoveUnit(0, 0, MoveUnit.Direction.UP),
                new MoveUnit(0, 0, MoveUnit.Direction.DOWN), new NoCounterpart(0, 0), MarkReviewed.row(0, false),
                EditText.sentence(0, 0, "新句子。"))).extracting(Edit::key).containsExactly("edit.merge", "edit.split",
                "edit.moveUp", "edit.moveDown", "edit.noCounterpart", "edit.markNotReviewed", "edit.text");
    }

    @Test
    void theCheckNamesWhatIsWrong() {
        Comparison broken = new Comparison(c.versions(), c.labels(), c.units(), List.of(c.rows().get(1), c.rows().get(0),
                c.rows().get(2), c.rows().get(3)), c.flags(), c.reviewed());
        assertThat(ComparisonCheck.problems(broken)).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("Row 1 holds sentences 1 of version 1 where 0 comes next"));
        Comparison missing = new Comparison(c.versions(), c.labels(), c.units(), c.rows().subList(0, 3), List.of(), c.reviewed().subList(0, 3));
        assertThat(ComparisonCheck.problems(missing)).contains("Version 1 has 5 sentences, but the rows stop at 3.");
        assertThatThrownBy(() -> ComparisonCheck.require(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The comparison is inconsistent");
    }
}
