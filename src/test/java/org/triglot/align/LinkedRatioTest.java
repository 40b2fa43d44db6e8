package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.Unit;
import org.triglot.model.Bead;
import org.triglot.model.Lang;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedRatioTest {
    /** A first pass that linked the four Chinese units 1:1 and left the long third English one alone. */
    private static final List<Bead> EARLIER = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1)),
            bead(List.of(), List.of(2)), bead(List.of(2), List.of(3)), bead(List.of(3), List.of(4)));

    @Test
    void theSecondPassRatioCountsOnlyUnitsTheFirstPassLinked() {
        Side a = new Side(units(Lang.ZH, 10, 10, 10, 10));
        Side b = new Side(units(Lang.EN, 30, 30, 200, 30, 30));
        assertThat(BandedAligner.linkedRatio(a, b, EARLIER)).isEqualTo(3.0);
        // Nothing linked: the whole documents' ratio (320 / 40).
        assertThat(BandedAligner.linkedRatio(a, b, List.of(bead(List.of(0, 1, 2, 3), List.of()), bead(List.of(), List.of(0, 1, 2, 3, 4)))))
                .isEqualTo(8.0);
    }

    /**
     * Units without words, so only lengths decide. The long English paragraph the Chinese lacks makes the documents'
     * ratio 8, against which each 30-character English unit looks too short for its 10-character Chinese one and two
     * of them together look right; the linked units' ratio of 3 keeps them 1:1.
     */
    @Test
    void aLongUnitWithoutCounterpartDoesNotMakeTheSecondPassMergeItsNeighbours() {
        List<Unit> zh = units(Lang.ZH, 10, 10, 10, 10);
        List<Unit> en = units(Lang.EN, 30, 30, 200, 30, 30);
        List<Bead> again = new BandedAligner(AlignParams.PARAGRAPHS).realign(zh, en, EARLIER);
        assertThat(again).extracting(x -> x.a() + ":" + x.b())
                .containsExactly("[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]", "[3]:[4]");
    }

    private static Bead bead(List<Integer> a, List<Integer> b) {
        return new Bead(a, b, 0.5, 0.5);
    }

    private static List<Unit> units(Lang lang, int... lengths) {
        return IntStream.range(0, lengths.length).mapToObj(i -> new Unit(i, "x", lang, List.of(), new int[0], lengths[i])).toList();
    }
}
