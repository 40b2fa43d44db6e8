package org.triglot.lexicon.glossary;

import org.triglot.model.Span;

/** A glossary form found in a text: the entry, where it is (span relative to the text given), and the words found. */
public record GlossaryHit(GlossaryEntry entry, Span span, String surface) {
}
