package org.triglot.nlp;

import org.triglot.model.Span;

/**
 * A word of a text: its span, its surface form, and its normal form for matching (English stem, Russian lemma,
 * Simplified Chinese word). {@code tag} is the segmenter's part of speech where one is known (HanLP's nr, ns…), else "".
 */
public record Token(Span span, String text, String norm, String tag) {
    /** Letters or digits somewhere in the token (punctuation tokens carry no content). */
    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
