package org.triglot.edit;

import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Paragraph;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the text of one segment of one version: a paragraph when the comparison aligns paragraphs, a sentence when
 * it aligns sentences. The document's text changes and every later span (paragraphs, sentences, flags) shifts by the
 * difference in length. Sentence splitting stays with the caller, who passes the new text's sentences: in a paragraph
 * comparison they may be more or fewer than before; in a sentence comparison the text must stay one sentence.
 *
 * <p>The row keeps its confidence (its alignment was not corrected, its text was) but loses its review mark and flags.
 *
 * @param unit      the paragraph number, or the (document-wide) sentence number in a sentence comparison
 * @param sentences the new text cut into sentences, each a piece of {@code text}, in order; in a sentence comparison
 *                  only their number is used (it must be one), the sentence being {@code text} itself
 */
public record EditText(int version, int unit, String text, List<String> sentences) implements Edit {
    public EditText {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The new text is empty; to leave a segment out, mark it as having no counterpart.");
        }
        sentences = List.copyOf(sentences);
    }

    /** A sentence of a sentence comparison: the new text is the one sentence. */
    public static EditText sentence(int version, int sentence, String text) {
        return new EditText(version, sentence, text, List.of(text));
    }

    @Override
    public EditResult apply(Comparison c) {
        RowEdits.requireVersion(c, version);
        Document d = c.versions().get(version);
        boolean bySentence = "sentences".equals(c.units());
        int count = bySentence ? d.sentences().size() : d.paragraphs().size();
        String what = RowEdits.unit(c);
        if (unit < 0 || unit >= count) {
            throw new IllegalArgumentException(RowEdits.version(c, version) + " has no " + what + " " + (unit + 1)
                    + "; it has " + count + ".");
        }
        if (bySentence && sentences.size() != 1) {
            throw new IllegalArgumentException("In a sentence comparison the new text must stay one sentence, but it holds "
                    + sentences.size() + "; change it in a paragraph comparison instead.");
        }
        Document edited = bySentence ? editSentence(d) : editParagraph(c, d);
        if (edited.equals(d)) {
            throw new IllegalArgumentException("The text of " + what + " " + (unit + 1) + " of " + RowEdits.version(c, version)
                    + " is unchanged.");
        }
        Span old = bySentence ? d.sentences().get(unit).span() : d.paragraphs().get(unit).span();
        int delta = text.length() - old.length();
        int row = rowOf(c);
        List<Flag> flags = new ArrayList<>();
        for (Flag f : c.flags()) {
            if (f.row() == row) {
                continue;
            }
            List<Span> a = f.versionA() == version ? shifted(f.spansA(), old, delta) : f.spansA();
            List<Span> b = f.versionB() == version ? shifted(f.spansB(), old, delta) : f.spansB();
            if (a == null || b == null) {
                continue; // the flag pointed into the replaced text; the caller's re-compare finds it again if still true
            }
            flags.add(a == f.spansA() && b == f.spansB() ? f : f.withSpans(a, b));
        }
        List<Document> versions = new ArrayList<>(c.versions());
        versions.set(version, edited);
        List<Boolean> reviewed = new ArrayList<>(c.reviewed());
        reviewed.set(row, false);
        return new EditResult(new Comparison(versions, c.labels(), c.units(), c.rows(), flags, reviewed), row, row, true);
    }

    @Override
    public String key() {
        return "edit.text";
    }

    private int rowOf(Comparison c) {
        for (int r = 0; r < c.rows().size(); r++) {
            if (c.rows().get(r).cells().get(version).contains(unit)) {
                return r;
            }
        }
        throw new IllegalArgumentException("No row holds " + RowEdits.unit(c) + " " + (unit + 1) + " of "
                + RowEdits.version(c, version) + ".");
    }

    /** Spans after the replaced range moved by delta; null when one overlaps it. */
    private static List<Span> shifted(List<Span> spans, Span old, int delta) {
        List<Span> out = new ArrayList<>(spans.size());
        boolean changed = false;
        for (Span s : spans) {
            if (s.end() <= old.start()) {
                out.add(s);
            } else if (s.start() >= old.end()) {
                out.add(s.shift(delta));
                changed |= delta != 0;
            } else {
                return null;
            }
        }
        return changed ? out : spans;
    }

    private Document editSentence(Document d) {
        Sentence target = d.sentences().get(unit);
        Span old = target.span();
        String newText = d.text().substring(0, old.start()) + text + d.text().substring(old.end());
        int delta = text.length() - old.length();
        int home = paragraphOf(d);
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            if (i < home) {
                ps.add(p);
            } else if (i > home) {
                ps.add(shiftParagraph(p, delta, 0));
            } else {
                List<Sentence> ss = new ArrayList<>();
                for (Sentence s : p.sentences()) {
                    if (s.index() < unit) {
                        ss.add(s);
                    } else if (s.index() == unit) {
                        ss.add(new Sentence(unit, new Span(old.start(), old.start() + text.length()), text));
                    } else {
                        ss.add(new Sentence(s.index(), s.span().shift(delta), s.text()));
                    }
                }
                Span span = new Span(p.span().start(), p.span().end() + delta);
                ps.add(new Paragraph(p.index(), span, span.of(newText), p.heading(), p.lang(), ss));
            }
        }
        return withParagraphs(d, newText, ps);
    }

    private int paragraphOf(Document d) {
        for (int i = 0; i < d.paragraphs().size(); i++) {
            for (Sentence s : d.paragraphs().get(i).sentences()) {
                if (s.index() == unit) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("sentence " + unit + " is in no paragraph");
    }

    private Document editParagraph(Comparison c, Document d) {
        Paragraph target = d.paragraphs().get(unit);
        Span old = target.span();
        String newText = d.text().substring(0, old.start()) + text + d.text().substring(old.end());
        int delta = text.length() - old.length();
        int firstSentence = 0;
        for (int i = 0; i < unit; i++) {
            firstSentence += d.paragraphs().get(i).sentences().size();
        }
        List<Sentence> ss = new ArrayList<>();
        int from = 0;
        for (String s : sentences) {
            int at = s == null || s.isEmpty() ? -1 : text.indexOf(s, from);
            if (at < 0) {
                throw new IllegalArgumentException("Sentence " + (ss.size() + 1) + " of the new text of paragraph " + (unit + 1)
                        + " of " + RowEdits.version(c, version) + " is not a piece of that text after the sentence before it.");
            }
            Span span = new Span(old.start() + at, old.start() + at + s.length());
            ss.add(new Sentence(firstSentence + ss.size(), span, s));
            from = at + s.length();
        }
        if (ss.isEmpty()) {
            throw new IllegalArgumentException("The new text of paragraph " + (unit + 1) + " needs its sentences; none were given.");
        }
        int sentenceShift = ss.size() - target.sentences().size();
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            if (i < unit) {
                ps.add(p);
            } else if (i == unit) {
                Span span = new Span(old.start(), old.start() + text.length());
                ps.add(new Paragraph(p.index(), span, text, p.heading(), p.lang(), ss));
            } else {
                ps.add(shiftParagraph(p, delta, sentenceShift));
            }
        }
        return withParagraphs(d, newText, ps);
    }

    private static Paragraph shiftParagraph(Paragraph p, int delta, int sentenceShift) {
        if (delta == 0 && sentenceShift == 0) {
            return p;
        }
        List<Sentence> ss = p.sentences().stream()
                .map(s -> new Sentence(s.index() + sentenceShift, s.span().shift(delta), s.text())).toList();
        return new Paragraph(p.index(), p.span().shift(delta), p.text(), p.heading(), p.lang(), ss);
    }

    private static Document withParagraphs(Document d, String text, List<Paragraph> ps) {
        return new Document(d.name(), text, d.format(), d.encoding(), d.lang(), d.script(), d.langConfidence(), ps, d.warnings());
    }
}
