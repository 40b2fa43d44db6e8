package org.triglot.model;

import java.util.List;

/** A two-version alignment: beads in order, every unit of each side in exactly one bead. */
public record Alignment(List<Bead> beads) {
    public Alignment {
        beads = List.copyOf(beads);
    }
}
