package org.triglot.nlp;

import org.triglot.model.Span;

import java.util.List;

/** Splits a paragraph into sentences; spans are relative to the given text and exclude surrounding whitespace. */
public interface SentenceSplitter {
    List<Span> split(String text);
}
