package org.triglot.align;

import org.triglot.model.Bead;

import java.util.ArrayList;
import java.util.List;

/**
 * In a document pair that reads as a translation, one unit left alone on each side between the same two links is
 * taken for a pair: the aligner leaves a 1:1 bead out when its words give little to go by (“而如今，这两样什么都没有了。”
 * / "Today, there's neither."), which is right between two accounts that share only part of their content, and
 * wrong between a text and its translation, where it showed as two rows without counterpart side by side.
 */
final class OrphanPairs {
    /** The share of units on each side in links that makes a pair of documents a translation. */
    static final double LINKED = 0.9;
    /** Confidence of a link made here: nothing in the two units themselves supports it. */
    static final double CONFIDENCE = 0.5;

    private OrphanPairs() {
    }

    static List<Bead> pairUp(List<Bead> beads, int unitsA, int unitsB) {
        if (!readsAsTranslation(beads, unitsA, unitsB)) {
            return beads;
        }
        List<Bead> out = new ArrayList<>(beads.size());
        for (int k = 0; k < beads.size(); k++) {
            Bead x = beads.get(k);
            if (k + 1 < beads.size() && opposite(x, beads.get(k + 1)) && linkedOrEdge(beads, k - 1) && linkedOrEdge(beads, k + 2)) {
                Bead y = beads.get(k + 1);
                out.add(new Bead(x.a().isEmpty() ? y.a() : x.a(), x.b().isEmpty() ? y.b() : x.b(), 0, CONFIDENCE));
                k++;
            } else {
                out.add(x);
            }
        }
        return out;
    }

    /** Whether at least {@link #LINKED} of the units of each side are in links. */
    static boolean readsAsTranslation(List<Bead> beads, int unitsA, int unitsB) {
        int linkedA = 0;
        int linkedB = 0;
        for (Bead b : beads) {
            if (!b.hasEmptySide()) {
                linkedA += b.a().size();
                linkedB += b.b().size();
            }
        }
        return unitsA > 0 && unitsB > 0 && linkedA >= LINKED * unitsA && linkedB >= LINKED * unitsB;
    }

    /** One unit alone on one side, then one alone on the other. */
    private static boolean opposite(Bead x, Bead y) {
        return x.a().size() == 1 && x.b().isEmpty() && y.a().isEmpty() && y.b().size() == 1
                || x.b().size() == 1 && x.a().isEmpty() && y.b().isEmpty() && y.a().size() == 1;
    }

    private static boolean linkedOrEdge(List<Bead> beads, int k) {
        return k < 0 || k >= beads.size() || !beads.get(k).hasEmptySide();
    }
}
