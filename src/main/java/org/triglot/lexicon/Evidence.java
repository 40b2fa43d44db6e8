package org.triglot.lexicon;

import org.triglot.model.Span;

/**
 * One reason two units match: a word of side A and the word of side B it was matched with, their spans in
 * their units' texts, which units they are in (for beads of several units), and what matched them.
 */
public record Evidence(MatchKind kind, int unitA, Span spanA, String textA, int unitB, Span spanB, String textB, String detail) {
}
