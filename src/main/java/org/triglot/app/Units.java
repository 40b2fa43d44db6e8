package org.triglot.app;

import org.triglot.ingest.ImportException;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;

import java.nio.file.Path;
import java.util.List;

/** What a text is cut into for matching: its paragraphs, its sentences, or the lines of a plain-text file. */
public enum Units {
    PARAGRAPHS, SENTENCES, LINES;

    /** The texts of the document's units, in order; unit i is element i. */
    public List<String> texts(Document doc, Path file) throws ImportException {
        return switch (this) {
            case PARAGRAPHS -> doc.paragraphs().stream().map(Paragraph::text).toList();
            case SENTENCES -> doc.sentences().stream().map(Sentence::text).toList();
            case LINES -> lines(doc, file);
        };
    }

    /** The texts of some units of a comparison's version ({@code units} is "paragraphs" or "sentences"). */
    public static List<String> texts(Document doc, String units, List<Integer> ids) {
        if ("sentences".equals(units)) {
            List<Sentence> all = doc.sentences();
            return ids.stream().map(i -> all.get(i).text()).toList();
        }
        return ids.stream().map(i -> doc.paragraphs().get(i).text()).toList();
    }

    /**
     * Every line of a plain-text file is one unit, blank lines included, so that unit i is line i (from 0) of the
     * file as an editor shows it. The text is the importer's decoding: UTF-8 for UTF-8 files, BOM removed.
     */
    private static List<String> lines(Document doc, Path file) throws ImportException {
        if (doc.encoding() == null) {
            throw new ImportException("match.linesNeedPlainText", file, file.getFileName()
                    + " is a " + doc.format() + " document; --units lines needs a plain-text file (use paragraphs or sentences).");
        }
        // split drops trailing empty strings: the blank "line" after a final newline is not a line.
        return List.of(doc.text().split("\r\n|\n|\r"));
    }
}
