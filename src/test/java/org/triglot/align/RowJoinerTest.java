package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowJoinerTest {
    private static Bead bead(List<Integer> a, List<Integer> b) {
        return new Bead(a, b, 0.5, 0.9);
    }

    private static AlignedRow row(List<Integer> a, List<Integer> b) {
        return new AlignedRow(List.of(a, b), 0.9, false);
    }

    private static List<String> cells(List<AlignedRow> rows) {
        return rows.stream().map(r -> r.cells().toString()).toList();
    }

    @Test
    void theNewVersionJoinsThePivotRowsAndItsOwnParagraphsGetRowsOfTheirOwn() {
        List<AlignedRow> rows = List.of(row(List.of(0), List.of(0)), row(List.of(1), List.of()), row(List.of(2), List.of(1)));
        List<AlignedRow> joined = RowJoiner.join(rows, 0, List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1)),
                bead(List.of(1), List.of()), bead(List.of(2), List.of(2, 3))));
        assertThat(cells(joined)).containsExactly("[[0], [0], [0]]", "[[], [], [1]]", "[[1], [], []]", "[[2], [1], [2, 3]]");
    }

    @Test
    void aParagraphLeftAloneBetweenTwoPartsOfOneRowStaysInThatRowSoOrderHolds() {
        List<AlignedRow> rows = List.of(row(List.of(0, 1), List.of(0)), row(List.of(2), List.of(1)));
        List<AlignedRow> joined = RowJoiner.join(rows, 0, List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1)),
                bead(List.of(1), List.of(2)), bead(List.of(2), List.of(3))));
        assertThat(cells(joined)).containsExactly("[[0, 1], [0], [0, 1, 2]]", "[[2], [1], [3]]");
    }

    @Test
    void theReconcilerKeepsTheThirdVersionInOrderWhenItsAlignmentSplitsARow() {
        List<Bead> ab = List.of(bead(List.of(0, 1), List.of(0)), bead(List.of(2), List.of(1)));
        List<Bead> ac = List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1)), bead(List.of(1), List.of(2)),
                bead(List.of(2), List.of(3)));
        List<Bead> bc = List.of(bead(List.of(0), List.of(0, 1, 2)), bead(List.of(1), List.of(3)));
        assertThat(cells(ThreeWayReconciler.reconcile(ab, ac, bc)))
                .containsExactly("[[0, 1], [0], [0, 1, 2]]", "[[2], [1], [3]]");
    }
}
