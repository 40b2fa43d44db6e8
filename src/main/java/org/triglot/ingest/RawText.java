package org.triglot.ingest;

import org.triglot.model.ImportWarning;

import java.util.List;

/** What a reader got out of a file: the text all spans point into and its paragraphs. */
public record RawText(String text, String format, String encoding, List<RawParagraph> paragraphs, List<ImportWarning> warnings) {
    public RawText {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }
}
