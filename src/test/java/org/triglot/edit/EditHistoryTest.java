package org.triglot.edit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditHistoryTest {
    private final Comparison c = EditFixture.sentences();

    static Stream<Edit> sentenceEdits() {
        return Stream.of(new MergeRows(1), new SplitRow(3, List.of(1, 0, 1)), new MoveUnit(1, 1, MoveUnit.Direction.UP),
                new MoveUnit(3, 2, MoveUnit.Direction.DOWN), new MoveUnit(0, 0, MoveUnit.Direction.UP),
                new NoCounterpart(2, 1), new MarkReviewed(List.of(1, 3), true), MarkReviewed.row(0, false),
                EditText.sentence(2, 3, "Both sides agreed to keep in close touch."),
                EditText.sentence(0, 0, "王毅同俄罗斯外长拉夫罗夫举行会谈。"));
    }

    @ParameterizedTest
    @MethodSource("sentenceEdits")
    void everyEditUndoneGivesBackAnEqualComparisonAndRedoneTheSameResult(Edit edit) {
        EditHistory h = new EditHistory(c);
        Comparison after = h.apply(edit).after();
        assertThat(after).isNotEqualTo(c);
        assertThat(h.current()).isSameAs(after);
        assertThat(h.undo()).isEqualTo(c);
        assertThat(h.current()).isEqualTo(EditFixture.sentences());
        assertThat(h.redo()).isEqualTo(after).isEqualTo(edit.apply(EditFixture.sentences()).after());
    }

    @Test
    void paragraphTextEditsUndoToo() {
        Comparison p = EditFixture.paragraphs();
        EditHistory h = new EditHistory(p);
        h.apply(new EditText(1, 1, "Россия готова к всестороннему сотрудничеству. Это важно.",
                List.of("Россия готова к всестороннему сотрудничеству.", "Это важно.")));
        h.apply(new MergeRows(0));
        assertThat(h.current().versions().get(1).sentences()).hasSize(6);
        h.undo();
        h.undo();
        assertThat(h.current()).isEqualTo(p);
    }

    @Test
    void undoAndRedoNameTheirEditAndANewEditDropsTheRedoSteps() {
        EditHistory h = new EditHistory(c);
        assertThat(h.canUndo()).isFalse();
        assertThat(h.undoKey()).isEmpty();
        h.apply(new MergeRows(0));
        h.apply(new NoCounterpart(0, 2));
        assertThat(h.undoKey()).contains("edit.noCounterpart");
        h.undo();
        assertThat(h.undoKey()).contains("edit.merge");
        assertThat(h.redoKey()).contains("edit.noCounterpart");
        h.apply(MarkReviewed.row(0, true));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.redoKey()).isEmpty();
        assertThat(h.undoDepth()).isEqualTo(2);
        assertThatThrownBy(h::redo).isInstanceOf(IllegalStateException.class).hasMessage("There is nothing to redo.");
        h.undo();
        h.undo();
        assertThatThrownBy(h::undo).hasMessage("There is nothing to undo.");
    }

    @Test
    void aRefusedEditChangesNothingAndTellsNoOne() {
        EditHistory h = new EditHistory(c);
        List<EditHistory.Change> heard = new ArrayList<>();
        h.addListener((history, change) -> heard.add(change));
        assertThatThrownBy(() -> h.apply(new MergeRows(3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(h.current()).isSameAs(c);
        assertThat(h.canUndo()).isFalse();
        assertThat(heard).isEmpty();
    }

    @Test
    void listenersHearEveryChangeAfterItIsMade() {
        EditHistory h = new EditHistory(c);
        List<String> heard = new ArrayList<>();
        EditHistory.Listener l = (history, change) -> heard.add(change + " " + history.current().rows().size() + " " + history.isDirty());
        h.addListener(l);
        h.apply(new MergeRows(0));
        h.undo();
        h.redo();
        h.markSaved();
        h.replaceCurrent(withFlags(h.current(), List.of()));
        h.removeListener(l);
        h.undo();
        assertThat(heard).containsExactly("APPLIED 3 true", "UNDONE 4 false", "REDONE 3 true", "SAVED 3 false", "REPLACED 3 true");
    }

    @Test
    void dirtyMeansNotAtTheSavePoint() {
        EditHistory h = new EditHistory(c);
        assertThat(h.isDirty()).isFalse();
        h.apply(new MergeRows(0));
        assertThat(h.isDirty()).isTrue();
        h.undo();
        assertThat(h.isDirty()).isFalse();
        h.redo();
        h.apply(new MergeRows(0));
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.redo();
        assertThat(h.isDirty()).isFalse();
        // Undo past the save point, then a new edit: the saved state can no longer be reached.
        h.undo();
        h.apply(new NoCounterpart(0, 0));
        h.undo();
        assertThat(h.isDirty()).isTrue();
        assertThat(h.canRedo()).isTrue();
        h.redo();
        assertThat(h.isDirty()).isTrue();
    }

    @Test
    void theDepthLimitForgetsTheOldestEdits() {
        EditHistory h = new EditHistory(c, 3);
        List<Comparison> states = new ArrayList<>(List.of(c));
        for (int i = 0; i < 5; i++) {
            states.add(h.apply(MarkReviewed.row(1, i % 2 == 0)).after());
        }
        assertThat(h.undoDepth()).isEqualTo(3);
        h.undo();
        h.undo();
        h.undo();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.current()).isEqualTo(states.get(2));
        // The save point (the start) was forgotten: no state is clean until the next save.
        assertThat(h.isDirty()).isTrue();
        h.redo();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        assertThat(new EditHistory(c).undoDepth()).isZero();
        assertThatThrownBy(() -> new EditHistory(c, 0)).hasMessage("The undo limit must be at least 1, not 0.");
    }

    @Test
    void theDefaultLimitKeepsFiveHundredEdits() {
        EditHistory h = new EditHistory(c);
        for (int i = 0; i < 501; i++) {
            h.apply(MarkReviewed.row(1, i % 2 == 0));
        }
        assertThat(h.undoDepth()).isEqualTo(EditHistory.DEFAULT_LIMIT).isEqualTo(500);
    }

    @Test
    void freshFlagsReplaceTheCurrentStateWithoutAnUndoStepAndSurviveUndoRedo() {
        EditHistory h = new EditHistory(c);
        Comparison merged = h.apply(new MergeRows(1)).after();
        assertThat(merged.flags()).extracting(Flag::row).containsExactly(2);
        Flag fresh = EditFixture.flag(1, 0, EditFixture.ZH, "乌克兰问题", 1, EditFixture.RU, "украинский кризис");
        List<Flag> flags = new ArrayList<>(merged.flags());
        flags.add(0, fresh);
        Comparison recompared = withFlags(merged, flags);
        h.replaceCurrent(recompared);
        assertThat(h.undoDepth()).isEqualTo(1);
        assertThat(h.current()).isSameAs(recompared);
        assertThat(h.undo()).isEqualTo(c);               // the old flags of the old rows
        assertThat(h.redo()).isSameAs(recompared);       // the new flags, no second compare needed
        assertThat(h.undoKey()).contains("edit.merge");
    }

    @Test
    void aReplacementForAnotherAlignmentIsRefused() {
        EditHistory h = new EditHistory(c);
        Comparison merged = new MergeRows(1).apply(c).after();
        assertThatThrownBy(() -> h.replaceCurrent(merged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another alignment");
        Comparison reviewed = MarkReviewed.row(1, true).apply(c).after();
        assertThatThrownBy(() -> h.replaceCurrent(reviewed)).hasMessageContaining("another alignment");
        // New confidences are fine: a re-compare may score the rows again.
        List<AlignedRow> rows = new ArrayList<>(c.rows());
        rows.set(0, new AlignedRow(rows.get(0).cells(), 0.5, true));
        h.replaceCurrent(new Comparison(c.versions(), c.labels(), c.units(), rows, c.flags(), c.reviewed()));
        assertThat(h.current().rows().get(0).confidence()).isEqualTo(0.5);
        assertThat(h.isDirty()).isTrue();
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void anInconsistentStartIsRefused() {
        Comparison broken = new Comparison(c.versions(), c.labels(), c.units(), c.rows().subList(1, 4), List.of(),
                c.reviewed().subList(1, 4));
        assertThatThrownBy(() -> new EditHistory(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Row 1 holds sentences 1 of version 1 where 0 comes next");
    }

    static Comparison withFlags(Comparison c, List<Flag> flags) {
        return new Comparison(c.versions(), c.labels(), c.units(), c.rows(), flags, c.reviewed());
    }
}
