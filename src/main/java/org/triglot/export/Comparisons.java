package org.triglot.export;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Script;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the comparisons and documents an export needs when the caller has only aligned rows or lines. */
public final class Comparisons {
    private Comparisons() {
    }

    /** A comparison of aligned rows without flags, no row reviewed; labels default to the documents' names. */
    public static Comparison of(List<Document> versions, List<String> labels, String units, List<AlignedRow> rows) {
        List<String> ls = labels == null || labels.isEmpty() ? versions.stream().map(Document::name).toList() : labels;
        return new Comparison(versions, ls, units, rows, List.of(), Collections.nCopies(rows.size(), false));
    }

    /**
     * A document whose paragraphs are the given lines, one sentence each: the text is the lines joined by LF, so
     * paragraph i spans line i and flags can still point into it.
     */
    public static Document fromLines(String name, List<String> lines, Lang lang, Script script) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(lines.get(i));
            Span span = new Span(start, text.length());
            ps.add(new Paragraph(i, span, lines.get(i), false, lang, List.of(new Sentence(i, span, lines.get(i)))));
        }
        return new Document(name, text.toString(), "lines", "UTF-8", lang, script, 1.0, ps, List.of());
    }
}
