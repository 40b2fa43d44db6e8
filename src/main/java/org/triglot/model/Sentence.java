package org.triglot.model;

/** A sentence of a paragraph: its 0-based number in the document, its span in the document text, and its text. */
public record Sentence(int index, Span span, String text) {
}
