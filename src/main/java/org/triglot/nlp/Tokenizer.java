package org.triglot.nlp;

import java.util.List;

/** Splits a text into words with spans relative to it and normal forms for matching. */
public interface Tokenizer {
    List<Token> tokenize(String text);
}
