package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrphanPairsTest {
    private static Bead link(int a, int b) {
        return new Bead(List.of(a), List.of(b), 0.8, 0.95);
    }

    private static Bead onlyA(int a) {
        return new Bead(List.of(a), List.of(), 0, 0.6);
    }

    private static Bead onlyB(int b) {
        return new Bead(List.of(), List.of(b), 0, 0.6);
    }

    /** 20 paragraphs a side, all linked but for paragraph 7 of each, left alone side by side. */
    private static List<Bead> translationWithAGap(Bead first, Bead second) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i == 7) {
                beads.add(first);
                beads.add(second);
            } else {
                beads.add(link(i, i));
            }
        }
        return beads;
    }

    private static List<String> shown(List<Bead> beads) {
        return beads.stream().map(b -> b.a() + ":" + b.b()).toList();
    }

    @Test
    void inATranslationOneParagraphAloneOnEachSideBetweenTwoLinksIsAPair() {
        List<Bead> paired = OrphanPairs.pairUp(translationWithAGap(onlyB(7), onlyA(7)), 20, 20);
        assertThat(paired).hasSize(20);
        assertThat(shown(paired)).contains("[6]:[6]", "[7]:[7]", "[8]:[8]");
        assertThat(paired.get(7).confidence()).isEqualTo(OrphanPairs.CONFIDENCE);
        assertThat(shown(OrphanPairs.pairUp(translationWithAGap(onlyA(7), onlyB(7)), 20, 20))).contains("[7]:[7]");
    }

    @Test
    void betweenAccountsThatShareLittleTheParagraphsStayAlone() {
        List<Bead> beads = List.of(link(0, 0), onlyA(1), onlyB(1), link(2, 2), onlyA(3), onlyA(4), onlyB(3), onlyB(4));
        assertThat(OrphanPairs.pairUp(beads, 5, 5)).isEqualTo(beads);
    }

    @Test
    void aParagraphAloneNextToAnotherOneAloneIsNotPaired() {
        List<Bead> beads = new ArrayList<>(translationWithAGap(onlyA(7), onlyB(7)));
        beads.set(9, onlyB(8)); // the link after the gap is gone: 8 of B is alone too, and 8 of A
        beads.add(10, onlyA(8));
        assertThat(shown(OrphanPairs.pairUp(beads, 20, 20))).contains("[7]:[]", "[]:[7]");
    }
}
