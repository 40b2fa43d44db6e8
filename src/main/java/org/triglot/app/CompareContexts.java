package org.triglot.app;

import org.triglot.compare.CompareContext;
import org.triglot.compare.Comparer;
import org.triglot.compare.ToneLexicon;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.Document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The compare contexts of the last few pairs of versions compared, so that comparing hand-corrected rows again does
 * not read texts that did not change through the lexicon again (about 3 s for the two NTREX versions). Six is every
 * pair of four versions; a context of two long texts holds their units, so the list stays short.
 */
final class CompareContexts {
    static final int KEEP = 6;

    private final Deque<CompareContext> recent = new ArrayDeque<>();

    /** A kept context for these texts, or a fresh one (kept from now on). */
    CompareContext of(Comparer comparer, Lexicon lexicon, ToneLexicon tone, Document a, Document b) {
        synchronized (this) {
            for (Iterator<CompareContext> it = recent.iterator(); it.hasNext(); ) {
                CompareContext c = it.next();
                if (c.fits(lexicon, tone, a, b)) {
                    it.remove();
                    recent.addFirst(c);
                    return c;
                }
            }
        }
        // Made outside the lock: it takes seconds, and two threads making the same context only waste time.
        CompareContext fresh = comparer.context(a, b);
        keep(fresh);
        return fresh;
    }

    synchronized void keep(CompareContext c) {
        recent.addFirst(c);
        while (recent.size() > KEEP) {
            recent.removeLast();
        }
    }
}
