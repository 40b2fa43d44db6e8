package org.triglot.model;

import java.util.List;

/**
 * A paragraph (or heading, list item, table cell) of a document with its sentences. {@code lang} is the
 * paragraph's own language, which may differ from the document's (a quoted Chinese passage in English).
 */
public record Paragraph(int index, Span span, String text, boolean heading, Lang lang, List<Sentence> sentences) {
    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
