package org.triglot.app;

import org.triglot.lexicon.MatchReport;
import org.triglot.model.Document;

/** Two imported documents cut into units and matched against each other (see {@link Workbench#match}). */
public record DocumentMatch(Document a, Document b, Units units, MatchReport report) {
}
