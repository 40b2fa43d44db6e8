package org.triglot.align;

/** What the aligner lines up: whole paragraphs, sentences (inside aligned paragraphs), or raw lines of text. */
public enum Units {
    PARAGRAPHS, SENTENCES, LINES
}
