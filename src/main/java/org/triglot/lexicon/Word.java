package org.triglot.lexicon;

import org.triglot.model.Span;

/**
 * A content word (or glossary term, name, number) of a text unit, ready for matching: its span in the unit's
 * text, the keys that stand for it in its own language, the keys of its possible translations in the other
 * language, and its weight (inverse document frequency within the documents being compared).
 */
public record Word(Span span, String surface, String norm, MatchKind kind, int[] own, int[] translations, double weight,
                   String detail) {
}
