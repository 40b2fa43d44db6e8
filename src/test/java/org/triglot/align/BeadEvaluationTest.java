package org.triglot.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BeadEvaluationTest {
    private static List<List<List<Integer>>> beads(String... lines) {
        return java.util.Arrays.stream(lines).map(BeadFormat::parse).toList();
    }

    @Test
    void strictCountsExactBeadsAndLaxCountsOverlapsWhileEmptySidesAreLeftOut() {
        var gold = beads("[0]:[0]", "[1,2]:[1]", "[3]:[]", "[4]:[2]");
        var pred = beads("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[]", "[4]:[2]");
        BeadEvaluation.Counts c = BeadEvaluation.evaluate(gold, pred);
        assertThat(c.gold()).isEqualTo(3);
        assertThat(c.predicted()).isEqualTo(3);
        assertThat(c.strictPrecision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(c.strictRecall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(c.laxF1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void countsAddUpOverDocuments() {
        var a = BeadEvaluation.evaluate(beads("[0]:[0]"), beads("[0]:[0]"));
        var b = BeadEvaluation.evaluate(beads("[0]:[0]"), beads("[0]:[1]"));
        assertThat(a.plus(b).strictF1()).isCloseTo(0.5, within(1e-9));
    }
}
