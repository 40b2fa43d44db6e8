package org.triglot.align;

import org.junit.jupiter.api.Test;
import org.triglot.model.Bead;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeakLinksTest {
    private static Bead link(int a, int b, double similarity) {
        return new Bead(List.of(a), List.of(b), similarity, 0.9);
    }

    private static Bead aloneA(int a) {
        return new Bead(List.of(a), List.of(), 0, 0.5);
    }

    private static Bead aloneB(int b) {
        return new Bead(List.of(), List.of(b), 0, 0.5);
    }

    private static List<String> rows(List<Bead> beads) {
        return beads.stream().map(x -> x.a() + ":" + x.b()).toList();
    }

    @Test
    void inPartialAccountsAWeakLinkBecomesTwoRowsWithoutCounterpart() {
        List<Bead> beads = List.of(link(0, 0, 0.6), aloneA(1), link(2, 1, 0.2), aloneB(2), link(3, 3, 0.4));
        List<Bead> out = WeakLinks.split(beads, 4, 4, null, null);
        assertThat(rows(out)).containsExactly("[0]:[0]", "[1]:[]", "[2]:[]", "[]:[1]", "[]:[2]", "[3]:[3]");
        assertThat(out.get(2).confidence()).isEqualTo(0.5);
    }

    @Test
    void aTranslationAndTwoTitlesKeepTheirWeakLinks() {
        // Every unit linked: a translation, where a weak link is a free rendering, not two different passages.
        List<Bead> translation = List.of(link(0, 0, 0.6), link(1, 1, 0.1), link(2, 2, 0.5));
        assertThat(WeakLinks.split(translation, 3, 3, null, null)).isEqualTo(translation);
        // Two headings that open partial accounts: independently written titles.
        List<Bead> titled = List.of(link(0, 0, 0.05), aloneA(1), aloneB(1), link(2, 2, 0.5));
        boolean[] ha = {true, false, false};
        boolean[] hb = {true, false, false};
        assertThat(rows(WeakLinks.split(titled, 3, 3, ha, hb))).containsExactly("[0]:[0]", "[1]:[]", "[]:[1]", "[2]:[2]");
        assertThat(rows(WeakLinks.split(titled, 3, 3, null, null))).startsWith("[0]:[]", "[]:[0]");
    }
}
