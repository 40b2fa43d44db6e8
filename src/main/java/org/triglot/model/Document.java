package org.triglot.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One version of a readout as imported: its full text (the reference for every span), language, script,
 * paragraphs with sentences, and what the importer had to guess.
 *
 * @param name     a label for the user, usually the file name
 * @param text     the text every span points into (decoded file text, or the paragraphs Tika found joined by blank lines)
 * @param format   how it was read ("text", "markdown", "html", "docx", …)
 * @param encoding the charset of a plain-text file, or null when Tika read a structured format
 */
public record Document(String name, String text, String format, String encoding, Lang lang, Script script,
                       double langConfidence, List<Paragraph> paragraphs, List<ImportWarning> warnings) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** All sentences in document order. */
    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            all.addAll(p.sentences());
        }
        return all;
    }
}
