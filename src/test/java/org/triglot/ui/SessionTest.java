package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.triglot.app.Analysis;
import org.triglot.edit.MergeRows;
import org.triglot.model.Comparison;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {
    @Test
    void aHistoryMadeInTheBackgroundIsTakenOnlyForItsOwnComparison() {
        org.triglot.app.Analysis a = UiFixture.analysis();
        org.triglot.edit.EditHistory h = new org.triglot.edit.EditHistory(a.comparison());
        assertThat(new Session(a, h, null, false).history()).isSameAs(h);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Session(UiFixture.analysis(), h, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshAlignmentIsCleanAnEditMakesItDirtyAndUndoingCleansItAgain() {
        Session s = new Session(UiFixture.analysis(), null, false);
        assertThat(s.dirty()).isFalse();
        s.history().apply(new MergeRows(0));
        assertThat(s.dirty()).isTrue();
        s.history().undo();
        assertThat(s.dirty()).isFalse();
        assertThat(new Session(UiFixture.analysis(), null, true).dirty()).isTrue();
    }

    @Test
    void untilTheCompareArrivesAnEditedRowShowsAnEstimateAndAnEmptyCellCountsAsDivergent() {
        Session s = new Session(UiFixture.analysis(), null, false);
        s.history().apply(new MergeRows(1));
        Analysis a = s.analysis();
        assertThat(a.comparison()).isSameAs(s.comparison());
        assertThat(a.divergence()).hasSize(2);
        assertThat(a.divergence().get(0)).isLessThan(1.0);
    }

    @Test
    void aCompareOfAnOlderStateIsRefusedAndAFreshOneIsFiledWithoutAnUndoStep() {
        Session s = new Session(UiFixture.analysis(), null, false);
        Comparison before = s.comparison();
        s.history().apply(new MergeRows(1));
        Analysis stale = new Analysis(before, List.of(0.0, 0.0, 0.0), List.of());
        assertThat(s.analysed(stale)).isFalse();
        Comparison now = s.comparison();
        Analysis fresh = new Analysis(now, List.of(0.2, 0.9), List.of());
        assertThat(s.analysed(fresh)).isTrue();
        assertThat(s.analysis().divergence()).containsExactly(0.2, 0.9);
        assertThat(s.history().undoDepth()).isEqualTo(1);
    }

    @Test
    void undoAndRedoReturnToStatesAnalysedBeforeWithTheirDivergenceAndNeedNoCompare() {
        Session s = new Session(UiFixture.analysis(), null, false);
        Analysis first = s.analysis();
        s.history().apply(new MergeRows(1));
        assertThat(s.analysedNow()).isFalse();
        assertThat(s.analysed(new Analysis(s.comparison(), List.of(0.2, 0.9), List.of()))).isTrue();
        s.history().undo();
        assertThat(s.analysedNow()).isTrue();
        assertThat(s.analysis()).isSameAs(first);
        s.history().redo();
        assertThat(s.analysedNow()).isTrue();
        assertThat(s.analysis().divergence()).containsExactly(0.2, 0.9);
        assertThat(s.lastAnalysis().comparison()).isSameAs(s.comparison());
    }

    @Test
    void splittingWithoutAClickPicksAMiddleSentenceAndAClickPicksTheSentenceUnderIt() {
        Comparison c = UiFixture.analysis().comparison();
        // Row 1 holds one sentence per version in the fixture: nothing to split at without a click.
        assertThat(Versions.sentenceAt(c, 1, 0, -1)).isEqualTo(-1);
        int offset = c.versions().get(0).paragraphs().get(1).span().start() + 2;
        assertThat(Versions.sentenceAt(c, 1, 0, offset)).isEqualTo(1);
    }
}
