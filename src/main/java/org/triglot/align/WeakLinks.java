package org.triglot.align;

import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.List;

/**
 * Between two accounts that share only part of their content, a 1:1 paragraph link whose words barely meet is
 * taken apart into two paragraphs without counterpart. Such accounts often leave a paragraph of each side, on
 * different topics, between the same two links, and two skips cost only a little more than a weak link, so the search
 * pairs them; shown side by side they read as two versions of one passage.
 * The mirror of {@link OrphanPairs}, which pairs such units in a translation.
 */
final class WeakLinks {
    /**
     * Links below this similarity are taken apart. On the readout gold ({@code measure-align --sets readouts}):
     * translation rows exactly right 83 → 85 of 97 (their condensed accounts do not read as translations), different
     * accounts unchanged at 45 of 58, both compare lists unchanged. At 0.25 the rows were 86 and 46, but it split a true
     * link of similarity 0.242 (Xi at the Victory parade, in the paragraph gold and the held-out compare list) and lost
     * that list's two TONE flags on it.
     */
    static final double BELOW = 0.23;

    private WeakLinks() {
    }

    /** The beads with weak 1:1 links split, unless the pair reads as a translation or the two units are titles. */
    static List<Bead> split(List<Bead> beads, int unitsA, int unitsB, boolean[] headingsA, boolean[] headingsB) {
        if (OrphanPairs.readsAsTranslation(beads, unitsA, unitsB)) {
            return beads;
        }
        List<Bead> out = new ArrayList<>(beads.size() + 4);
        for (Bead x : beads) {
            if (x.a().size() == 1 && x.b().size() == 1 && x.similarity() < BELOW && !titles(x, headingsA, headingsB)) {
                out.add(new Bead(x.a(), List.of(), 0, Confidence.of(0, 0, 1, 0)));
                out.add(new Bead(List.of(), x.b(), 0, Confidence.of(0, 0, 0, 1)));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    /** Two headings: their words say little (see {@code BandedAligner.titles}), their place says they correspond. */
    private static boolean titles(Bead x, boolean[] headingsA, boolean[] headingsB) {
        return headingsA != null && headingsB != null && headingsA[x.a().get(0)] && headingsB[x.b().get(0)];
    }
}
