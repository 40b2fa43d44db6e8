package org.triglot.edit;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * "Split the row here", at a sentence of one version: that version's text from this sentence on goes to a new row
 * below. In a comparison of paragraphs, a sentence inside a paragraph first cuts the paragraph in two (a long Chinese
 * paragraph that covers two English ones); the document text is unchanged, only the paragraph boundaries move.
 */
public record SplitAtSentence(int row, int version, int sentence) implements Edit {
    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireRow(c, row);
        RowEdits.requireVersion(c, version);
        if ("sentences".equals(c.units())) {
            return SplitRow.before(c, row, version, sentence).apply(c);
        }
        Document d = c.versions().get(version);
        Paragraph para = null;
        for (int p : c.rows().get(row).cells().get(version)) {
            for (Sentence s : d.paragraphs().get(p).sentences()) {
                if (s.index() == sentence) {
                    para = d.paragraphs().get(p);
                }
            }
        }
        if (para == null) {
            throw new IllegalArgumentException("Sentence " + (sentence + 1) + " of " + RowEdits.version(c, version)
                    + " is not in row " + (row + 1) + ".");
        }
        if (para.sentences().get(0).index() == sentence) {
            return SplitRow.before(c, row, version, para.index()).apply(c);
        }
        Comparison cut = cutParagraph(c, para, sentence);
        EditResult r = SplitRow.before(cut, row, version, para.index() + 1).apply(cut);
        return new EditResult(r.after(), r.firstRow(), r.lastRow(), true);
    }

    /** The comparison with paragraph {@code para} of the version cut before {@code sentence}; ids after it move up by one. */
    private Comparison cutParagraph(Comparison c, Paragraph para, int sentence) {
        Document d = c.versions().get(version);
        List<Sentence> before = new ArrayList<>();
        List<Sentence> after = new ArrayList<>();
        for (Sentence s : para.sentences()) {
            (s.index() < sentence ? before : after).add(s);
        }
        Span first = new Span(para.span().start(), before.get(before.size() - 1).span().end());
        Span second = new Span(after.get(0).span().start(), para.span().end());
        List<Paragraph> ps = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            if (p.index() < para.index()) {
                ps.add(p);
            } else if (p.index() == para.index()) {
                ps.add(new Paragraph(p.index(), first, first.of(d.text()), p.heading(), p.lang(), before));
                ps.add(new Paragraph(p.index() + 1, second, second.of(d.text()), false, p.lang(), after));
            } else {
                ps.add(new Paragraph(p.index() + 1, p.span(), p.text(), p.heading(), p.lang(), p.sentences()));
            }
        }
        Document cutDoc = new Document(d.name(), d.text(), d.format(), d.encoding(), d.lang(), d.script(), d.langConfidence(), ps,
                d.warnings());
        List<Document> versions = new ArrayList<>(c.versions());
        versions.set(version, cutDoc);
        List<AlignedRow> rows = new ArrayList<>();
        for (AlignedRow r : c.rows()) {
            List<List<Integer>> cells = RowEdits.cells(r);
            List<Integer> cell = cells.get(version);
            List<Integer> renumbered = new ArrayList<>();
            for (int id : cell) {
                renumbered.add(id > para.index() ? id + 1 : id);
                if (id == para.index()) {
                    renumbered.add(id + 1);
                }
            }
            cells.set(version, renumbered);
            rows.add(new AlignedRow(cells, r.confidence(), r.uncertain()));
        }
        return new Comparison(versions, c.labels(), c.units(), rows, c.flags(), c.reviewed());
    }

    @Override
    public String key() {
        return "edit.split";
    }
}
